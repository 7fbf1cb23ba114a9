"""regress27 problems 1-5: the 指标值及单位 header, =100.00(%) in a script's xlsx,
an actual restating a target without its unit, a shifted row named like a figure, 无
against a share.

Every table is built here: TSV text written in this file, workbooks with openpyxl
(``fixtures_office.xlsx_bytes``: a string that starts with ``=`` is stored as a
formula without a cached result, as a script writes it).
"""

from __future__ import annotations

import pytest

import perftrack
from fixtures_office import xlsx_bytes
from perftrack import Policy, parse_target, parse_value, score
from perftrack.readers._xlsx import read_xlsx
from scoring_builders import indicator, self_evaluation_table


def _tsv(*rows: tuple[str, ...]) -> bytes:
    return "\n".join("\t".join(row) for row in rows).encode("utf-8")


def _pairs(table: perftrack.Table) -> list[tuple[str, object, object]]:
    return [(i.name, i.target, i.actual) for i in table.indicators]


def _expected(name: str, target: str, actual: str | None) -> tuple[str, object, object]:
    return (name, parse_target(target), None if actual is None else parse_value(actual))


# --- 1: 指标值及单位 (domain.md §3) is the target column -----------------------------

_TARGET_ROWS = (
    ("产出指标", "数量指标", "培训人次", "≥100人次"),
    ("", "质量指标", "培训合格率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
)
_TARGETS = [
    _expected("培训人次", "≥100人次", None),
    _expected("培训合格率", "≥95%", None),
    _expected("学员满意度", "≥90%", None),
]


@pytest.mark.parametrize(
    ("header", "weights"),
    [
        pytest.param("指标值及单位", True, id="with-weights"),
        pytest.param("指标值及单位", False, id="without-weights"),
        pytest.param("指标值及计量单位", True, id="ji-jiliang-danwei"),
        pytest.param("指标值和单位", False, id="he-danwei"),
        pytest.param("目标值及单位", False, id="mubiaozhi"),
        pytest.param("年度指标值及单位", True, id="niandu"),
    ],
)
def test_a_target_with_its_unit_header_is_the_target_column(header: str, weights: bool) -> None:  # noqa: FBT001
    head = ("一级指标", "二级指标", "三级指标", header, *(("权重",) if weights else ()))
    rows = [(*row, *(("20",) if weights else ())) for row in _TARGET_ROWS]
    data = _tsv(("2025年项目支出绩效目标申报表",), ("项目名称", "示例项目"), head, *rows)
    [table] = perftrack.read(data)
    assert (table.kind.value, _pairs(table)) == ("target", _TARGETS)
    assert [f.id for f in table.findings if f.id.startswith("missing-target")] == []


def test_a_self_evaluation_with_value_and_unit_headers() -> None:
    data = _tsv(
        ("2024年项目支出绩效自评表",),
        (
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值及单位",
            "实际完成值及单位",
            "分值",
            "得分",
        ),
        ("产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"),
        ("效益指标", "社会效益指标", "培训合格率", "≥95%", "96%", "50", "50"),
    )
    [table] = perftrack.read(data)
    assert _pairs(table) == [
        _expected("培训人次", "≥100人次", "120人次"),
        _expected("培训合格率", "≥95%", "96%"),
    ]


# --- 2: text typed after = in a script's xlsx ------------------------------------------


@pytest.mark.parametrize(
    ("typed", "text", "formula"),
    [
        # the central template's targets: typed text, the value language's = operator
        pytest.param("=100.00(%)", "=100.00(%)", False, id="percent-in-brackets"),
        pytest.param("=5.00(个)", "=5.00(个)", False, id="count-in-brackets"),
        pytest.param("=2.00(次)", "=2.00(次)", False, id="times-in-brackets"),
        pytest.param("=2.00(km)", "=2.00(km)", False, id="ascii-unit-in-brackets"),
        pytest.param("=5km", "=5km", False, id="ascii-unit-letters"),
        pytest.param("=-3.5(%)", "=-3.5(%)", False, id="negative"),
        pytest.param("=100%", "=100%", False, id="bare-percent"),
        # real formulas: never computed, empty and said
        pytest.param("=SUM(B2:B5)", "", True, id="sum"),
        pytest.param("=B3/C3", "", True, id="division-of-references"),
        pytest.param("=ROUND(E5/12*10,2)", "", True, id="round"),
        pytest.param("=100*(B3/C3)", "", True, id="figure-times-bracket"),
        pytest.param("=1E5", "", True, id="exponent"),
        pytest.param("=100/3", "", True, id="constant-arithmetic"),
    ],
)
def test_text_typed_after_an_equals_sign(typed: str, text: str, formula: bool) -> None:  # noqa: FBT001
    [sheet] = read_xlsx(xlsx_bytes({"表1": [["指标", "值"], ["验收合格率", typed]]}))
    assert (sheet.rows[1][1], sheet.formulas) == (
        text,
        frozenset({(2, 2)}) if formula else frozenset(),
    )


def test_an_equality_percent_target_is_scored_not_missing() -> None:
    data = xlsx_bytes(
        {
            "Sheet": [
                ["2023年度项目支出绩效自评表"],
                ["项目名称", "示例项目"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "服务站建设数量", "=5.00(个)", "5", 50, 50],
                [None, "质量指标", "建设合格率", "=100.00(%)", "100%", 50, 50],
            ]
        }
    )
    [table] = perftrack.read(data)
    card = score(table, policy=Policy.central())
    assert [str(i.target) for i in table.indicators] == ["=5.00(个)", "=100.00(%)"]
    assert [(v.name, v.attainment.value) for v in card.verdicts] == [
        ("服务站建设数量", "met"),
        ("建设合格率", "met"),
    ]
    ids = {f.id for f in (*table.findings, *card.findings)}
    assert ids.isdisjoint({"missing-target", "formula-without-result"})


# --- 3: an actual restating a target that omits its unit -------------------------------

RESTATED = [
    # the target omits its unit: the actual copies it with the row's unit
    pytest.param("平台接入事项数", "=61", "≥61项", "met", "actual-copies-target", id="eq-no-unit"),
    pytest.param(
        "受益学生人数", "5165", "≥5165人", "met", "actual-copies-target", id="bare-no-unit"
    ),
    # as before: the target's unit, or none on either side
    pytest.param(
        "图书借阅量", "=33.6万册次", "≥33.6万册次", "met", "actual-copies-target", id="same-unit"
    ),
    pytest.param(
        "平台接入事项数", "=61", "≥61", "met", "actual-copies-target", id="no-unit-either"
    ),
    # another figure, or another unit written in the target: a target's form, no result
    pytest.param(
        "平台接入事项数", "=61", "≥70项", "unknown", "actual-is-target-form", id="other-figure"
    ),
    pytest.param(
        "平台接入事项数", "=61个", "≥61项", "unknown", "actual-is-target-form", id="other-unit"
    ),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "finding"), RESTATED)
