"""Properties of the value language (expressions.md §4, §5): round trips, no stray
exceptions, linear time, and fast paths that agree with the full grammar."""

from __future__ import annotations

import contextlib
import re
import time
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import perftrack
from grammar_paths import fast_and_full
from perftrack import (
    AnyOf,
    Comparison,
    Deadline,
    Descriptive,
    ExpressionError,
    Op,
    Part,
    PeriodTarget,
    QualitativeTarget,
    Range,
    parse_target,
    parse_value,
)
from perftrack.expressions import _grammar
from perftrack.vocabulary import DEGREE_WORDS, FAMILIES, NOT_APPLICABLE, STATUS_WORDS

# ---------------------------------------------------------------------------
# Strategies for well-formed targets

UNITS = [
    None,
    "%",
    "次",
    "个",
    "人",
    "万元",
    "人次",
    "公里",
    "次/月",
    "元/人",
    "个工作日",
    "平方米",
]
LABELS = [None, "满意度", "年度预算", "培训率", "资助标准"]

decimals = st.builds(
    lambda whole, frac, places: (
        Decimal(f"{whole}.{str(frac).zfill(places)[:places]}") if places else Decimal(whole)
    ),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=9999),
    st.integers(min_value=0, max_value=4),
)

# Negative figures (a cost change of -5%) print with their sign: =-5(%) reads back.
signed_decimals = st.one_of(decimals, decimals.filter(lambda d: d != 0).map(lambda d: -d))

comparisons = st.builds(
    Comparison,
    op=st.sampled_from(Op),
    value=signed_decimals,
    unit=st.sampled_from(UNITS),
    label=st.sampled_from(LABELS),
)
_YEAR_OR_MONTH = re.compile(r"(?:19|20)\d{2}(?:\.(?:0?[1-9]|1[0-2]))?")


def _reads_as_period(low: Decimal, high: Decimal) -> bool:
    """Two years, or two months written 2023.07, joined by a dash: a period (§2)."""
    return all(_YEAR_OR_MONTH.fullmatch(format(v, "f")) for v in (low, high))


ranges = st.builds(
    lambda low, span, unit: Range(low, low + span, unit),
    decimals,
    st.integers(min_value=1, max_value=1000),
    st.sampled_from(UNITS),
).filter(
    # 2023-2024 and 1900.1-1901.1 are periods (expressions.md §2), never a unitless range.
    lambda r: r.unit is not None or not _reads_as_period(r.low, r.high)
)


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    part = draw(st.sampled_from(Part))
    year = draw(st.one_of(st.none(), st.integers(min_value=2000, max_value=2035)))
    month = day = None
    if part in (Part.DAY, Part.MONTH, Part.MONTH_END, Part.EARLY, Part.MID, Part.LATE):
        month = draw(st.integers(min_value=1, max_value=12))
    if part is Part.DAY:
        day = draw(st.integers(min_value=1, max_value=28))
    strict = part in (Part.MONTH, Part.YEAR) and draw(st.booleans())
    if part is Part.YEAR and year is None:
        strict = False
    # the work that is due, or a remark (2024年12月底前(完成竣工验收)): printed in brackets
    note = draw(
        st.sampled_from([None, "完成竣工验收", "主体完工", "以验收报告为准", "2023年结转项目"])
    )
    return Deadline(year, month, day, part, strict, note)


@st.composite
def periods(draw: st.DrawFn) -> PeriodTarget:
    start_year = draw(st.integers(min_value=2000, max_value=2030))
    end_year = start_year + draw(st.integers(min_value=0, max_value=3))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PeriodTarget(start_year, None, None, end_year + 1, None, None)
    start_month = draw(st.integers(min_value=1, max_value=12))
    end_month = draw(st.integers(min_value=1, max_value=12))
    if precision == "month":
        return PeriodTarget(start_year, start_month, None, end_year, end_month, None)
    return PeriodTarget(
        start_year,
        start_month,
        draw(st.integers(min_value=1, max_value=28)),
        end_year,
        end_month,
        draw(st.integers(min_value=1, max_value=28)),
    )


@st.composite
def qualitatives(draw: st.DrawFn) -> QualitativeTarget:
    family = draw(st.sampled_from([f for f in FAMILIES.values() if f.name != "zero"]))
    word = draw(st.sampled_from(family.words))
    if family.name == "quality" and draw(st.booleans()):
        return QualitativeTarget(word, "quality", minimum=word)
    if draw(st.booleans()):
        degree = draw(st.sampled_from(DEGREE_WORDS))
        assume(FAMILIES_OF.get(degree + word) is None)
        return QualitativeTarget(word, FAMILIES_OF[word], degree=degree)
    return QualitativeTarget(word, FAMILIES_OF[word])


