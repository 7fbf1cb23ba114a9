"""JSON for targets, values and tables (expressions.md §6, json.md).

One private cattrs converter does the work; ``to_json`` and ``from_json`` are
the public face. Numbers are strings (exact decimals), dates ISO, enums their
lower-case values, Chinese as-is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, TypeVar, cast, overload

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception as _cattrs_format

from perftrack._errors import (
    ReadError,
    encodable,
    escaped_breaks,
    exception_detail,
    quoted_cell,
)
from perftrack._numbers import half_up
from perftrack._version import __version__
from perftrack.batch import BatchResult, FileError, ScoreResult
from perftrack.expressions import (
    AnyOf,
    Bound,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
    Part,
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
from perftrack.model import (
    _ABSENT_FIELD_NAMES,
    TABLE_CELL_NAMES,
    Breakdown,
    BudgetLine,
    BudgetPart,
    BudgetSpan,
    Figure,
    Finding,
    Indicator,
    Note,
    OverallGoal,
    Period,
    Position,
    Published,
    Table,
    YearMonth,
)
from perftrack.policy import Policy
from perftrack.schema import DECIMAL_PATTERN
from perftrack.scoring import BudgetAnalysis, Scorecard, score

__all__ = ["SCHEMA", "from_json", "to_json"]

#: The version of the JSON contract.
SCHEMA: Final = "perftrack/1"

T = TypeVar("T")
_Json = dict[str, Any]

# ---------------------------------------------------------------------------
# Small conversions


class _WrongTypeError(TypeError):
    """A field of an object built by hand holds the wrong type (``forecast_rate="98"``).

    The unstructure hooks raise it with the value only; :func:`_named` finds the
    field (on this slow path only) and says which.
    """

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, not {_shown(value)}")


def _shown(value: object) -> str:
    """A wrong value as an error names it: its type and a short repr (``str '98'``)."""
    return f"{type(value).__name__} {repr(value)[:40]}"


def _num(value: object) -> str | None:
    if value is None:
        return None
    # format(True, "f") is "1.000000", format("98", "f") a ValueError, Decimal("NaN")
    # "NaN": none is a figure
    if not isinstance(value, Decimal) or not value.is_finite():
        raise _WrongTypeError("a finite Decimal", value)
    return format(value, "f")


def _text_out(value: str | None) -> str | None:
    """A ``str | None`` field as written: a str, or None."""
    if value is None or isinstance(value, str):
        return value
    # float("nan") would be written as the bare token NaN, 12 as a number: no JSON text
    raise _WrongTypeError("a str", value)


def _text_strict(value: str) -> str:
    """A ``str`` field as written: a str (``None`` is no text either)."""
    if isinstance(value, str):
        return value
    raise _WrongTypeError("a str", value)


# The field types the unstructure hooks check, and what each wants.
_CHECKED: Final[dict[object, tuple[type, bool, str]]] = {
    Decimal: (Decimal, False, "a finite Decimal"),
    Decimal | None: (Decimal, True, "a finite Decimal or None"),
    str: (str, False, "a str"),
    str | None: (str, True, "a str or None"),
}


def _field_types(cls: type) -> tuple[tuple[str, object], ...]:
    """The (name, type) of *cls*'s fields; none when they cannot be resolved."""
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):
        return ()
    return tuple((field.name, hints.get(field.name)) for field in attrs.fields(cls))


