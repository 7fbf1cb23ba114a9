"""The value language: ``parse_target`` and ``parse_value`` (expressions.md).

One small function per grammar rule. The cell is normalised first
(:mod:`._normalize`); every rule then works on the normalised text with
anchored regular expressions, so parsing is linear in the cell's length.
Error spans are mapped back to the raw text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final

from attrs import frozen

from perftrack import vocabulary as voc
from perftrack._errors import ExpressionError
from perftrack.expressions._dates import match_date_value, match_deadline, match_period
from perftrack.expressions._model import (
    AnyOf,
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    PeriodTarget,
    QualitativeTarget,
    QualitativeValue,
    Quantity,
    Range,
    Status,
    StatusValue,
    Target,
    TextValue,
    Value,
)
from perftrack.expressions._normalize import Normalized, normalize
from perftrack.expressions._numbers import AR_NUMBER, CN_NUMBER, to_decimal

__all__ = ["parse_target", "parse_value"]

# ---------------------------------------------------------------------------
# Tokens

_OP_SYMBOLS: Final = {"≥": Op.GE, "≤": Op.LE, "=": Op.EQ, ">": Op.GT, "<": Op.LT}
_OP_BY_ASCII: Final = {op.value: op for op in Op}
_OP_WORDS: Final = tuple((word, _OP_BY_ASCII[op]) for word, op in voc.OPERATOR_PREFIXES)
_OP_SUFFIXES: Final = tuple((word, _OP_BY_ASCII[op]) for word, op in voc.OPERATOR_SUFFIXES)
_BOUND_WORDS: Final = tuple((word, Bound(b)) for word, b in voc.BOUND_PREFIXES)
_BOUND_SUFFIXES: Final = tuple((word, Bound(b)) for word, b in voc.BOUND_SUFFIXES)
_BOUND_OF_OP: Final = {
    Op.EQ: Bound.EXACT,
    Op.GE: Bound.AT_LEAST,
    Op.GT: Bound.MORE_THAN,
    Op.LE: Bound.AT_MOST,
    Op.LT: Bound.LESS_THAN,
}

_AR_RE: Final = re.compile(AR_NUMBER)
_CN_RE: Final = re.compile(CN_NUMBER)
# A run that looks like a number, to report broken ones (=2..0).
_NUMBERISH_RE: Final = re.compile(r"\d[\d.,]*\d|\d")
_FIRST_DIGIT_RE: Final = re.compile(r"\d")
_LETTER: Final = r"A-Za-z\u3400-\u9fff"
_UNIT_RE: Final = re.compile(
    rf"(?:%|‰|℃|°C|°|[{_LETTER}]{{1,6}})(?:/[{_LETTER}]{{1,4}}(?:[、·][{_LETTER}]{{1,2}})*)?"
)
_RANGE_SEP_RE: Final = re.compile(r"-|~|至|到")
_FILLER_RE: Final = re.compile(r"(?:目标值|预计值|预期值|计划值|标准值|标准|水平):?$")
_TRAILING_NOTES: Final = ("全覆盖", "覆盖", "达标", "到位", "完成")
_BASELINE_PREFIXES: Final = ("比", "较", "同比", "环比")
_RECURRING_RE: Final = re.compile(r"每|按月|按季|按年|按周|定期|逐月|逐年")
_ZERO_RE: Final = re.compile(
    rf"(?:无|零)[{_LETTER}]{{0,8}}(?:事故|投诉|差错|违纪|违规|违法|纠纷|失误|上访|案件|问题|隐患|污染)"
    rf"|未发生[{_LETTER}]{{0,10}}"
)
_IN_PROGRESS_RE: Final = re.compile(
    rf"(?:正在|仍在|目前)?[{_LETTER}]{{0,6}}"
    r"(?:开展|进行|推进|施工|办理|实施|建设|招标|采购|筹备|审核|审批|整改|编制|调试|验收|准备|"
    r"落实|执行|制作|安装|设计|谈判|运行|开发|谈判|对接|申报|评审|公示|拨付|支付|发放)中"
)
_NOT_DONE_RE: Final = re.compile(rf"(?:项目)?(?:尚|暂|仍|还)?未[{_LETTER}]{{1,6}}")
_DONE_RE: Final = re.compile(
    rf"(?:项目)?(?:已经|已|均已|全部)[{_LETTER}]{{0,8}}"
    r"(?:完成|完工|竣工|办结|落实|到位|发放|验收|建成|达成|实现|拨付|支付|兑现|交付|结算)"
)
_STARTED_RE: Final = re.compile(r"已(?:开工|启动|招标|立项|开始|进场)[\u3400-\u9fff]{0,4}")

# A value label that starts with one of these compares with something else
# (低于序时进度1.53个百分点): the number is not the value.
_RELATIVE_WORDS: Final = tuple(word for word, _ in voc.OPERATOR_PREFIXES if len(word) > 1)
# A numbering prefix (目标1:, 指标2、, 1.) is part of the label, not the number.
_NUMBERING_RE: Final = re.compile(r"(?:目标|指标)?\d{1,2}[:、.)](?!\d)")

_BRACKETS: Final = {"(": ")", "[": "]"}
_CLOSERS: Final = {")": "(", "]": "["}


def _error(norm: Normalized, message: str, start: int, end: int) -> ExpressionError:
    return ExpressionError(message, norm.raw, norm.raw_span(start, end))


# ---------------------------------------------------------------------------
# Shared pieces


def _check_brackets(norm: Normalized) -> None:
    """Raise on an unclosed or unmatched bracket (the cell looks like a comparison)."""
    stack: list[int] = []
    text = norm.text
    for index, ch in enumerate(text):
        if ch in _BRACKETS:
            stack.append(index)
        elif ch in _CLOSERS:
            if not stack or text[stack[-1]] != _CLOSERS[ch]:
                raise _error(norm, "unmatched closing bracket", index, index + 1)
            stack.pop()
    if stack:
        raise _error(norm, "unclosed bracket", stack[0], len(text))


def _check_number(norm: Normalized, start: int) -> None:
    """Raise when the number at *start* is broken (``2..0``, ``1,00``)."""
    text = norm.text
    match = _NUMBERISH_RE.match(text, start)
    if match is None:
        return
    token = match.group()
    valid = _AR_RE.fullmatch(token)
    trailing = (
        match.end() < len(text)
        and text[match.end()] in ".,"
        and (match.end() + 1 < len(text) and text[match.end() + 1] in ".,0123456789")
    )
    if valid is None or trailing:
        end = match.end() + (2 if trailing else 0)
        raise _error(norm, "invalid number", start, end)


def _looks_like_comparison(text: str) -> bool:
    head = text[1:2] if text[:1] in _BRACKETS else text[:1]
    return bool(head) and (head in _OP_SYMBOLS or head.isdigit())


def _family_of(word: str) -> str | None:
    for family in voc.FAMILIES.values():
        if word in family.words:
            return family.name
    return None


def _strip_degree(text: str) -> tuple[str | None, str]:
    for degree in voc.DEGREE_WORDS:
        if text.startswith(degree) and len(text) > len(degree):
            return degree, text[len(degree) :]
    return None, text


@frozen
class _Number:
    """What the number grammar found in a cell."""

    label: str | None
    op: Op | None
    bound: Bound | None
    value: Decimal
    high: Decimal | None
    unit: str | None
    note: str | None
    more: bool  # 余/多 after the number


def _split_suffix(text: str, end: int, table: tuple[tuple[str, Op], ...]) -> tuple[int, Op | None]:
    for word, op in table:
        if text.endswith(word, 0, end) and end > len(word):
            return end - len(word), op
    return end, None


def _split_bound_suffix(text: str, end: int) -> tuple[int, Bound | None]:
    for word, bound in _BOUND_SUFFIXES:
        if text.endswith(word, 0, end) and end > len(word):
            return end - len(word), bound
    return end, None


def _closing_bracket(text: str, end: int) -> int | None:
    """Index of the bracket that opens the one closing at ``end - 1``."""
    if end == 0 or text[end - 1] not in _CLOSERS:
        return None
    opener = _CLOSERS[text[end - 1]]
    depth = 0
    for index in range(end - 1, -1, -1):
        ch = text[index]
        if ch in _CLOSERS:
            depth += 1
        elif ch in _BRACKETS:
            depth -= 1
            if depth == 0:
                return index if ch == opener else None
    return None


def _is_unit(text: str) -> bool:
    return _UNIT_RE.fullmatch(text) is not None


def _find_number(text: str, end: int) -> tuple[int, re.Match[str]] | None:
    """Where the (first) number of the expression starts, and its match."""
    numbering = _NUMBERING_RE.match(text, 0, end)
    digit = _FIRST_DIGIT_RE.search(text, numbering.end() if numbering else 0, end)
    # A Chinese numeral counts only at the start or right after an operator word.
    for word, _op in (("", Op.EQ), *_OP_WORDS):
        if text.startswith(word):
            cn = _CN_RE.match(text, len(word), end)
            if cn is not None and (digit is None or cn.start() < digit.start()):
                return cn.start(), cn
    if text.startswith("百分之"):
        number = _AR_RE.match(text, 3, end) or _CN_RE.match(text, 3, end)
        if number is not None:
            return 3, number
    if digit is None:
        return None
    number = _AR_RE.match(text, digit.start(), end)
    return (digit.start(), number) if number is not None else None


def _prefix(text: str, role: str) -> tuple[str | None, Op | None, Bound | None] | None:
    """Split what stands before the number into label and operator (or bound)."""
    head = text.rstrip(":")
    filler = _FILLER_RE.search(head)
    op: Op | None = None
    bound: Bound | None = None
    if head and head[-1] in _OP_SYMBOLS:
        op = _OP_SYMBOLS[head[-1]]
        head = head[:-1]
    else:
        if filler is not None and filler.start() > 0:
            head = head[: filler.start()]
        for word, word_op in _OP_WORDS if role == "target" else ():
            if head.endswith(word):
                op, head = word_op, head[: -len(word)]
                break
        for word, word_bound in _BOUND_WORDS if role == "value" else ():
            if head.endswith(word):
                bound, head = word_bound, head[: -len(word)]
                break
        if op is None and bound is None and filler is not None:
            head = text.rstrip(":")  # the filler was part of the label after all
    label = head.rstrip(":,") or None
    if label is not None:
        if label.startswith(_BASELINE_PREFIXES):
            return None
        if role == "value" and any(label.startswith(word) for word in _RELATIVE_WORDS):
            return None
        if role == "target" and (_FIRST_DIGIT_RE.search(label) or len(label) > 20):  # noqa: PLR2004
            return None
    return label, op, bound


def _number_expression(norm: Normalized, role: str) -> _Number | None:
    """Comparison / range / quantity grammar: [label] [op] number [余] [unit] [suffix]."""
    text = norm.text
    end = len(text)
    suffix_op: Op | None = None
    suffix_bound: Bound | None = None
    note: str | None = None
    unit: str | None = None
    if role == "target":
        end, suffix_op = _split_suffix(text, end, _OP_SUFFIXES)
    else:
        end, suffix_bound = _split_bound_suffix(text, end)
    opener = _closing_bracket(text, end)
    if opener is not None:
        inner = text[opener + 1 : end - 1].strip()
        if _is_unit(inner):
            unit = inner
        else:
            note = inner
        end = opener
    if role == "target" and suffix_op is None:
        end, suffix_op = _split_suffix(text, end, _OP_SUFFIXES)
    if role == "value" and suffix_bound is None:
        end, suffix_bound = _split_bound_suffix(text, end)
    if note is None and unit is None:
        for word in _TRAILING_NOTES:
            if (
                text.endswith(word, 0, end)
                and end > len(word)
                and not text[end - len(word) - 1].isalpha()
            ):
                note, end = word, end - len(word)
                break
    found = _find_number(text, end)
    if found is None:
        return None
    start, number = found
    prefix = _prefix(text[:start], role)
    if prefix is None:
        return None
    label, op, bound = prefix
    if _looks_like_comparison(text) and role == "target":
        _check_number(norm, start)
    pos = number.end()
    value = to_decimal(number.group())
    high: Decimal | None = None
    rest = text[pos:end]
    # A range: number [unit] sep number.
    unit_low: str | None = None
    sep = None
    for probe in range(pos, min(end, pos + 8)):
        if _RANGE_SEP_RE.match(text, probe):
            sep = probe
            break
    if sep is not None and (sep == pos or _is_unit(text[pos:sep])):
        second = _AR_RE.match(text, sep + 1, end) or _CN_RE.match(text, sep + 1, end)
        if second is not None:
            unit_low = text[pos:sep] or None
            high = to_decimal(second.group())
            pos = second.end()
            rest = text[pos:end]
    more = False
    if rest[:1] in ("余", "多") and len(rest) > 1:
        more = True
        rest = rest[1:]
    elif rest in ("余", "多"):
        more, rest = True, ""
    if rest:
        if unit is not None or not _is_unit(rest):
            return None
        unit = rest
    if unit_low is not None and unit is not None and unit_low != unit:
        return None
    unit = unit or unit_low
    if text[:start].startswith("百分之"):
        unit = "%"
    op = op or suffix_op
    if bound in (None, Bound.EXACT) and suffix_bound is not None:
        bound = suffix_bound
    return _Number(label, op, bound, value, high, unit, note, more)


# ---------------------------------------------------------------------------
# Targets


def _not_applicable(text: str) -> NotApplicable | None:
    if text in voc.NOT_APPLICABLE or text == "":
        return NotApplicable(text or "不适用")
    return None


def _deadline_or_period(norm: Normalized, year: int | None) -> Deadline | PeriodTarget | None:
    text = norm.text
    deadline = match_deadline(text, year)
    if deadline is not None:
        if deadline.error is not None:
            raise _error(norm, *deadline.error)
        assert deadline.part is not None  # noqa: S101 - match_deadline always sets it
        return Deadline(
            deadline.year,
            deadline.month,
            deadline.day,
            deadline.part,
            deadline.strict,
            text=norm.raw,
        )
    period = match_period(text, year)
    if period is not None:
        if period.error is not None:
            raise _error(norm, *period.error)
        return PeriodTarget(*period.start, *period.end, text=norm.raw)
    return None


def _qualitative_target(norm: Normalized) -> QualitativeTarget | None:
    text = norm.text
    family = _family_of(text)
    if family is not None:
        return QualitativeTarget(text, family, text=norm.raw)
    op = None
    for word, word_op in (*((s, o) for s, o in _OP_SYMBOLS.items()), *_OP_WORDS):
        if text.startswith(word) and len(text) > len(word):
            op, text = word_op, text[len(word) :]
            break
    if _ZERO_RE.fullmatch(text) and op is None:
        return QualitativeTarget(text, "zero", text=norm.raw)
    degree, word = _strip_degree(text)
    if op is not None:
        quality = voc.FAMILIES["quality"]
        if word in quality.words and op in (Op.GE, Op.GT):
            return QualitativeTarget(word, "quality", minimum=word, degree=degree, text=norm.raw)
        return None
    family = _family_of(word)
    if family is not None and degree is not None:
        return QualitativeTarget(word, family, degree=degree, text=norm.raw)
    return None


def _comparison(norm: Normalized) -> Comparison | Range | None:
    number = _number_expression(norm, "target")
    if number is None:
        return None
    if number.high is not None:
        if number.op is not None or number.more or number.note is not None:
            return None
        return Range(number.value, number.high, number.unit, number.label, text=norm.raw)
    op = number.op or (Op.GT if number.more else Op.EQ)
    return Comparison(op, number.value, number.unit, number.label, number.note, text=norm.raw)


def _any_of(norm: Normalized, year: int | None) -> AnyOf | None:
    text = norm.text
    if "或" not in text:
        return None
    parts = text.split("或")
    if any(not part for part in parts):
        return None
    options: list[Target] = []
    for part in parts:
        try:
            options.append(_parse_target_normalized(normalize(part), year, allow_any_of=False))
        except ExpressionError:
            options.append(Descriptive(part, text=part))
    if all(isinstance(option, Descriptive) for option in options):
        return None
    return AnyOf(tuple(options), text=norm.raw)


def _parse_target_normalized(
    norm: Normalized, year: int | None, *, allow_any_of: bool = True
) -> Target:
    text = norm.text
    if text == "":
        raise ExpressionError("empty expression", norm.raw, (0, len(norm.raw)))
    not_applicable = _not_applicable(text)
    if not_applicable is not None:
        return NotApplicable(not_applicable.word, text=norm.raw)
    looks = _looks_like_comparison(text)
    if looks:
        _check_brackets(norm)
    dated = _deadline_or_period(norm, year)
    if dated is not None:
        return dated
    qualitative = _qualitative_target(norm)
    if qualitative is not None:
        return qualitative
    comparison = _comparison(norm)
    if comparison is not None:
        return comparison
    if text[0] in _OP_SYMBOLS:
        raise _error(norm, "expected a number or a quality word after the operator", 1, len(text))
    if allow_any_of:
        any_of = _any_of(norm, year)
        if any_of is not None:
            return any_of
    return Descriptive(text, _RECURRING_RE.match(text) is not None, text=norm.raw)


@lru_cache(maxsize=8192)
def _parse_target_cached(text: str, year: int | None) -> Target:
    return _parse_target_normalized(normalize(text), year)


def parse_target(text: str, *, year: int | None = None) -> Target:
    """Parse an annual target cell (年度指标值) into a target object.

    *year* is the table's fiscal year, used for deadlines that name a month
    without a year. Raises :class:`perftrack.ExpressionError` for a cell that
    looks like a comparison but is broken; prose is :class:`Descriptive`.

    Example:
        >>> from perftrack import parse_target
        >>> parse_target("≥80.00(%)")
        Comparison(op=<Op.GE: '>='>, value=Decimal('80.00'), unit='%', label=None, note=None)
        >>> str(parse_target("2023年12月前完成"))
        '2023年12月前'
    """
    return _parse_target_cached(text, year)


# ---------------------------------------------------------------------------
# Values


def _status_of(text: str) -> Status | None:
    word = voc.STATUS_WORDS.get(text)
    if word is not None:
        return Status(word)
    if _STARTED_RE.fullmatch(text) or _IN_PROGRESS_RE.fullmatch(text):
        return Status.IN_PROGRESS
    if _NOT_DONE_RE.fullmatch(text):
        return Status.NOT_DONE
    if _DONE_RE.fullmatch(text):
        return Status.DONE
    return None


def _qualitative_value(text: str, raw: str) -> QualitativeValue | None:
    family = _family_of(text)
    if family is not None:
        return QualitativeValue(text, family, text=raw)
    if _ZERO_RE.fullmatch(text):
        return QualitativeValue(text, "zero", text=raw)
    opposite = voc.OPPOSITE_WORDS.get(text)
    if opposite is not None:
        family = _family_of(opposite)
        if family is not None:
            return QualitativeValue(opposite, family, negation=text, text=raw)
    degree, word = _strip_degree(text)
    family = _family_of(word)
    if family is not None and degree is not None:
        return QualitativeValue(word, family, degree == voc.PARTIAL_DEGREE, degree=degree, text=raw)
    for prefix in voc.NEGATION_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            rest = text[len(prefix) :]
            degree, word = _strip_degree(rest)
            family = _family_of(rest) or _family_of(word)
            if family is not None and family != "zero":
                word = rest if _family_of(rest) else word
                degree = None if _family_of(rest) else degree
                return QualitativeValue(word, family, negation=prefix, degree=degree, text=raw)
    return None


def _quantity(norm: Normalized) -> Quantity | None:
    text = norm.text
    status: Status | None = None
    body = text
    for sep in (",", ";", ":"):
        head, found, tail = text.partition(sep)
        if found and tail:
            head_status = _status_of(head)
            if head_status is not None:
                status, body = head_status, tail
                break
    number = _number_expression(normalize(body) if body is not text else norm, "value")
    if number is None or number.high is not None or number.note is not None:
        return None
    label = number.label
    if label is not None and status is None:
        label_status = _status_of(label)
        if label_status is not None:
            status, label = label_status, None
    bound = number.bound or (Bound.MORE_THAN if number.more else Bound.EXACT)
    if number.op is not None:
        bound = _BOUND_OF_OP[number.op]
    return Quantity(number.value, number.unit, bound, label, status, text=norm.raw)


def _value_with_symbol(norm: Normalized) -> Quantity | None:
    """A value that repeats the target's operator: ``≥266米`` is 266 at least."""
    text = norm.text
    if text[:1] not in _OP_SYMBOLS:
        return None
    bound = _BOUND_OF_OP[_OP_SYMBOLS[text[0]]]
    rest = _quantity(normalize(text[1:]))
    if rest is None or rest.bound is not Bound.EXACT or rest.label is not None:
        return None
    return Quantity(rest.value, rest.unit, bound, None, rest.status, text=norm.raw)