FAMILIES_OF = {word: f.name for f in reversed(list(FAMILIES.values())) for word in f.words}

descriptives = st.sampled_from(
    [
        Descriptive("覆盖园区“两新”党组织"),
        Descriptive("严格执行相关制度规定"),
        Descriptive("每月中旬发放", recurring=True),
        Descriptive("比2023年提升不低于15个百分点"),
    ]
)
any_ofs = st.builds(
    lambda first, second: AnyOf((first, second)),
    comparisons.filter(lambda c: c.label is None),
    st.sampled_from([Descriptive("比2023年提升不低于15个百分点"), Descriptive("全覆盖")]),
)

targets = st.one_of(
    comparisons, ranges, deadlines(), periods(), qualitatives(), descriptives, any_ofs
)

# Text shaped like real cells: digits, operators, units, date words, brackets.
CELL_ALPHABET = (
    "0123456789.,%()（）[]≥≤=<>≧≦＞＜～~-—至或以上下内余多约前底末年月日季度旬半"
    "次个人万元百千亿两三十一〇零第上中不未无非已完成开展中合格及时良好优提高基本是否 。;*/"
)
# Pieces of real cells glued together: finds far more corner cases than characters.
CELL_PIECES = [
    "≥",
    "≤",
    "=",
    "%",
    "次",
    "个",
    "万元",
    "年",
    "月",
    "日",
    "前",
    "底",
    "末",
    "以上",
    "以内",
    "余",
    "约",
    "或",
    "不低于",
    "至少",
    "两",
    "十二",
    "2023",
    "12",
    "30",
    ".",
    "-",
    "~",
    "至",
    "(",
    ")",
    "合格",
    "及时",
    "良好",
    "基本",
    "不",
    "未",
    "已",
    "完成",
    "开展中",
    "季度",
    "第三",
    "上半年",
    "中旬",
    "满意度",
    "年度预算",
    "百分之",
    "覆盖",
    "达标",
    "0",
    "1",
    "5",
    "80.00",
    ",",
    ":",
    "/",
    "次/月",
    "余",
    "多",
    "天",
    "个月",
    "20",
    "以内",
    "。",
    ";",
    "全年",
    "2021年",
    "1-12月",
    "元/人*月",
    "/株",
    "至少",
    "达成预期指标",
    "部分",
    # deadlines with the work that is due, remarks, statuses in clauses (round 3)
    "确保",
    "竣工验收",
    "主体",
    "交付使用",
    "（",
    "）",
    "，",
    "正在",
    "待",
    "资金",
    "含",
    # Latin letters and white space: a label must not keep the space before a number
    " ",
    "COD",
    "km",
    # invisible characters and final marks are removed by normalisation
    "\u200b",
    "\ufeff",
    "；",
    "、",
    # signs
    "+",
    "±",
    "−",
    # round 4: negations, approximate pairs, word signs, operator forms, exports, breaks
    "未超过",
    "不到",
    "不足",
    "没有",
    "七八",
    "三四十",
    "几",
    "来",
    "半",
    "上下",
    "整",
    "负",
    "▼",
    "⩾",
    "≮",
    "﹤",
    "¥",
    "e",
    "E",
    "T",
    "NaN",
    "00:00:00",
    " 0:00",
    "2024-12-31",
    "12/31",
    "20241231",
    "\n",
    "实际",
    "未接到投诉",
    "万",
    "两万五千",
    "期限:",
    # parse round 5: grades, bands, tolerances, bracketed dates, sub-requirements
    "级",
    "类",
    "等奖",
    "二类",
    "一级",
    "且",
    "之间",
    "区间",
    "介于",
    "在",
    "控制在",
    "±",
    "(±5%)",
    "误差",
    "次年",
    "25年",
    "汛期前",
    "(含)",
    "其中",
    "≥2篇",
    "pH",
    "执行率",
    "人·次",
    "序时进度",
    "一、二",
    "不高于",
    # read12, e2e15: characters PDF fonts substitute, angle brackets, damaged digits,
    # dates with a count, works counted clause by clause, degrees of work going on
    "\u2f49",  # ⽉
    "\u2f08",  # ⼈
    "\uf98e",  # compatibility 年
    "\u2ed3",  # ⻓
    "\u00ad",
    "〈",
    "〉",
    "《",
    "》",
    "O",
    "l",
    " 2",
    "5 ",
    "处",
    "条",
    "完工",
    "2处",
    "逐步",
    "完善",
    "健全",
]
cell_text = st.one_of(
    st.text(alphabet=CELL_ALPHABET, max_size=30),
    st.lists(st.sampled_from(CELL_PIECES), min_size=1, max_size=6).map("".join),
)
any_text = st.text(max_size=40)