def test_an_actual_restating_a_target_without_its_unit(
    name: str, target: str, actual: str, attainment: str, finding: str
) -> None:
    row = indicator(name=name, target=target, actual=actual, weight=20, points=20, year=2023)
    card = score(self_evaluation_table([row], year=2023))
    assert card.verdicts[0].attainment.value == attainment, card.verdicts[0].explanation
    said = [
        f.id for f in card.findings if f.id in ("actual-copies-target", "actual-is-target-form")
    ]
    assert said == [finding]


# --- 5: 无 against a share --------------------------------------------------------------

NONE_AGAINST_A_SHARE = [
    pytest.param(
        "政务服务事项网上可办率",
        "≥97%",
        "unknown",
        "实际填写“无”，未填报比例，不能按0%与年度指标≥97%比较，需人工判断",
        id="share-floor",
    ),
    pytest.param(
        "投诉处理率",
        "=100%",
        "unknown",
        "实际填写“无”，未填报比例，不能按0%与年度指标=100%比较，需人工判断",
        id="harm-handled",
    ),
    pytest.param(
        "项目验收合格率",
        "90%-100%",
        "unknown",
        "实际填写“无”，未填报比例，不能按0%与年度指标90-100%比较，需人工判断",
        id="share-range",
    ),
    # the 无 of incidents is 0, and 0 keeps a ceiling: as before
    pytest.param("安全事故发生率", "≤1%", "met", "实际0%，达到年度指标≤1%", id="incident-ceiling"),
    pytest.param("预算调整率", "≤5%", "met", "实际0%，达到年度指标≤5%", id="share-ceiling"),
    pytest.param(
        "安全事故发生次数", "≤1起", "met", "实际0起，达到年度指标≤1起", id="incident-count"
    ),
]