def _parse_value_normalized(norm: Normalized, year: int | None) -> Value:
    text = norm.text
    if text == "":
        return TextValue("", text=norm.raw)
    if text in voc.NOT_APPLICABLE:
        return NotApplicable(text, text=norm.raw)
    word = voc.STATUS_WORDS.get(text)
    if word is not None:
        return StatusValue(Status(word), text, text=norm.raw)
    qualitative = _qualitative_value(text, norm.raw)
    if qualitative is not None:
        return qualitative
    status = _status_of(text)
    if status is not None:
        return StatusValue(status, text, text=norm.raw)
    date = match_date_value(text, year)
    if date is not None:
        return DateValue(
            date.year, date.month, date.day, Status.DONE if date.done else None, text=norm.raw
        )
    quantity = _value_with_symbol(norm) or _quantity(norm)
    if quantity is not None:
        return quantity
    return TextValue(text, text=norm.raw)


@lru_cache(maxsize=8192)
def _parse_value_cached(text: str, year: int | None) -> Value:
    try:
        return _parse_value_normalized(normalize(text), year)
    except Exception:  # noqa: BLE001 - parsing a value never fails (expressions.md §3)
        return TextValue(text.strip(), text=text)


def parse_value(text: str, *, year: int | None = None) -> Value:
    """Parse a planned, actual or forecast cell into a value object. Never raises.

    Example:
        >>> from perftrack import parse_value
        >>> v = parse_value("≥266米")
        >>> v.value, v.unit, v.bound
        (Decimal('266'), '米', <Bound.AT_LEAST: 'at_least'>)
        >>> parse_value("开展中").status
        <Status.IN_PROGRESS: 'in_progress'>
    """
    return _parse_value_cached(text, year)