# ---------------------------------------------------------------------------
# Round trips (expressions.md §4)


@given(targets)
@example(Comparison(Op.EQ, Decimal("2.00"), "次"))
@example(Deadline(2023, 11, None, Part.MONTH_END))
# a bare figure shaped like a year and month prints grouped: ≤1900.1 would be a deadline
@example(Comparison(Op.LE, Decimal("1900.1")))
@example(Comparison(Op.EQ, Decimal("2023.12")))
# with a label too: 满意度≤1900.1 would be words (big hypothesis run, 2026-11-30)
@example(Comparison(Op.LE, Decimal("1900.1"), label="满意度"))
@example(Comparison(Op.LE, Decimal("-1900.1")))
def test_canonical_text_round_trips(target: perftrack.Target) -> None:
    text = str(target)
    parsed = parse_target(text)
    assert parsed == target
    assert str(parsed) == text


@given(cell_text, st.one_of(st.none(), st.integers(min_value=2000, max_value=2030)))
@example("≥80.00(%)", None)
@example("11月底前", 2023)
@example("不低于90%或比2023年提升不低于15个百分点", None)
def test_parsed_cells_round_trip(text: str, year: int | None) -> None:
    try:
        target = parse_target(text, year=year)
    except ExpressionError:
        return
    canonical = str(target)
    again = parse_target(canonical)
    assert again == target, canonical
    assert str(again) == canonical


@given(cell_text, st.one_of(st.none(), st.integers(min_value=2000, max_value=2030)))
@example("l 2%", None)  # a label ending in l before the figure: l2% would read as 12%
@example("xI 5个", None)
@example("2023。 0:00", None)  # a stop the space parts from its digits: found by r35f's run
def test_parsed_values_round_trip(text: str, year: int | None) -> None:
    value = parse_value(text, year=year)
    canonical = str(value)
    again = parse_value(canonical)
    assert again == value, canonical
    assert str(again) == canonical


_PAIR_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


@given(
    st.sampled_from(sorted(_PAIR_DIGITS)),
    st.sampled_from(sorted(_PAIR_DIGITS)),
    st.sampled_from(["", "十", "百"]),
    st.sampled_from(["", "十"]),
    st.sampled_from(["个", "人", "次", "万元", "成"]),
)
@example("七", "八", "", "", "个")
@example("三", "四", "十", "", "人")
@example("七", "八", "", "十", "个")
def test_two_digits_side_by_side_never_read_digit_by_digit(
    first: str, second: str, scale: str, head: str, unit: str
) -> None:
    """七八个 is 7 or 8 (a range, or about 7), never 78; 五八个 holds no figure at all."""
    text = f"{head}{first}{second}{scale}{unit}"
    low, high = _PAIR_DIGITS[first], _PAIR_DIGITS[second]
    place = {"": 1, "十": 10, "百": 100}[scale]
    base = 10 if head else 0
    factor = 10 if unit == "成" else 1
    figures = {Decimal((base + low * place) * factor), Decimal((base + high * place) * factor)}
    for parse in (parse_target, parse_value):
        result = parse(text)
        for name in ("value", "low", "high"):
            figure = getattr(result, name, None)
            assert figure is None or figure in figures, (text, result)


# ---------------------------------------------------------------------------
# Only ExpressionError escapes parse_target; nothing escapes parse_value (§5)


# Noncharacters and lone surrogates are dropped before parsing, as the readers drop them
# from a cell (fz30 M4): the text kept is the cell without them, nothing else lost.
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")


def _readable(text: str) -> str:
    return _NONCHARACTER.sub("", text)


@given(st.one_of(cell_text, any_text))
def test_parse_target_raises_only_expression_error(text: str) -> None:
    error: ExpressionError | None = None
    try:
        result = parse_target(text)
    except ExpressionError as exc:
        error = exc
    if error is None:
        assert result.text == _readable(text)
        return
    assert error.text == _readable(text)
    start, end = error.span
    assert 0 <= start <= end <= len(error.text)
    assert len(str(error).splitlines()) == 3


