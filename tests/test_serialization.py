"""JSON for targets, values and tables (expressions.md §6, json.md)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import perftrack
from perftrack import (
    BudgetLine,
    BudgetRole,
    Finding,
    Indicator,
    Judgement,
    Likelihood,
    OverallGoal,
    Period,
    Position,
    Project,
    Published,
    Severity,
    Source,
    Table,
    TableKind,
    Target,
    Value,
    Where,
    YearMonth,
    from_json,
    parse_target,
    parse_value,
    to_json,
)

SEED_CELLS = Path(__file__).resolve().parent.parent / "examples" / "seed-cells.txt"
SEED_FILE = SEED_CELLS.parent / "000_7a0b2a9980fedb64.txt"

# The objects of expressions.md §6, exactly (extra fields are allowed; these must match).
SPEC_EXAMPLES = [
    pytest.param(
        "target",
        "≥80.00(%)",
        {
            "text": "≥80.00(%)",
            "kind": "comparison",
            "op": ">=",
            "value": "80.00",
            "unit": "%",
            "label": None,
        },
        id="comparison",
    ),
    pytest.param(
        "target",
        "90%-95%",
        {"text": "90%-95%", "kind": "range", "low": "90", "high": "95", "unit": "%"},
        id="range",
    ),
    pytest.param(
        "target",
        "2023年12月前完成",
        {
            "text": "2023年12月前完成",
            "kind": "deadline",
            "due": "2023-12-31",
            "year": 2023,
            "month": 12,
            "day": None,
            "part": "month",
            "strict": True,
        },
        id="deadline",
    ),
    pytest.param(
        "target",
        "2023.07-2024.01",
        {"text": "2023.07-2024.01", "kind": "period", "start": "2023-07-01", "end": "2024-01-31"},
        id="period",
    ),
    pytest.param(
        "target",
        "准确",
        {
            "text": "准确",
            "kind": "qualitative",
            "word": "准确",
            "family": "accuracy",
            "minimum": None,
        },
        id="qualitative-target",
    ),
    pytest.param(
        "target",
        "覆盖园区“两新”党组织",
        {"text": "覆盖园区“两新”党组织", "kind": "descriptive", "recurring": False},
        id="descriptive",
    ),
    pytest.param(
        "value",
        "200余人",
        {
            "text": "200余人",
            "kind": "quantity",
            "value": "200",
            "unit": "人",
            "bound": "more_than",
            "label": None,
            "status": None,
        },
        id="quantity",
    ),
    pytest.param(
        "value",
        "手续办理中",
        {"text": "手续办理中", "kind": "status", "status": "in_progress"},
        id="status",
    ),
    pytest.param(
        "value",
        "基本健全",
        {
            "text": "基本健全",
            "kind": "qualitative",
            "word": "健全",
            "family": "soundness",
            "partial": True,
            "negated": False,
        },
        id="qualitative-value",
    ),
    pytest.param(
        "value",
        "2023年10月",
        {
            "text": "2023年10月",
            "kind": "date",
            "year": 2023,
            "month": 10,
            "day": None,
            "status": None,
        },
        id="date",
    ),
    pytest.param(
        "value", "不适用", {"text": "不适用", "kind": "not_applicable"}, id="not-applicable"
    ),
    pytest.param(
        "value",
        "项目以中标单价实施",
        {"text": "项目以中标单价实施", "kind": "text"},
        id="text",
    ),
]


def _parse(role: str, text: str) -> Target | Value:
    return parse_target(text) if role == "target" else parse_value(text)


@pytest.mark.parametrize(("role", "text", "expected"), SPEC_EXAMPLES)
def test_json_matches_the_spec(role: str, text: str, expected: dict[str, object]) -> None:
    data = json.loads(to_json(_parse(role, text)))
    assert {key: data[key] for key in expected} == expected


def test_any_of_json_holds_its_options() -> None:
    data = json.loads(to_json(parse_target("不低于90%或比2023年提升不低于15个百分点")))
    assert data["kind"] == "any_of"
    assert [option["kind"] for option in data["options"]] == ["comparison", "descriptive"]
    assert data["options"][0]["op"] == ">="


def test_json_keeps_chinese_unescaped() -> None:
    assert "准确" in to_json(parse_target("准确"))
    assert "\\u" not in to_json(parse_target("准确"))


@pytest.mark.parametrize("index", range(72))
def test_seed_cells_round_trip_through_json(index: int) -> None:
    cell = SEED_CELLS.read_text(encoding="utf-8").splitlines()[index]
    parsed = parse_target(cell, year=2023) if index % 3 == 0 else parse_value(cell, year=2023)
    back = from_json(to_json(parsed), type(parsed))
    assert back == parsed
    assert str(back) == str(parsed)
    assert back.text == parsed.text


def test_a_list_gives_one_array_and_comes_back() -> None:
    items = [parse_target("≥80.00(%)"), parse_value("开展中"), parse_value("基本健全")]
    text = to_json(items)
    assert text.lstrip().startswith("[")
    assert from_json(text) == items


def test_from_json_reads_target_and_value_unions() -> None:
    assert from_json(to_json(parse_target("合格")), Target) == parse_target("合格")
    assert from_json(to_json(parse_value("不合格")), Value) == parse_value("不合格")
    floor = parse_value("良好以上")
    assert json.loads(to_json(floor))["minimum"] == "良好"
    assert from_json(to_json(floor), Value) == floor


PIECES = ["≥", "=", "%", "次", "万元", "年", "月", "前", "底", "以上", "余", "约", "或", "至少",
          "两", "2023", "12", "30", ".", "-", "(", ")", "合格", "及时", "基本", "不", "已", "完成",
          "开展中", "上半年", "满意度", "覆盖", "0", "5", "80.00"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join))
def test_any_parsed_value_round_trips_through_json(text: str) -> None:
    value = parse_value(text, year=2023)
    assert from_json(to_json(value), Value) == value


# ---------------------------------------------------------------------------
# Tables


def _table() -> Table:
    where = Position("跟踪表.xlsx", "Sheet1", 17, 5)
    return Table(
        TableKind.TRACKING,
        "财政项目支出绩效跟踪表",
        Source("跟踪表.xlsx", "Sheet1", 0, "ab" * 32),
        Project(
            "社区党群服务中心工作", "上海市莘庄工业区(汇总)", "上海市莘庄工业区社区党群服务中心"
        ),
        Period(YearMonth(2023, 1), YearMonth(2023, 8), text="跟踪时段：（ 2023-1月 至 2023-8月 ）"),
        "万元",
        (
            BudgetLine(
                BudgetRole.TOTAL,
                "年度资金总额",
                Decimal("373.45"),
                Decimal("383.45"),
                Decimal("83.47"),
                Decimal("21.76"),
                position=Position("跟踪表.xlsx", "Sheet1", 9, 2),
            ),
        ),
        OverallGoal("通过项目的整体实施执行…", "已完成1次区域化联席会议的开展…"),
        (
            Indicator(
                "居委党群服务站建设",
                "产出指标",
                "数量指标",
                raw_name="居委党群服务站建设",
                target=parse_target("=5.00(个)"),
                planned=parse_value("1.00"),
                actual=parse_value("1.00"),
                position=where,
                cells=(("target", where),),
            ),
            Indicator(
                "党群之家升级改造",
                "产出指标",
                "时效指标",
                target=parse_target("2023年底前完成"),
                planned=parse_value("办理施工许可证,做好开工准备"),
                actual=parse_value("手续办理中"),
                deviation_reason="因施工许可证还未办出来,开工延期",
                likelihood=Likelihood.POSSIBLE,
                likelihood_text="有可能",
                weight=Decimal(10),
            ),
        ),
        Judgement("有可能完成", Likelihood.POSSIBLE, "确定能完成", Likelihood.CERTAIN),
        "因党群服务中心升级改造项目办理施工许可证延期…",
        Published(Decimal("96.30"), "优"),
        None,
        (
            Finding(
                "layout-normalised",
                Severity.INFO,
                "行已对齐表头",
                Where(indicator=1, name="党群之家升级改造", row=52, column=3, cell="C52"),
            ),
        ),
    )


def test_table_round_trips_through_json() -> None:
    table = _table()
    back = from_json(to_json(table), Table)
    assert back == table
    assert back.indicators[0].position == table.indicators[0].position
    assert back.budget[0].position == table.budget[0].position


def test_table_json_is_the_document_of_json_md() -> None:
    document = json.loads(to_json(_table()))
    assert document["schema"] == "perftrack/1"
    assert document["generator"]["name"] == "perftrack"
    assert document["errors"] == []
    table = document["tables"][0]
    assert table["kind"] == "tracking"
    assert table["period"] == {
        "start": "2023-01",
        "end": "2023-08",
        "text": "跟踪时段：（ 2023-1月 至 2023-8月 ）",
    }
    assert table["budget"][0]["line"] == "total"
    assert table["budget"][0]["initial"] == "373.45"
    assert table["budget"][0]["cell"] == "B9"
    indicator = table["indicators"][0]
    assert list(indicator)[:3] == ["level1", "level2", "name"]
    assert indicator["cell"] == "E17"
    assert indicator["target"]["value"] == "5.00"
    assert table["indicators"][1]["likelihood"] == "possible"
    assert table["judgement"]["goal_likelihood"] == "certain"
    assert table["published"] == {"total": "96.30", "grade": "优"}
    assert table["findings"][0]["severity"] == "info"
    assert table["findings"][0]["where"]["cell"] == "C52"


def test_several_tables_give_one_document() -> None:
    tables = (_table(), _table())
    document = json.loads(to_json(list(tables)))
    assert len(document["tables"]) == 2
    assert from_json(to_json(list(tables))) == tables


def test_documents_of_another_schema_or_broken_ones_are_read_errors() -> None:
    tables = perftrack.read(SEED_FILE)
    data = json.loads(perftrack.to_json(tables))
    with pytest.raises(perftrack.ReadError, match="不是 perftrack/1 文档"):
        perftrack.from_json(json.dumps({**data, "schema": "perftrack/2"}))
    del data["tables"][0]["kind"]
    with pytest.raises(perftrack.ReadError, match="文档不完整或有误"):
        perftrack.from_json(json.dumps(data))


def test_a_score_document_gives_scorecards_for_any_sequence_kind() -> None:
    cards = [perftrack.score(table) for table in perftrack.read(SEED_FILE)]
    text = perftrack.to_json(cards)
    assert perftrack.from_json(text) == tuple(cards)
    assert perftrack.from_json(text, list) == cards
    assert perftrack.from_json(text, tuple) == tuple(cards)


def test_scorecards_of_different_policies_cannot_share_a_document() -> None:
    """The document names one policy and from_json scores with it: mixing would lie."""
    first, second = perftrack.read(SEED_FILE)
    cards = [perftrack.score(first), perftrack.score(second, policy=perftrack.Policy.hubei())]
    with pytest.raises(ValueError, match="different policies"):
        perftrack.to_json(cards)
    same = [perftrack.score(first), perftrack.score(second)]
    assert perftrack.from_json(perftrack.to_json(same)) == tuple(same)


@pytest.mark.parametrize(
    ("cell", "position"),
    [("C7", (7, 3)), ("AA12", (12, 27)), ("ZZ0", None), ("C07", None), ("c7", None)],
)
def test_a_cell_reference_is_a_position_only_when_it_names_a_cell(
    cell: str, position: tuple[int, int] | None
) -> None:
    from perftrack.serialization import _from_a1  # noqa: PLC0415 - the private reader

    found = _from_a1(cell, "表.xlsx", "Sheet1")
    assert (None if found is None else (found.row, found.column)) == position
