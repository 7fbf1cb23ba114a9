"""Malformed cells and the exact text of their ``ExpressionError`` (expressions.md §5).

The rendering is three lines: the message; four spaces and the raw cell; four
spaces and a marker with ``~`` for each column of the span and ``^`` at its end.
Characters of East Asian width W or F take two columns, so in an editor that
draws them double-width the marker lines up under the text as written below.
Spans index the raw text, before normalisation.
"""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

from perftrack import (
    Comparison,
    Descriptive,
    ExpressionError,
    Op,
    PerftrackError,
    QualitativeTarget,
    TextValue,
    parse_target,
    parse_value,
)


def _parser_disagrees(reason: str) -> pytest.MarkDecorator:
    """Mark a case where the parser's answer differs from the spec's (reviewed by hand)."""
    return pytest.mark.xfail(reason=reason, strict=True)


_NO_OPERAND = "expected a number or a quality word after the operator"

# text, context year, span in the raw text, the three lines of str(error)
# fmt: off
ERRORS = [
    # -- an operator followed by neither a number nor a family word
    pytest.param(
        "≥abc", None, (1, 4), (
            _NO_OPERAND,
            "    ≥abc",
            "     ~~~^",
        ),
        id="operator-then-letters",
    ),
    pytest.param(
        "≥满意", None, (1, 3), (
            _NO_OPERAND,
            "    ≥满意",
            "     ~~~~^",
        ),
        id="operator-then-wide-word",
    ),
    # a final semicolon is dropped like a final full stop; the span still indexes the raw text
    pytest.param(
        "≥abc；", None, (1, 4), (
            _NO_OPERAND,
            "    ≥abc；",
            "     ~~~^",
        ),
        id="operator-then-letters-semicolon",
    ),
    # an invisible character is removed, but the span indexes the raw text around it; it
    # takes no column on a screen, so the marker stands under abc as without it (r35h)
    pytest.param(
        "\u200b≥abc", None, (2, 5), (
            _NO_OPERAND,
            "    \u200b≥abc",
            "     ~~~^",
        ),
        id="zero-width-space-first",
    ),
    # the span is empty: the marker points just after the operator
    pytest.param(
        "≥", None, (1, 1), (
            _NO_OPERAND,
            "    ≥",
            "     ^",
        ),
        id="operator-alone",
    ),
    # the span indexes the raw text, leading white space included
    pytest.param(
        " ≥abc", None, (2, 5), (
            _NO_OPERAND,
            "     ≥abc",
            "      ~~~^",
        ),
        id="leading-space",
    ),
    pytest.param(
        "≥ abc", None, (2, 5), (
            _NO_OPERAND,
            "    ≥ abc",
            "      ~~~^",
        ),
        id="space-after-operator",
    ),
    # a bound word of another bound after the operator: no reading (≥满意度90 is 满意度≥90 and
    # ≥不低于90 不低于90 since parse54 M1, see test_expressions_k30d)
    pytest.param(
        "≥不超过90", None, (1, 6), (
            _NO_OPERAND,
            "    ≥不超过90",
            "     ~~~~~~~~^",
        ),
        id="operator-then-other-bound",
    ),
    # a baseline word needs its standard or task: 国家级 is neither (round 8, M1)
    pytest.param(
        "≥国家级", None, (1, 4), (
            _NO_OPERAND,
            "    ≥国家级",
            "     ~~~~~~^",
        ),
        id="operator-then-national-grade",
    ),
    # -- broken brackets
    # the spec's example (§5)
    pytest.param(
        "≥80.00(%", None, (6, 8), (
            "unclosed bracket",
            "    ≥80.00(%",
            "          ~~^",
        ),
        id="spec-unclosed-bracket",
    ),
    pytest.param(
        "(80%", None, (0, 4), (
            "unclosed bracket",
            "    (80%",
            "    ~~~~^",
        ),
        id="unclosed-leading-bracket",
    ),
    pytest.param(
        "≥80%(", None, (4, 5), (
            "unclosed bracket",
            "    ≥80%(",
            "        ~^",
        ),
        id="unclosed-trailing-bracket",
    ),
    pytest.param(
        "≥80)", None, (3, 4), (
            "unmatched closing bracket",
            "    ≥80)",
            "       ~^",
        ),
        id="unmatched-closing",
    ),
    pytest.param(
        "80%)", None, (3, 4), (
            "unmatched closing bracket",
            "    80%)",
            "       ~^",
        ),
        id="unmatched-closing-no-operator",
    ),
    pytest.param(
        "≥80.00(%))", None, (9, 10), (
            "unmatched closing bracket",
            "    ≥80.00(%))",
            "             ~^",
        ),
        id="one-closing-too-many",
    ),
    pytest.param(
        "≥80.00[%)", None, (8, 9), (
            "unmatched closing bracket",
            "    ≥80.00[%)",
            "            ~^",
        ),
        id="mismatched-pair",
    ),
    # 次 is wide: the marker starts two columns further right
    pytest.param(
        "=2.00次)", None, (6, 7), (
            "unmatched closing bracket",
            "    =2.00次)",
            "           ~^",
        ),
        id="wide-before-span",
    ),
    # （ and 次 are wide, and both are in the span
    pytest.param(
        "=2.00（次", None, (5, 7), (
            "unclosed bracket",
            "    =2.00（次",
            "         ~~~~^",
        ),
        id="wide-in-span",
    ),
    pytest.param(
        "≥80.00（%", None, (6, 8), (
            "unclosed bracket",
            "    ≥80.00（%",
            "          ~~~^",
        ),
        id="fullwidth-bracket",
    ),
    # full-width input: normalised to ≥80(% for parsing, but the span indexes the raw
    # text (＞＝ are two characters there, one ≥ after normalisation) and the marker
    # counts the full-width forms as two columns each
    pytest.param(
        "＞＝80（%", None, (4, 6), (
            "unclosed bracket",
            "    ＞＝80（%",
            "          ~~~^",
        ),
        id="fullwidth-input",
    ),
    # a label before the operator still makes a comparison (§2 满意度≥90%), so a broken
    # bracket in it is an error like in ≥80.00(%
    pytest.param(
        "满意度≥90(%", None, (6, 8), (
            "unclosed bracket",
            "    满意度≥90(%",
            "             ~~^",
        ),
        id="label-then-unclosed-bracket",
    ),
    # -- broken numbers
    pytest.param(
        "=2..0(次)", None, (1, 5), (
            "invalid number",
            "    =2..0(次)",
            "     ~~~~^",
        ),
        id="double-dot",
    ),
    pytest.param(
        "=2.0.0(次)", None, (1, 6), (
            "invalid number",
            "    =2.0.0(次)",
            "     ~~~~~^",
        ),
        id="two-decimal-points",
    ),
    # thousands separators come in groups of three (§2 2,000)
    pytest.param(
        "=1,00次", None, (1, 5), (
            "invalid number",
            "    =1,00次",
            "     ~~~~^",
        ),
        id="bad-thousands-group",
    ),
    pytest.param(
        "＝2..0（次）", None, (1, 5), (
            "invalid number",
            "    ＝2..0（次）",
            "      ~~~~^",
        ),
        id="fullwidth-operator-before-span",
    ),
    # -- dates that fail validation. The span runs from the first to the last number
    # of the date (year to month, or to the day when there is one): the spec does not
    # say which part to mark; the whole date is a reasonable choice, accepted.
    pytest.param(
        "2023年13月前", None, (0, 7), (
            "invalid month",
            "    2023年13月前",
            "    ~~~~~~~~^",
        ),
        id="month-13",
    ),
    # after "on or before", the span still indexes the whole cell (it used to be the
    # date's own text, without the operator)
    pytest.param(
        "≤2023年13月", None, (1, 8), (
            "invalid month",
            "    ≤2023年13月",
            "     ~~~~~~~~^",
        ),
        id="month-13-after-le",
    ),
    pytest.param(
        "不晚于2023年13月", None, (3, 10), (
            "invalid month",
            "    不晚于2023年13月",
            "          ~~~~~~~~^",
        ),
        id="month-13-after-buwanyu",
    ),
    pytest.param(
        "2023年0月前", None, (0, 6), (
            "invalid month",
            "    2023年0月前",
            "    ~~~~~~~^",
        ),
        id="month-0",
    ),
    pytest.param(
        "2023年13月1日", None, (0, 9), (
            "invalid month",
            "    2023年13月1日",
            "    ~~~~~~~~~~~^",
        ),
        id="month-13-with-day",
    ),
    pytest.param(
        "2023-13-01", None, (0, 10), (
            "invalid month",
            "    2023-13-01",
            "    ~~~~~~~~~~^",
        ),
        id="iso-month-13",
    ),
    pytest.param(
        "二〇二三年十三月", None, (0, 7), (
            "invalid month",
            "    二〇二三年十三月",
            "    ~~~~~~~~~~~~~~^",
        ),
        id="chinese-month-13",
    ),
    # the spec's example (§5)
    pytest.param(
        "2月30日", None, (0, 4), (
            "invalid day",
            "    2月30日",
            "    ~~~~~^",
        ),
        id="spec-february-30",
    ),
    pytest.param(
        "2023年2月29日前", None, (0, 9), (
            "invalid day",
            "    2023年2月29日前",
            "    ~~~~~~~~~~~^",
        ),
        id="february-29-common-year",
    ),
    pytest.param(
        "2023年6月31日", None, (0, 9), (
            "invalid day",
            "    2023年6月31日",
            "    ~~~~~~~~~~~^",
        ),
        id="june-31",
    ),
    pytest.param(
        "2023-06-31前", None, (0, 10), (
            "invalid day",
            "    2023-06-31前",
            "    ~~~~~~~~~~^",
        ),
        id="iso-june-31",
    ),
    # the second point of a period: the marker starts after the wide characters before it
    pytest.param(
        "2020年1月-2021年13月", None, (8, 15), (
            "invalid month",
            "    2020年1月-2021年13月",
            "              ~~~~~~~~^",
        ),
        id="period-second-point",
    ),
    pytest.param(
        "2月29日", 2023, (0, 4), (
            "invalid day",
            "    2月29日",
            "    ~~~~~^",
        ),
        id="february-29-context-year",
    ),
    # -- an empty cell: the spec is silent (§5 lists no empty cell, and an empty cell is
    # no prose either). Raising is reasonable: the reader turns it into a finding. Accepted.
    pytest.param(
        "", None, (0, 0), (
            "empty expression",
            "    ",
            "    ^",
        ),
        id="empty",
    ),
    pytest.param(
        "   ", None, (0, 3), (
            "empty expression",
            "       ",
            "    ~~~^",
        ),
        id="blank",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "year", "span", "lines"), ERRORS)