@given(st.one_of(cell_text, any_text))
def test_parse_value_never_raises(text: str) -> None:
    assert parse_value(text).text == _readable(text)


@pytest.mark.parametrize("text", ["\ufdd0", "达标\ud800", "\ufffe95%", "12\uffff"])
def test_only_noncharacters_are_left_out_of_the_text(text: str) -> None:
    """The property's allowance, on the cells the big Hypothesis run found (\\ufdd0)."""
    assert parse_value(text).text == _readable(text) != text


# ---------------------------------------------------------------------------
# The fast paths agree with the full grammar


def _fast_and_full(text: str) -> tuple[object, object]:
    """Both parsers' outcomes for *text* (year 2023), with the fast paths and without."""
    target = fast_and_full(parse_target, text, 2023)
    value = fast_and_full(parse_value, text, 2023)
    return (target[0], value[0]), (target[1], value[1])


@given(st.one_of(cell_text, st.sampled_from(["年度预算220万元", "满意度≥90%", "5次以上"])))
@example("不少于3次")
@example("2023.07")
@example("=0或全覆盖")
def test_fast_paths_agree_with_full_grammar(text: str) -> None:
    fast, full = _fast_and_full(text)
    assert fast == full


# Cells at the edges of the shortcut taken on the raw text, before normalisation.
RAW_SHORTCUT_EDGES = [
    "２０２３.０７",  # full-width digits: normalised to a month first
    "１２",
    "2023.07",
    "5m2",  # m2 is rewritten to 平方米
    "5 人",
    "≥200余人",
    "200余",
    "600余人",
    "20年",
    "2023年",
    "1次/月",
    "1次/月底",
    "100%达标",
    "100万元覆盖",
    "5次以上",
    "≥80.00(%)",
    "≥80.00(万元)",
    "3高于",
    "3不低于",
    "1,000",
    "1,00",
    "=2..0",
    "≧95%",
    ">=95%",
    "95％",
    "10日前",
]


@pytest.mark.parametrize("text", RAW_SHORTCUT_EDGES)
def test_raw_shortcut_agrees_with_full_grammar(text: str) -> None:
    fast, full = _fast_and_full(text)
    assert fast == full


def test_no_word_reaches_the_raw_shortcut() -> None:
    """The shortcut runs before the word tables: no word may look like a number."""
    words = [*NOT_APPLICABLE, *STATUS_WORDS, *(w for f in FAMILIES.values() for w in f.words)]
    assert [word for word in words if _grammar._raw_simple(word) is not None] == []


# ---------------------------------------------------------------------------
# Linear time (§5): a 100,000-character cell parses well under a second of CPU time
# (process time, not wall time: the machines running the suite are shared, and a
# quadratic walk over 100,000 characters costs minutes, not a second)

LONG_CELLS = [
    "覆盖园区党组织" * 15_000,
    "1" * 100_000,
    "≥" + "9" * 100_000,
    "2023年" * 20_000,
    "(" * 100_000,
    ")" * 100_000,
    "1." * 50_000,
    "1," * 50_000,
    "≥80.00(%)" * 11_000,
    "一" * 100_000,
    "十二月" * 33_000,
    "满意度" * 33_000 + "≥90%",
    "或".join(["≥90%"] * 20_000),
    "1" + "次" * 100_000,
    " 1 " * 33_000,
    "1-" * 50_000,
    "1、" * 50_000,  # list markers: one is dropped, never one after another
    "(1)" * 33_000,
    # read12: angle brackets, letters and spaces among digits
    "〈" + " " * 100_000 + "x",
    "〈1" * 50_000,
    "《1》" * 33_000,
    "1" + "O" * 100_000 + "x",
    "1 " * 50_000 + "x",
    "2处已完工," * 10_000,
]


@pytest.mark.parametrize("cell", LONG_CELLS, ids=lambda cell: f"{cell[:6]}…{len(cell)}")
def test_long_cells_parse_in_linear_time(cell: str) -> None:
    for parse in (parse_target, parse_value):
        start = time.process_time()
        with contextlib.suppress(ExpressionError):
            parse(cell)
        assert time.process_time() - start < 1.0


@given(st.text(alphabet=CELL_ALPHABET, min_size=1, max_size=5))
def test_repeated_pieces_parse_in_linear_time(piece: str) -> None:
    cell = piece * (20_000 // len(piece))
    start = time.process_time()
    with contextlib.suppress(ExpressionError):
        parse_target(cell)
    parse_value(cell)
    assert time.process_time() - start < 1.0