def _wrong_field(obj: object, path: str) -> tuple[str, str, object] | None:
    """The first field under *obj* whose value its type refuses: (path, wanted, value)."""
    if isinstance(obj, (tuple, list)):
        for index, item in enumerate(obj):
            found = _wrong_field(item, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    if not attrs.has(type(obj)):
        return None
    for name, kind in _field_types(type(obj)):
        value = getattr(obj, name)
        checked = _CHECKED.get(kind)
        if checked is not None:
            wanted, optional, words = checked
            if not (isinstance(value, wanted) or (optional and value is None)) or (
                isinstance(value, Decimal) and not value.is_finite()
            ):
                return f"{path}.{name}", words, value
        else:
            found = _wrong_field(value, f"{path}.{name}")
            if found is not None:
                return found
    return None


def _named(obj: object, exc: _WrongTypeError) -> TypeError:
    """*exc* as a TypeError naming the field (``BudgetLine.forecast_rate must be a Decimal…``)."""
    items = list(obj) if isinstance(obj, (tuple, list)) else [obj]
    for index, item in enumerate(items):
        found = _wrong_field(item, type(item).__name__)
        if found is not None:
            path, words, value = found
            where = f" (item {index} of the {type(obj).__name__})" if item is not obj else ""
            return TypeError(
                f"to_json: {path}{where} must be {words}, not {_shown(value)} "
                "(perftrack's classes do not convert their arguments)"
            )
    return TypeError(f"to_json: {exc}")


def _dec(data: Mapping[str, Any], key: str) -> Decimal:
    """The number *key* of an expression's JSON, checked as a field's (``.value``, ``.low``)."""
    if key not in data:
        raise KeyError(key)
    try:
        return _decimal_of(data[key])
    except _InvalidFieldError as exc:
        raise _InvalidFieldError(str(exc), at=f".{key}{exc.at}") from None


class _InvalidFieldError(ValueError):
    """A JSON value of the wrong type for its field (``null`` for a text): the message says what.

    Raised by the structure hooks, it reaches :func:`from_json`'s ``ReadError`` with the
    field's path (``$.tables[0].notes[0].label：应为字符串，不是 null``). ``at`` is the
    path below that field when the hook read inside it (``.value`` of a target).
    """

    def __init__(self, message: str, *, at: str = "") -> None:
        self.at = at
        super().__init__(message)


def _json_word(value: object) -> str:
    """How JSON names *value*: ``null``, ``true``, a number, ``"text"``, 对象 or 数组."""
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(quoted_cell(value, 40), ensure_ascii=False)
    return "对象" if isinstance(value, Mapping) else "数组" if isinstance(value, list) else "值"


def _structure_str(value: object, _: object) -> str:
    """A JSON string as is; anything else (``null``, ``12``) is no text: never ``"None"``."""
    if isinstance(value, str):
        return value
    msg = f"应为字符串，不是 {_json_word(value)}"
    raise _InvalidFieldError(msg)


def _structure_absent_fields(value: object, _: object) -> tuple[str, ...]:
    """An array of the fields a form lacks, each named once from :data:`_ABSENT_FIELD_NAMES`.

    A bare string is no array (it would give one field per character), and an unknown
    name no field of the model.

    Example:
        >>> _structure_absent_fields(["deviation_reason"], None)
        ('deviation_reason',)
    """
    if not isinstance(value, list):
        msg = f"应为数组，不是 {_json_word(value)}"
        raise _InvalidFieldError(msg)
    for name in value:
        if name not in _ABSENT_FIELD_NAMES or value.count(name) > 1:
            known = "、".join(_ABSENT_FIELD_NAMES)
            msg = f"应为 {known} 之一且各至多一次，不是 {_json_word(name)}"
            raise _InvalidFieldError(msg)
    return tuple(name for name in _ABSENT_FIELD_NAMES if name in value)


def _structure_bool(value: object, _: object) -> bool:
    """``true`` or ``false``; ``null`` or ``"no"`` is no flag (``bool("no")`` would be True)."""
    if isinstance(value, bool):
        return value
    msg = f"应为 true 或 false，不是 {_json_word(value)}"
    raise _InvalidFieldError(msg)


#: An exact decimal as :func:`to_json` writes it (the schema's ``DECIMAL_PATTERN``).
_DECIMAL_RE: Final = re.compile(DECIMAL_PATTERN)


def _decimal_of(value: object) -> Decimal:
    """A number string of a document (``"98.50"``) as a Decimal, else why not.

    Only what ``to_json`` writes is a number: digits, a leading ``-`` and one point
    (``DECIMAL_PATTERN``), of any length, as a table read from a file may hold a figure
    of any length (a document must read back equal). ``"12,3"``, ``"1e5"``,
    ``"NaN"``, ``" 12"``, ``""`` and a JSON number (``12``) are refused.

    Example:
        >>> _decimal_of("-98.50")
        Decimal('-98.50')
        >>> _decimal_of("1e5")
        Traceback (most recent call last):
        ...
        perftrack.serialization._InvalidFieldError: 应为数字字符串，不是 "1e5"
    """
    if isinstance(value, str):
        # a linear scan: the pattern has no nested repetition, so no text makes it slow
        if _DECIMAL_RE.fullmatch(value) is not None:
            return Decimal(value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        msg = f"应为数字字符串，不是 JSON 数字 {_json_word(value)}"
        raise _InvalidFieldError(msg)
    msg = f"应为数字字符串，不是 {_json_word(value)}"
    raise _InvalidFieldError(msg)


def _structure_decimal(value: object, _: object) -> Decimal:
    """A number written as a string (``"98.50"``): see :func:`_decimal_of`."""
    return _decimal_of(value)


def _format_error(exc: BaseException, kind: type | None) -> str:
    """A structuring error's message for :func:`_detail`: ours as written, else cattrs'."""
    if isinstance(exc, _InvalidFieldError):
        return f"{exc.at}{_BELOW}{exc}" if exc.at else str(exc)
    if isinstance(exc, KeyError):
        return "缺少必需的字段"
    return _cattrs_format(exc, kind)


#: Between the path below a field and the message, in :func:`_format_error`'s text.
_BELOW: Final = "\x1f"


def _detail(exc: BaseException, path: str = "$") -> str:
    """What is wrong with a document, and where: ``$.tables[0].notes[0].label：应为字符串…``."""
    if isinstance(exc, cattrs.BaseValidationError):
        errors = cattrs.transform_error(exc, path, format_exception=_format_error)
        return "；".join(_at(error) for error in errors)
    if isinstance(exc, _InvalidFieldError):
        return f"{path}{exc.at}：{exc}" if exc.at else str(exc)
    return exception_detail(exc)


def _at(error: str) -> str:
    """An error of cattrs, ``message @ $.path``, as ``$.path：message``."""
    message, _, path = error.rpartition(" @ ")
    below, _, said = message.rpartition(_BELOW)
    return f"{path}{below}：{said}" if message else error


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _enum_value(value: Bound | Status | Part | Op | None) -> str | None:
    return None if value is None else value.value


def _text(obj: Target | Value) -> str:
    return obj.text or str(obj)


# ---------------------------------------------------------------------------
# Targets and values → JSON (key order as in expressions.md §6)


def _unstructure_expression(obj: Target | Value) -> _Json:
    head: _Json = {"text": _text(obj), "kind": obj.kind}
    match obj:
        case Comparison():
            return head | {
                "op": obj.op.value,
                "value": _num(obj.value),
                "unit": obj.unit,
                "label": obj.label,
                "note": obj.note,
            }
        case Range():
            return head | {
                "low": _num(obj.low),
                "high": _num(obj.high),
                "unit": obj.unit,
                "label": obj.label,
            }
        case Deadline():
            return head | {
                "due": _iso(obj.due),
                "year": obj.year,
                "month": obj.month,
                "day": obj.day,
                "part": obj.part.value,
                "strict": obj.strict,
                "note": obj.note,
            }
        case PeriodTarget():
            return head | {
                "start": _iso(obj.start),
                "end": _iso(obj.end),
                "from": {"year": obj.start_year, "month": obj.start_month, "day": obj.start_day},
                "to": {"year": obj.end_year, "month": obj.end_month, "day": obj.end_day},
            }
        case QualitativeTarget():
            return head | {
                "word": obj.word,
                "family": obj.family,
                "minimum": obj.minimum,
                "degree": obj.degree,
                "strict": obj.strict,
            }
        case AnyOf():
            return head | {"options": [_unstructure_expression(option) for option in obj.options]}
        case Descriptive():
            return head | {"recurring": obj.recurring, "description": obj.description}
        case NotApplicable():
            return head | {"word": obj.word}
        case Quantity():
            quantity = head | {
                "value": _num(obj.value),
                "unit": obj.unit,
                "bound": obj.bound.value,
                "label": obj.label,
                "status": _enum_value(obj.status),
                "note": obj.note,
            }
            # 3月底前开工10个: the date its label opens with, written only when there is one
            # (added within perftrack/1, r37e)
            return quantity if obj.when is None else quantity | {"when": _when(obj.when)}
        case StatusValue():
            return head | {"status": obj.status.value, "word": obj.word}
        case QualitativeValue():
            return head | {
                "word": obj.word,
                "family": obj.family,
                "partial": obj.partial,
                "negated": obj.negated,
                "negation": obj.negation,
                "degree": obj.degree,
                "minimum": obj.minimum,
            }
        case DateValue():
            date = head | {
                "year": obj.year,
                "month": obj.month,
                "day": obj.day,
                "status": _enum_value(obj.status),
            }
            # 3月上旬, 第四季度: written only when named (added within perftrack/1)
            return date if obj.part is None else date | {"part": obj.part.value}
        case TextValue():
            return head | {"description": obj.description}


# ---------------------------------------------------------------------------
# JSON → targets and values


def _when(date: DateValue) -> _Json:
    """The date a quantity's label opens with: its parts (a part of the year when named)."""
    parts: _Json = {"year": date.year, "month": date.month, "day": date.day}
    return parts if date.part is None else parts | {"part": date.part.value}


def _structure_when(data: object) -> DateValue | None:
    if not isinstance(data, Mapping):
        return None
    part = data.get("part")
    named = None if part is None else Part(part)
    return DateValue(data.get("year"), data.get("month"), data.get("day"), None, named)


def _status(value: object) -> Status | None:
    return None if value is None else Status(str(value))


def _structure_target(data: Mapping[str, Any], _: object = None) -> Target:
    text = data.get("text", "")
    kind = data["kind"]
    if kind == "comparison":
        return Comparison(
            Op(data["op"]),
            _dec(data, "value"),
            data.get("unit"),
            data.get("label"),
            data.get("note"),
            text=text,
        )
    if kind == "range":
        return Range(
            _dec(data, "low"),
            _dec(data, "high"),
            data.get("unit"),
            data.get("label"),
            text=text,
        )
    if kind == "deadline":
        return Deadline(
            data.get("year"),
            data.get("month"),
            data.get("day"),
            Part(data["part"]),
            data["strict"],
            data.get("note"),
            text=text,
        )
    if kind == "period":
        start, end = data.get("from") or {}, data.get("to") or {}
        if not start and data.get("start"):
            first, last = dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"])
            start = {"year": first.year, "month": first.month, "day": first.day}
            end = {"year": last.year, "month": last.month, "day": last.day}
        return PeriodTarget(
            start_year=start.get("year"),
            start_month=start.get("month"),
            start_day=start.get("day"),
            end_year=end.get("year"),
            end_month=end.get("month"),
            end_day=end.get("day"),
            text=text,
        )
    if kind == "qualitative":
        return QualitativeTarget(
            data["word"],
            data["family"],
            data.get("minimum"),
            data.get("degree"),
            data.get("strict", False),
            text=text,
        )
    if kind == "any_of":
        return AnyOf(
            tuple(_option(data["options"], index) for index in range(len(data["options"]))),
            text=text,
        )
    if kind == "descriptive":
        return Descriptive(data.get("description", text), data.get("recurring", False), text=text)
    if kind == "not_applicable":
        return NotApplicable(data.get("word", text), text=text)
    msg = f"unknown target kind {kind!r}"
    raise ValueError(msg)


def _option(options: Sequence[Mapping[str, Any]], index: int) -> Target:
    """The option *index* of an ``any_of`` target; a bad number in it named by its path."""
    try:
        return _structure_target(options[index])
    except _InvalidFieldError as exc:
        raise _InvalidFieldError(str(exc), at=f".options[{index}]{exc.at}") from None


def _structure_value(data: Mapping[str, Any], _: object = None) -> Value:
    text = data.get("text", "")
    kind = data["kind"]
    if kind == "quantity":
        return Quantity(
            _dec(data, "value"),
            data.get("unit"),
            Bound(data.get("bound", "exact")),
            data.get("label"),
            _status(data.get("status")),
            data.get("note"),
            _structure_when(data.get("when")),
            text=text,
        )
    if kind == "status":
        return StatusValue(Status(data["status"]), data.get("word", text), text=text)
    if kind == "qualitative":
        negation = data.get("negation")
        if negation is None and data.get("negated"):
            negation = "不"
        return QualitativeValue(
            data["word"],
            data["family"],
            data.get("partial", False),
            negation,
            data.get("degree"),
            data.get("minimum"),
            text=text,
        )
    if kind == "date":
        part = data.get("part")
        return DateValue(
            data.get("year"),
            data.get("month"),
            data.get("day"),
            _status(data.get("status")),
            None if part is None else Part(part),
            text=text,
        )
    if kind == "text":
        return TextValue(data.get("description", text), text=text)
    if kind == "not_applicable":
        return NotApplicable(data.get("word", text), text=text)
    msg = f"unknown value kind {kind!r}"
    raise ValueError(msg)


_TARGET_CLASSES: Final = (
    Comparison,
    Range,
    Deadline,
    PeriodTarget,
    QualitativeTarget,
    AnyOf,
    Descriptive,
)
_VALUE_CLASSES: Final = (Quantity, StatusValue, QualitativeValue, DateValue, TextValue)
_EXPRESSION_CLASSES: Final = (*_TARGET_CLASSES, *_VALUE_CLASSES, NotApplicable)

# ---------------------------------------------------------------------------
# The converter


_A1: Final = re.compile(r"([A-Z]+)([1-9]\d*)")  # rows count from 1: ZZ0 is no cell


def _from_a1(cell: str | None, file: str | None, sheet: str | None) -> Position | None:
    match = _A1.fullmatch(cell or "")
    if match is None:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return Position(file, sheet, int(match.group(2)), column)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    converter.register_unstructure_hook(Decimal, _num)
    # a union is written by the class of its value, not by the field's type: checked here
    converter.register_unstructure_hook_func(lambda t: t == Decimal | None, _num)
    converter.register_unstructure_hook(str, _text_strict)
    converter.register_unstructure_hook_func(lambda t: t == str | None, _text_out)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(YearMonth, str)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    converter.register_structure_hook(
        YearMonth, lambda value, _: YearMonth(int(value[:4]), int(value[5:7]))
    )
    for cls in _EXPRESSION_CLASSES:
        converter.register_unstructure_hook(cls, _unstructure_expression)
    for cls in _TARGET_CLASSES:
        converter.register_structure_hook(cls, _structure_target)
    for cls in _VALUE_CLASSES:
        converter.register_structure_hook(cls, _structure_value)
    converter.register_structure_hook(NotApplicable, _structure_target)
    converter.register_structure_hook_func(lambda t: t == Target, _structure_target)
    converter.register_structure_hook_func(
        lambda t: t == Target | None, _optional(_structure_target)
    )
    converter.register_structure_hook_func(lambda t: t == Value, _structure_value)
    converter.register_structure_hook_func(lambda t: t == Value | None, _optional(_structure_value))
    converter.register_unstructure_hook_func(
        lambda t: t in (Target, Value, Target | None, Value | None),
        lambda obj: None if obj is None else _unstructure_expression(obj),
    )

    # a period read under a title naming a school term: the term, when there is one (r37l)
    converter.register_unstructure_hook(
        Period,
        make_dict_unstructure_fn(
            Period,
            converter,
            term=override(omit_if_default=True),
            term_end=override(omit_if_default=True),  # a term to a date inside it (r37o)
        ),
    )
    # the word a table printed for its grade (较好, B级), when not the grade's own (r39e)
    converter.register_unstructure_hook(
        Published,
        make_dict_unstructure_fn(Published, converter, grade_text=override(omit_if_default=True)),
    )
    # a part of the year's column (Breakdown): its cell as A1, before the indicator's fn
    part_fn = make_dict_unstructure_fn(Breakdown, converter, position=override(omit=True))
    converter.register_unstructure_hook(
        Breakdown,
        lambda obj: part_fn(obj) | {"cell": obj.position.cell if obj.position else None},
    )
    converter.register_structure_hook(
        Breakdown, make_dict_structure_fn(Breakdown, converter, position=override(omit=True))
    )
    # a budget line's 执行数 for a part of the year (一季度执行数): its cell as A1
    budget_part_fn = make_dict_unstructure_fn(BudgetPart, converter, position=override(omit=True))
    converter.register_unstructure_hook(
        BudgetPart,
        lambda obj: budget_part_fn(obj) | {"cell": obj.position.cell if obj.position else None},
    )
    converter.register_structure_hook(
        BudgetPart, make_dict_structure_fn(BudgetPart, converter, position=override(omit=True))
    )
    indicator_fn = make_dict_unstructure_fn(
        Indicator,
        converter,
        position=override(omit=True),
        cells=override(omit=True),
        previous=override(omit_if_default=True),  # 上年实际完成值, when the table prints it
        parts=override(omit_if_default=True),  # 一季度 … under 分季度计划值, 7月完成值…
        midterm=override(omit_if_default=True),  # 中期/实施期指标值, when the table prints it
        about=override(omit_if_default=True),  # 年度履职目标, 指标解释 of a 跟踪表 (r35k)
    )
    budget_fn = make_dict_unstructure_fn(
        BudgetLine,
        converter,
        role=override(rename="line"),
        position=override(omit=True),
        cells=override(omit=True),
        printed=override(omit=True),
        forecast_rate=override(omit=True),
        midterm_label=override(omit=True),  # the midterm column's header, for messages
        quarters=override(omit_if_default=True),  # 一季度执行数 … beside 1-8月执行数
        midterm=override(omit_if_default=True),  # 实施期资金总额 beside the year's
        last_year=override(omit_if_default=True),  # 上年预算数 beside 本年预算数
        # 上年同期执行数 beside 1-6月执行数
        last_year_same_period=override(omit_if_default=True),
    )
    note_fn = make_dict_unstructure_fn(Note, converter, position=override(omit=True))
    converter.register_unstructure_hook(
        OverallGoal,
        make_dict_unstructure_fn(
            OverallGoal,
            converter,
            raw_expected=override(omit=True),
            midterm=override(omit_if_default=True),  # 中期目标, when the table prints it
        ),
    )
    converter.register_structure_hook(
        OverallGoal,
        make_dict_structure_fn(OverallGoal, converter, raw_expected=override(omit=True)),
    )

    def unstructure_indicator(obj: Indicator) -> _Json:
        data = indicator_fn(obj)
        head = {key: data.pop(key) for key in ("level1", "level2", "name")}
        return head | data | _cells(obj.position, obj.cells)

    def unstructure_budget(obj: BudgetLine) -> _Json:
        data = budget_fn(obj) | _cells(obj.position, obj.cells)
        if obj.forecast_rate is not None:  # 全年预计执行率, when the table prints one
            data["forecast_rate"] = _num(obj.forecast_rate)
        # a rate printed as a percent (0.5%, 0.8 under 执行率(%)) is no share: kept
        texts = dict(obj.printed)
        if "rate" in texts:
            data["rate_printed"] = texts["rate"]
        if "forecast_rate" in texts:
            data["forecast_rate_printed"] = texts["forecast_rate"]
        return data

    def unstructure_note(obj: Note) -> _Json:
        return note_fn(obj) | {"cell": obj.position.cell if obj.position else None}

    converter.register_unstructure_hook(Indicator, unstructure_indicator)
    converter.register_unstructure_hook(BudgetLine, unstructure_budget)
    converter.register_unstructure_hook(Note, unstructure_note)
    converter.register_structure_hook(
        Note, make_dict_structure_fn(Note, converter, position=override(omit=True))
    )
    converter.register_structure_hook(
        BudgetLine,
        make_dict_structure_fn(
            BudgetLine,
            converter,
            role=override(rename="line"),
            position=override(omit=True),
            cells=override(omit=True),
            printed=override(omit=True),
            midterm_label=override(omit=True),
        ),
    )
    # a finding's figures only when it holds some, and of what only when said: a
    # finding without keeps the JSON it had
    converter.register_unstructure_hook(
        Figure, make_dict_unstructure_fn(Figure, converter, of=override(omit_if_default=True))
    )
    converter.register_unstructure_hook(
        Finding,
        make_dict_unstructure_fn(Finding, converter, figures=override(omit_if_default=True)),
    )
    converter.register_structure_hook(
        Indicator,
        make_dict_structure_fn(
            Indicator, converter, position=override(omit=True), cells=override(omit=True)
        ),
    )
    table_fn = make_dict_structure_fn(
        Table,
        converter,
        absent_fields=override(struct_hook=_structure_absent_fields),
        cells=override(omit=True),
    )

    def structure_table(data: Mapping[str, Any], cls: type[Table]) -> Table:
        table = table_fn(data, cls)
        file, sheet = table.source.file, table.source.sheet
        indicators = tuple(
            _with_part_positions(_with_positions(indicator, raw, file, sheet), raw, file, sheet)
            for indicator, raw in zip(table.indicators, data.get("indicators", []), strict=True)
        )
        budget = tuple(
            _with_quarter_positions(
                _with_rate_printed(_with_positions(line, raw, file, sheet), raw), raw, file, sheet
            )
            for line, raw in zip(table.budget, data.get("budget", []), strict=True)
        )
        notes = tuple(
            _evolve(note, position=_from_a1(raw.get("cell"), file, sheet))
            for note, raw in zip(table.notes, data.get("notes", []), strict=True)
        )
        # the table-level fields' cells, in Table.cells' order whatever the document's
        raw_cells = data.get("cells") or {}
        cells = tuple(
            (name, where)
            for name in TABLE_CELL_NAMES
            if isinstance(cell := raw_cells.get(name), str)
            and (where := _from_a1(cell, file, sheet)) is not None
        )
        return _evolve(table, indicators=indicators, budget=budget, notes=notes, cells=cells)

    converter.register_structure_hook(Table, structure_table)
    # notes only when the table prints some: a table without keeps the JSON it had
    table_unstructure = make_dict_unstructure_fn(
        Table,
        converter,
        notes=override(omit_if_default=True),
        budget_span=override(omit=True),
        # the fields the form lacks, only when it lacks some: other tables keep their JSON
        absent_fields=override(omit_if_default=True),
        cells=override(omit=True),  # written last, when the table was read from cells
    )

    def unstructure_table(obj: Table) -> _Json:
        data = table_unstructure(obj)
        if obj.budget_span is not BudgetSpan.UNKNOWN:
            # which budget the 预算数 column is, when its header says: after the unit
            at = list(data).index("budget_unit") + 1
            items = list(data.items())
            items.insert(at, ("budget_span", obj.budget_span.value))
            data = dict(items)
        if obj.cells:
            # where the title, project fields, period, goal, judgement, measures and the
            # published total and grade stand, as on indicators (a table built in code,
            # with none, keeps the document it had)
            data["cells"] = {name: where.cell for name, where in obj.cells}
        return {"source": data.pop("source")} | data  # json.md puts the source first

    converter.register_unstructure_hook(Table, unstructure_table)
    return converter


def _optional(hook: Callable[[Mapping[str, Any]], T]) -> Callable[[Any, object], T | None]:
    return lambda data, _: None if data is None else hook(data)


def _cells(position: Position | None, cells: tuple[tuple[str, Position], ...]) -> _Json:
    """Where an indicator or budget line stands: its label cell and each value cell."""
    return {
        "cell": position.cell if position else None,
        # a blank cell's place (``reason-place``, ``corrective-place``) is written too, so
        # that a table rebuilt from JSON points its findings at it again (json32 H1)
        "cells": {name: where.cell for name, where in cells},
    }


def _with_part_positions(
    indicator: Indicator, raw: Mapping[str, Any], file: str | None, sheet: str | None
) -> Indicator:
    """*indicator* with the cells of its parts of the year (``"parts"[i]["cell"]``)."""
    if not indicator.parts:
        return indicator
    return _evolve(indicator, parts=_placed(indicator.parts, raw.get("parts", []), file, sheet))


def _with_quarter_positions(
    line: BudgetLine, raw: Mapping[str, Any], file: str | None, sheet: str | None
) -> BudgetLine:
    """*line* with the cells of its parts of the year (``"quarters"[i]["cell"]``)."""
    if not line.quarters:
        return line
    return _evolve(line, quarters=_placed(line.quarters, raw.get("quarters", []), file, sheet))


def _placed(
    parts: tuple[T, ...], raws: Sequence[Mapping[str, Any]], file: str | None, sheet: str | None
) -> tuple[T, ...]:
    """Each of *parts* with the position its JSON ``cell`` names (``None`` without one)."""
    return tuple(
        _evolve(part, position=_from_a1(data.get("cell"), file, sheet))
        for part, data in zip(parts, raws, strict=True)
    )


def _with_positions(obj: T, raw: Mapping[str, Any], file: str | None, sheet: str | None) -> T:
    position = _from_a1(raw.get("cell"), file, sheet)
    cells = tuple(
        (name, where)
        for name, cell in (raw.get("cells") or {}).items()
        if (where := _from_a1(cell, file, sheet)) is not None
    )
    return _evolve(obj, position=position, cells=cells)


def _with_rate_printed(line: BudgetLine, raw: Mapping[str, Any]) -> BudgetLine:
    """*line* with the text of a rate printed as a percent (``"rate_printed": "0.5%"``).

    And of a 全年预计执行率 printed so (``"forecast_rate_printed"``).
    """
    printed = tuple(
        (name, text)
        for name, key in (("rate", "rate_printed"), ("forecast_rate", "forecast_rate_printed"))
        if isinstance(text := raw.get(key), str)
    )
    return _evolve(line, printed=printed) if printed else line


def _evolve(obj: T, **changes: Any) -> T:  # noqa: ANN401
    return attrs.evolve(obj, **changes)  # type: ignore[misc]


_converter: cattrs.Converter | None = None


def _get_converter() -> cattrs.Converter:
    global _converter  # noqa: PLW0603 - built on first use: no work at import time
    if _converter is None:
        _converter = _make_converter()
    return _converter


# ---------------------------------------------------------------------------
# Public functions


def unstructure(obj: object) -> Any:  # noqa: ANN401 - JSON-shaped data of any kind
    """The JSON-shaped data (dicts, lists, strings) of a perftrack object."""
    if isinstance(obj, _EXPRESSION_CLASSES):
        return _unstructure_expression(obj)
    return _get_converter().unstructure(obj)


def document(
    tables: Sequence[Table | Scorecard],
    *,
    errors: Sequence[Mapping[str, str]] = (),
    policy: Policy | None = None,
) -> _Json:
    """The json.md document for tables (``perftrack read``) or scorecards (``perftrack score``).

    The document names one policy (``generator.policy``), which ``from_json`` scores
    the tables with again: scorecards scored under different policies (another
    preset, another ``as_of``) cannot share one document, and raise ``ValueError``.
    """
    converter = _get_converter()
    if policy is None:
        policies = [item.policy for item in tables if isinstance(item, Scorecard)]
        if any(other != policies[0] for other in policies[1:]):
            msg = (
                "scorecards scored under different policies cannot share one document "
                "(it names one policy, and from_json scores with it again): "
                "write them to separate documents"
            )
            raise ValueError(msg)
        policy = policies[0] if policies else None
    return {
        "schema": SCHEMA,
        "generator": {
            "name": "perftrack",
            "version": __version__,
            "policy": None if policy is None else _policy_data(converter.unstructure(policy)),
        },
        "errors": [dict(error) for error in errors],
        "tables": [
            scorecard_data(item) if isinstance(item, Scorecard) else _table_data(item)
            for item in tables
        ],
    }


def _table_data(table: Table) -> _Json:
    data: _Json = _get_converter().unstructure(table)
    for finding in data["findings"]:
        finding["stage"] = "read"
    return data


def _show(value: Decimal | None) -> str | None:
    return None if value is None else format(half_up(value), "f")


def _with_recomputed_rate(line: _Json, analysis: BudgetAnalysis) -> _Json:
    """A budget line with its recomputed rate right after its printed ``rate`` (json.md's order).

    ``rate_recomputed``, ``rate_recomputed_exact`` and ``denominator`` follow ``rate`` and come
    before ``forecast``, ``weight`` and ``cell``, as json.md lists them (r38q: they came last).
    """
    computed = {
        "rate_recomputed": _show(analysis.rate_recomputed),
        "rate_recomputed_exact": _num(analysis.rate_recomputed),
        "denominator": analysis.denominator,
    }
    out: _Json = {}
    for key, value in line.items():
        out[key] = value
        if key == "rate":
            out |= computed
    return out | computed


def scorecard_data(card: Scorecard) -> _Json:
    """A scorecard as the json.md table object: the table plus every verdict field."""
    converter = _get_converter()
    table = _table_data(card.table)
    printed = table.pop("time_progress")
    head = {key: table.pop(key) for key in ("source", "kind", "title", "project", "period")}
    head |= {
        "as_of": _iso(card.as_of),
        "as_of_source": card.as_of_source,
        "time_progress": _show(card.time_progress),
        "time_progress_exact": _num(card.time_progress),
        "time_progress_printed": printed,
    }
    table["budget"] = [
        _with_recomputed_rate(line, analysis)
        for line, analysis in zip(table["budget"], card.budget, strict=True)
    ]
    for indicator, verdict in zip(table["indicators"], card.verdicts, strict=True):
        indicator["attainment"] = verdict.attainment.value
        indicator["progress"] = verdict.progress.value
        indicator["explanation"] = verdict.explanation
        indicator["direction_judged"] = (
            None if verdict.direction is None else verdict.direction.value
        )
        indicator["due"] = _iso(verdict.due)
    reading = len(card.table.findings)
    findings = converter.unstructure(list(card.findings))
    for index, finding in enumerate(findings):
        finding["stage"] = "read" if index < reading else "score"
    table["findings"] = findings
    points = card.points
    table["points"] = None
    if points is not None:
        table["points"] = {
            "total": _num(points.total),
            "grade": points.grade,
            "provisional": points.provisional,
            "undecided": list(points.undecided),
            # only when some rows count their printed 得分 unchecked (older documents unchanged)
            **(
                {"printed_kept": [item.name for item in points.printed_kept]}
                if points.printed_kept
                else {}
            ),
            "items": [
                {
                    key: value
                    for key, value in {
                        "indicator": item.indicator,
                        "budget_line": item.budget_line,
                        "name": item.name,
                        "weight": _num(item.weight),
                        "points": _num(item.points),
                        "published_points": _num(item.published_points),
                        "rule": item.rule,
                    }.items()
                    if not (key == "indicator" and item.budget_line is not None)
                    and not (key == "budget_line" and item.budget_line is None)
                }
                for item in points.items
            ],
        }
    return head | table


def dumps(data: object) -> str:
    r"""Serialise JSON-shaped data as perftrack prints it (UTF-8, no escapes of Chinese).

    A lone surrogate (a table built in code) is a U+FFFD, so that the text is UTF-8.

    Example:
        >>> dumps({"name": "项目\ud800"}) == '{\n  "name": "项目\ufffd"\n}'
        True
    """
    return encodable(json.dumps(data, ensure_ascii=False, indent=2))


def to_json(obj: object) -> str:
    """Serialise a target, a value, a table, or a sequence of them, as JSON text.

    Tables and scorecards (one or several) give the json.md document, and so do
    the results of ``read_many`` and ``score_many``, their failed files as the
    document's ``errors`` (what ``perftrack read``/``score --format json`` write);
    targets and values the objects of expressions.md §6 (a sequence gives an array).
    An empty sequence gives a document without tables (``from_json`` reads it
    back as an empty tuple); ``from_json(text, BatchResult)`` (``ScoreResult``)
    reads a result's document back with its errors.

    Example:
        >>> from perftrack import parse_target, to_json
        >>> print(to_json(parse_target("≥80.00(%)")))
        {
          "text": "≥80.00(%)",
          "kind": "comparison",
          "op": ">=",
          "value": "80.00",
          "unit": "%",
          "label": null,
          "note": null
        }
    """
    try:
        return _to_json(obj)
    except _WrongTypeError as exc:  # a field of an object built by hand: say which
        raise _named(obj, exc) from None


def _to_json(obj: object) -> str:
    if isinstance(obj, (Table, Scorecard)):
        return dumps(document([obj]))
    if isinstance(obj, (BatchResult, ScoreResult)):
        found: Sequence[Table | Scorecard] = (
            obj.tables if isinstance(obj, BatchResult) else obj.cards
        )
        return dumps(document(found, errors=[error.as_dict() for error in obj.errors]))
    if isinstance(obj, Sequence) and not isinstance(obj, str):
        items = list(obj)
        # no table is still a document: a service sends one shape whatever it read
        if all(isinstance(item, (Table, Scorecard)) for item in items):
            return dumps(document(items))
        return dumps([unstructure(item) for item in items])
    return dumps(unstructure(obj))


# A document gives its one table (scorecard), or a tuple of them when it holds none or
# several: the type says both, so that a typed caller narrows before using it (a26 M1).
@overload
def from_json(text: str, kind: type[Table]) -> Table | tuple[Table, ...]: ...
@overload
def from_json(text: str, kind: type[Scorecard]) -> Scorecard | tuple[Scorecard, ...]: ...
# The results of read_many and score_many: always the one object, whatever the count.
@overload
def from_json(text: str, kind: type[BatchResult]) -> BatchResult: ...
@overload
def from_json(text: str, kind: type[ScoreResult]) -> ScoreResult: ...
@overload
def from_json(text: str, kind: type[T]) -> T: ...
@overload
def from_json(text: str, kind: object = None) -> Any: ...  # noqa: ANN401
def from_json(text: str, kind: object = None) -> Any:
    """Rebuild objects from :func:`to_json` text; ``kind`` says what to build.

    ``kind`` is a class (``Table``, ``Comparison``…), ``perftrack.Target`` or
    ``perftrack.Value``, or ``list``/``tuple`` for a sequence. Without it, a
    document gives a tuple of tables and an object is read as a target when
    its kind allows, else as a value. With ``Table`` (``Scorecard``), a document
    gives its one table, or a tuple of its tables when it holds none or several,
    and is typed ``Table | tuple[Table, ...]``: narrow it (``isinstance``), or ask
    for ``tuple`` to get a tuple whatever the count.

    With ``BatchResult`` (``ScoreResult``) a document gives the result of
    ``read_many`` (``score_many``) back: its tables (scorecards, scored again with
    the document's policy) and its ``errors`` as ``FileError`` entries, each
    ``message`` the file first, as perftrack prints it (``坏.xlsx: 文件为空``). The
    document holds no ``files`` or ``skipped``: they are ``()``, so that
    ``from_json(to_json(result), ScoreResult)`` equals
    ``attrs.evolve(result, files=(), skipped=())``. A document without ``errors``,
    or with an entry that is no ``{"file": …, "message": …}`` of strings, is a
    ``ReadError`` naming its path (``$.errors[0].file``).

    What a ``score`` document holds computed from its tables (``attainment``,
    ``explanation``, ``points``, ``rate_recomputed``…) is not read: the tables
    are scored again, so an edited verdict or total is neither checked nor kept.

    Example:
        >>> from perftrack import parse_target, from_json, to_json
        >>> t = parse_target("2023年12月前完成")
        >>> from_json(to_json(t), type(t)) == t
        True
    """
    _check_kind(kind)
    given: object = text  # checked at run time: a path or a file is not the text
    if not isinstance(given, str | bytes | bytearray):
        msg = f"from_json takes the JSON text, not {type(given).__name__}"
        if isinstance(given, os.PathLike) or callable(getattr(given, "read", None)):
            msg += ": from_json(Path(p).read_text(encoding='utf-8'))"
        raise TypeError(msg)
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        msg = f"不是 JSON 文本（{_json_problem(exc)}）"
        if isinstance(given, str) and given.strip().lower().endswith(".json"):
            msg += (
                "：这像是文件路径，请先读出文本，如 from_json(Path(p).read_text(encoding='utf-8'))"
            )
        raise ReadError(msg) from None
    if isinstance(data, dict) and "tables" not in data and data.get("schema") == SCHEMA:
        # {"schema": "perftrack/1"} is a document, if an incomplete one (cli31 L8)
        msg = f"{SCHEMA} 文档不完整（$.tables：缺少必需的字段）"
        raise ReadError(msg)
    if kind in (BatchResult, ScoreResult) and not (isinstance(data, dict) and "tables" in data):
        # the result of read_many / score_many is only ever written as a document
        msg = f"不是 {SCHEMA} 文档（{_no_document(data)}）"
        raise ReadError(msg)
    if isinstance(data, dict) and "tables" in data:
        if kind not in (None, Table, Scorecard, BatchResult, ScoreResult, list, tuple):
            msg = (
                f"a {SCHEMA} document holds tables or scorecards: kind must be Table, "
                f"Scorecard, BatchResult, ScoreResult, list or tuple, not {_kind_name(kind)}"
            )
            raise TypeError(msg)
        if "schema" not in data:
            # {"tables": []}: no document says what it is by its tables alone (cli31 L8)
            msg = f"不是 {SCHEMA} 文档（$.schema：缺少必需的字段）"
            raise ReadError(msg)
        schema = data["schema"]
        if schema != SCHEMA:
            msg = f"不是 {SCHEMA} 文档（schema 为 {schema!r}）"
            raise ReadError(msg)
        try:
            return _document(data, kind)
        except (
            AttributeError,
            KeyError,
            TypeError,
            ValueError,
            cattrs.BaseValidationError,
        ) as exc:
            msg = f"{SCHEMA} 文档不完整或有误（{_detail(exc)}）"
            raise ReadError(msg) from None
    try:
        if isinstance(data, list):
            return [_structure_any(item, kind) for item in data]
        return _structure_any(data, kind)
    except (AttributeError, KeyError, TypeError, ValueError, cattrs.BaseValidationError) as exc:
        # {}, "text" or the findings of perftrack check: JSON, but no object perftrack wrote
        msg = f"不是 perftrack 写出的对象或 {SCHEMA} 文档（{_detail(exc)}）"
        raise ReadError(msg) from None


def _no_document(data: object) -> str:
    """Why JSON without ``tables`` is no document, with the path: ``$.schema：缺少必需的字段``.

    Example:
        >>> _no_document([]), _no_document({"schema": "perftrack/0"})
        ('$：应为 JSON 对象，不是 数组', '$.schema：应为 "perftrack/1"，不是 "perftrack/0"')
    """
    if not isinstance(data, dict):
        return f"$：应为 JSON 对象，不是 {_json_word(data)}"
    if "schema" not in data:
        return "$.schema：缺少必需的字段"
    return f'$.schema：应为 "{SCHEMA}"，不是 {_json_word(data["schema"])}'


#: What the json module's messages mean, in the words of perftrack's messages.
_JSON_PROBLEMS: Final = {
    "Expecting value": "此处应为一个值",
    "Expecting property name enclosed in double quotes": "此处应为加双引号的属性名",
    "Expecting ',' delimiter": "此处应为逗号",
    "Expecting ':' delimiter": "此处应为冒号",
    "Unterminated string starting at": "字符串没有结束",
    "Extra data": "JSON 之后还有多余内容",
    "Invalid control character at": "字符串中有控制字符",
    "Invalid \\escape": "无效的转义",
    "Illegal trailing comma before end of object": "对象末尾多了逗号",
    "Illegal trailing comma before end of array": "数组末尾多了逗号",
}


def _json_problem(exc: BaseException) -> str:
    """Why *exc*'s text is no JSON, in Chinese, with the line and column when known.

    Example:
        >>> try:
        ...     json.loads("{bad")
        ... except ValueError as exc:
        ...     print(_json_problem(exc))
        第1行第2列：此处应为加双引号的属性名
    """
    if isinstance(exc, json.JSONDecodeError):
        return f"第{exc.lineno}行第{exc.colno}列：{_JSON_PROBLEMS.get(exc.msg, exc.msg)}"
    found = _INT_LIMIT.search(str(exc))
    if found is not None:  # a JSON integer of thousands of digits: Python's own cap
        return f"整数位数过多（{found.group(2)}位，至多{found.group(1)}位）"
    return exception_detail(exc)


#: The ValueError of an integer past ``sys.get_int_max_str_digits()`` (4300 digits).
_INT_LIMIT: Final = re.compile(r"Exceeds the limit \((\d+) digits\).*has (\d+) digits")


def _check_kind(kind: object) -> None:
    """A ``TypeError`` for a *kind* that is none of the documented ones (``dict``, ``"Table"``)."""
    if kind in (None, list, tuple, Target, Value):
        return
    if isinstance(kind, type) and attrs.has(kind) and kind.__module__.split(".")[0] == "perftrack":
        return
    msg = (
        "kind must be a perftrack class (Table, Scorecard, Comparison…), perftrack.Target, "
        f"perftrack.Value, list or tuple, not {_kind_name(kind)}"
    )
    raise TypeError(msg)


def _kind_name(kind: object) -> str:
    if kind in (Target, Value):
        return "perftrack.Target" if kind == Target else "perftrack.Value"
    return kind.__name__ if isinstance(kind, type) else repr(kind)


def _document(data: Mapping[str, Any], kind: object) -> Any:  # noqa: ANN401
    """The tables and scorecards of a document, each as it was written.

    A table written scored (it carries ``as_of``) is a scorecard, scored again with the
    document's policy, one written read is a table: a document mixing both gives them
    back in order. *kind* ``Scorecard`` scores every table, ``Table`` reads every one;
    ``ScoreResult`` (``BatchResult``) does the same and adds the document's ``errors``.
    """
    tables_data = data["tables"]
    if kind in (BatchResult, ScoreResult):
        errors = _file_errors(data)  # in the document's order: its errors come first
        if kind is ScoreResult:
            return ScoreResult(_scorecards(data), errors)
        return BatchResult(tuple(_table_at(data, i) for i in range(len(tables_data))), errors)
    if kind is Scorecard:
        items: tuple[Any, ...] = _scorecards(data)
    elif kind is Table:
        items = tuple(_table_at(data, index) for index in range(len(tables_data)))
    else:
        policy = _document_policy(data)
        items = tuple(
            score(_table_at(data, index), policy=policy)
            if "as_of" in table
            else _table_at(data, index)
            for index, table in enumerate(tables_data)
        )
    if kind in (Scorecard, Table) and len(items) == 1:
        return items[0]
    return list(items) if kind is list else items


def _file_errors(data: Mapping[str, Any]) -> tuple[FileError, ...]:
    r"""The document's ``errors`` as :class:`FileError` entries: the inverse of ``as_dict``.

    An entry's ``message`` is why the file failed, without the file; the
    ``FileError``'s ``message`` is the whole line, the file first, as
    ``ReadError`` prints it (a line break in the name written ``\n``). Keys other
    than ``file`` and ``message`` are passed over (fields may be added within
    ``perftrack/1``). A bad entry is named by its path (``$.errors[0].file``).

    Example:
        >>> _file_errors({"errors": [{"file": "坏.xlsx", "message": "文件为空"}]})
        (FileError(file='坏.xlsx', message='坏.xlsx: 文件为空'),)
    """
    if "errors" not in data:
        msg = "$.errors：缺少必需的字段"
        raise _InvalidFieldError(msg)
    entries = data["errors"]
    if not isinstance(entries, list):
        msg = f"$.errors：应为数组，不是 {_json_word(entries)}"
        raise _InvalidFieldError(msg)
    found: list[FileError] = []
    for index, entry in enumerate(entries):
        at = f"$.errors[{index}]"
        if not isinstance(entry, Mapping):
            msg = f"{at}：应为 JSON 对象，不是 {_json_word(entry)}"
            raise _InvalidFieldError(msg)
        fields: list[str] = []
        for key in ("file", "message"):
            if key not in entry:
                msg = f"{at}.{key}：缺少必需的字段"
                raise _InvalidFieldError(msg)
            try:
                fields.append(_structure_str(entry[key], None))
            except _InvalidFieldError as exc:
                raise _InvalidFieldError(f"{at}.{key}：{exc}") from None
        file, reason = fields
        found.append(FileError(file, f"{escaped_breaks(file)}: {reason}"))
    return tuple(found)


def _structure_table(data: Mapping[str, Any]) -> Table:
    table = dict(data)
    if "time_progress_printed" in table:
        table["time_progress"] = table["time_progress_printed"]
    table["findings"] = [f for f in table.get("findings", []) if f.get("stage", "read") == "read"]
    return _get_converter().structure(table, Table)


def _table_at(data: Mapping[str, Any], index: int) -> Table:
    """The document's table *index*; a bad field is named by its path (``$.tables[1].…``)."""
    try:
        return _structure_table(data["tables"][index])
    except cattrs.BaseValidationError as exc:
        raise _InvalidFieldError(_detail(exc, f"$.tables[{index}]")) from None


def _scorecards(data: Mapping[str, Any]) -> tuple[Scorecard, ...]:
    """Scorecards from their document: the tables and the policy, scored again.

    ``score`` is pure, so this gives back an equal scorecard.
    """
    policy = _document_policy(data)
    return tuple(
        score(_table_at(data, index), policy=policy) for index in range(len(data["tables"]))
    )


# A policy weight with more decimals than this was computed (Hubei's 50 × 80/90), not
# typed: the document prints it to the cent, as points are printed.
_TYPED_PLACES: Final = 10
#: The exact weights of each preset, by the policy's name.
_PRESET_WEIGHTS: Final = {"central": Policy.central().weights, "hubei": Policy.hubei().weights}


def _weight_shown(text: str) -> str:
    """A policy weight for the document: a computed fraction to the cent, else as given.

    Example:
        >>> _weight_shown("44.44444444444444444444444444"), _weight_shown("33.333")
        ('44.44', '33.333')
    """
    value = Decimal(text)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _TYPED_PLACES:
        return format(half_up(value), "f")
    return text


def _policy_data(data: Any) -> Any:  # noqa: ANN401 - the converter's mapping
    """A policy's JSON with its computed weights to the cent (score56 #11).

    ``Policy.hubei()`` weighs 产出 50 × 80/90: 28 digits of a context-rounded
    Decimal are no "exact decimal" (json.md), and no reader wants them. The weights
    used for sums stay exact: :func:`_document_policy` gives a preset's own weights
    back when the document's, to the cent, are the preset's.
    """
    weights = data.get("weights") if isinstance(data, dict) else None
    if isinstance(weights, dict):
        data["weights"] = {
            key: _weight_shown(value) if isinstance(value, str) else value
            for key, value in weights.items()
        }
    return data


def _document_policy(data: Mapping[str, Any]) -> Policy:
    """The policy a document names (``generator.policy``), the default without one.

    A preset's weights printed to the cent (:func:`_policy_data`) are the preset's
    exact weights again, so that the tables score as they did.
    """
    raw_policy = data.get("generator", {}).get("policy")
    if raw_policy is None:
        return Policy()
    try:
        policy = _get_converter().structure(raw_policy, Policy)
    except cattrs.BaseValidationError as exc:  # a bad weight named by its path (r34l)
        raise _InvalidFieldError(_detail(exc, "$.generator.policy")) from None
    preset = _PRESET_WEIGHTS.get(policy.name)
    if preset is not None and policy.weights != preset:
        shown = _policy_data({"weights": _get_converter().unstructure(preset)})["weights"]
        if _get_converter().unstructure(policy.weights) == shown:
            policy = attrs.evolve(policy, weights=preset)
    return policy


_VALUE_ONLY: Final = frozenset({"quantity", "status", "date", "text"})


def _structure_any(data: Any, kind: object) -> Any:  # noqa: ANN401
    if not isinstance(data, Mapping):
        msg = f"应为 JSON 对象，而不是 {json.dumps(data, ensure_ascii=False)[:40]}"
        raise TypeError(msg)
    if kind in (None, list, tuple):
        if data.get("kind") in _VALUE_ONLY or "partial" in data:
            return _structure_value(data)
        return _structure_target(data)
    if kind == Value or kind in _VALUE_CLASSES:
        return _structure_value(data)
    if kind == Target or kind in (*_TARGET_CLASSES, NotApplicable):
        return _structure_target(data)
    return _get_converter().structure(data, cast("Any", kind))