def test_error_text(text, year, span, lines):
    with pytest.raises(ExpressionError) as info:
        parse_target(text, year=year)
    error = info.value
    assert str(error) == "\n".join(lines)
    assert error.message == lines[0]
    assert error.text == text
    assert error.span == span


def test_spec_rendering():
    error = ExpressionError("unclosed bracket", "≥80.00(%", (6, 8))
    assert str(error) == "unclosed bracket\n    ≥80.00(%\n          ~~^"


@pytest.mark.parametrize(
    ("text", "span", "marker_line"),
    [
        # ≥ is East Asian width A (ambiguous): one column
        pytest.param("≥80(%", (3, 5), "       ~~^", id="ambiguous-width-counts-one"),
        # 满意度 are W: two columns each
        pytest.param("满意度≥90(%", (6, 8), "             ~~^", id="wide-counts-two"),
        # ＞＝ and （ are F (full-width forms): two columns each
        pytest.param("＞＝80（%", (4, 6), "          ~~~^", id="fullwidth-counts-two"),
    ],
)
def test_marker_counts_columns(text, span, marker_line):
    assert str(ExpressionError("unclosed bracket", text, span)).splitlines()[2] == marker_line


def test_error_is_a_perftrack_error_and_a_value_error():
    assert issubclass(ExpressionError, PerftrackError)
    assert issubclass(ExpressionError, ValueError)
    with pytest.raises(ValueError, match="unclosed bracket") as info:
        parse_target("≥80.00(%")
    error = info.value
    assert isinstance(error, PerftrackError)
    assert (error.message, error.text, error.span) == ("unclosed bracket", "≥80.00(%", (6, 8))
    assert error.text[slice(*error.span)] == "(%"