@pytest.mark.parametrize(("name", "target", "attainment", "explanation"), NONE_AGAINST_A_SHARE)
def test_none_against_a_share(name: str, target: str, attainment: str, explanation: str) -> None:
    row = indicator(
        name=name, target=target, actual="无", level2="质量指标", weight=50, points=50, year=2023
    )
    card = score(self_evaluation_table([row], year=2023))
    got = card.verdicts[0]
    assert (got.attainment.value, got.explanation) == (attainment, explanation)
    assert "full-points-not-met" not in [f.id for f in card.findings]


# --- 4: a row shifted one column right whose name starts like a figure -----------------

_SELF_HEAD = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因",
)
_FIRST = ("产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50")
_LAST = ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10")


@pytest.mark.parametrize(
    ("shifted", "expected"),
    [
        pytest.param(
            (
                "",
                "效益指标",
                "生态效益指标",
                "PM2.5平均浓度",
                "≤40微克/立方米",
                "38.68微克/立方米",
                "40",
                "40",
            ),
            _expected("PM2.5平均浓度", "≤40微克/立方米", "38.68微克/立方米"),
            id="pm25",
        ),
        pytest.param(
            ("", "效益指标", "社会效益指标", "110接处警及时率", "≥95%", "97%", "40", "40"),
            _expected("110接处警及时率", "≥95%", "97%"),
            id="110",
        ),
        pytest.param(
            (
                "",
                "效益指标",
                "生态效益指标",
                "细颗粒物平均浓度",
                "≤40微克/立方米",
                "38.68微克/立方米",
                "40",
                "40",
            ),
            _expected("细颗粒物平均浓度", "≤40微克/立方米", "38.68微克/立方米"),
            id="prose-name-as-before",
        ),
    ],
)
def test_a_shifted_row_whose_name_starts_like_a_figure(
    shifted: tuple[str, ...], expected: tuple[str, object, object]
) -> None:
    data = _tsv(("2023年度项目支出绩效自评表",), _SELF_HEAD, _FIRST, shifted, _LAST)
    [table] = perftrack.read(data)
    level2 = shifted[2]  # the label before the name
    assert (_pairs(table)[1], table.indicators[1].level2) == (expected, level2)
    said = [(f.id, f.where.cell) for f in table.findings]
    assert said == [("layout-normalised", "D4")]


def test_a_level_two_name_before_its_target_stays_the_name() -> None:
    # 成本指标 after a level 2 of its own, its target beside it: the name, as before
    row = ("产出指标", "成本指标", "成本指标", "≤150万元", "140万元", "40", "40")
    data = _tsv(("2023年度项目支出绩效自评表",), _SELF_HEAD, _FIRST, row, _LAST)
    [table] = perftrack.read(data)
    assert _pairs(table)[1] == _expected("成本指标", "≤150万元", "140万元")


def test_a_shifted_row_of_split_target_columns() -> None:
    data = _tsv(
        ("2023年度项目支出绩效目标表",),
        (
            "一级指标",
            "二级指标",
            "三级指标",
            "指标性质",
            "指标值",
            "度量单位",
            "权重",
            "指标方向性",
        ),
        ("产出指标", "数量指标", "修缮文物保护单位数量", "=", "4", "处", "40", "正向"),
        ("", "效益指标", "生态效益指标", "空气质量优良天数比例", "≥", "75", "%", "30"),
        ("满意度指标", "服务对象满意度指标", "受助对象满意率", "≥", "98", "%", "30", "正向"),
    )
    [table] = perftrack.read(data)
    assert _pairs(table) == [
        _expected("修缮文物保护单位数量", "=4处", None),
        _expected("空气质量优良天数比例", "≥75%", None),
        _expected("受助对象满意率", "≥98%", None),
    ]
    assert [(f.id, f.where.cell) for f in table.findings] == [("layout-normalised", "D4")]