def test_full_width_span_indexes_the_raw_text():
    with pytest.raises(ExpressionError) as info:
        parse_target("＞＝80（%")
    error = info.value
    assert error.text == "＞＝80（%"
    assert error.text[slice(*error.span)] == "（%"


def test_error_survives_pickling():
    error = ExpressionError("unclosed bracket", "≥80.00(%", (6, 8))
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (copy.message, copy.text, copy.span, str(copy)) == (
        error.message,
        error.text,
        error.span,
        str(error),
    )


# -- §5: only cells that look like comparisons (or dates) raise; prose never does
PROSE = [
    pytest.param("加强管理(试行", Descriptive("加强管理(试行"), id="unclosed-bracket-in-prose"),
    pytest.param("加强管理)试行", Descriptive("加强管理)试行"), id="unmatched-bracket-in-prose"),
    pytest.param(
        "严格执行相关制度规定（试行",
        Descriptive("严格执行相关制度规定(试行"),
        id="fullwidth-bracket-in-prose",
    ),
    # a number follows the operator, so §5's error does not apply: what follows the
    # number makes the cell prose (these were errors that said no number followed)
    pytest.param("≥90%*", Descriptive("≥90%*"), id="operator-number-footnote-mark"),
    pytest.param("≥90%★", Descriptive("≥90%★"), id="operator-number-star"),
    pytest.param("≥90%或", Descriptive("≥90%或"), id="operator-number-final-or"),
    pytest.param("≥1/3", Descriptive("≥1/3"), id="operator-fraction"),
    pytest.param("≥90%~95%", Descriptive("≥90%~95%"), id="operator-before-range"),
    pytest.param("≤±5%", Descriptive("≤±5%"), id="operator-plus-minus"),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_prose_is_never_an_error(text, expected):
    assert parse_target(text) == expected


# -- §5 raises for an operator followed by "neither a number nor a family word": an
# operator before a family word is no error, whatever it then means
OPERATOR_BEFORE_FAMILY_WORD = [
    pytest.param("≥良好", id="quality-minimum"),
    pytest.param(
        "≥及时",
        id="timeliness",
    ),
    pytest.param(
        "≥准确",
        id="accuracy",
    ),
    pytest.param(
        "≤良好",
        id="quality-at-most",
    ),
]


@pytest.mark.parametrize("text", OPERATOR_BEFORE_FAMILY_WORD)
def test_operator_before_family_word_is_not_an_error(text):
    assert parse_target(text).kind in {"qualitative", "descriptive"}


def test_operator_before_quality_word_sets_the_minimum():
    assert parse_target("≥良好") == QualitativeTarget("良好", "quality", minimum="良好")


# -- §3: parsing a value never fails. The cells that break parse_target are text
# values, described by their normalised text and keeping the raw one.
# fmt: off
VALUES_NEVER_FAIL = [
    pytest.param("≥abc", TextValue("≥abc"), id="operator-then-letters"),
    pytest.param("≥80.00(%", TextValue("≥80.00(%"), id="unclosed-bracket"),
    pytest.param("≥80)", TextValue("≥80)"), id="unmatched-closing"),
    pytest.param("=2..0(次)", TextValue("=2..0(次)"), id="double-dot"),
    pytest.param("＞＝80（%", TextValue("≥80(%"), id="fullwidth-normalised"),
    pytest.param("2023年13月前", TextValue("2023年13月前"), id="month-13"),
    pytest.param("2月30日", TextValue("2月30日"), id="february-30"),
    pytest.param("≥", TextValue("≥"), id="operator-alone"),
    pytest.param("", TextValue(""), id="empty"),
    pytest.param(
        "二〇二三年十三月",
        TextValue("二零二三年十三月"),
        id="chinese-month-13",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), VALUES_NEVER_FAIL)
def test_value_parsing_never_fails(text, expected):
    value = parse_value(text)
    assert value == expected
    assert value.text == text


def test_a_dotted_year_with_no_real_month_is_a_number():
    # 2023.07 is a month (expressions.md §2), but a dot and a number past 12 make an
    # amount (2000.00, 2023.13): only a dash or slash date is validated as one.
    assert parse_target("2023.13") == Comparison(Op.EQ, Decimal("2023.13"))
    assert parse_target("2000.00") == Comparison(Op.EQ, Decimal("2000.00"))
