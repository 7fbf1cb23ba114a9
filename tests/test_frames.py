"""DataFrames of indicators, budget lines and findings (perftrack.frames)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import perftrack
from cases.composed_tables import MONITORING, SELF_EVALUATION
from perftrack import (
    Indicator,
    Policy,
    Source,
    Table,
    TableKind,
    parse_target,
    parse_value,
    score,
)
from perftrack.frames import ARROW_DECIMAL, MissingExtraError, to_frame

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


def _composed(rows: list[list[str]]) -> Table:
    (table,) = perftrack.read_text("\n".join("\t".join(row) for row in rows), format="text")
    return table


@pytest.fixture(scope="module")
def tables() -> tuple[Table, ...]:
    return perftrack.read(SEED)


@pytest.fixture(scope="module")
def cards(tables):
    return [score(table) for table in tables]


IDS = ["file", "sheet", "table"]
ATTAINMENTS = ["met", "partial", "pending", "not_met", "unknown", "not_applicable"]
PROGRESS = ["on_track", "behind", "unknown", "not_applicable"]


# ---------------------------------------------------------------------------
# Columns and dtypes


def test_indicator_columns_start_with_the_ids(cards):
    df = to_frame(cards)
    assert list(df.columns[:6]) == [*IDS, "indicator", "table_kind", "project"]
    for column in (
        "level1",
        "level2",
        "name",
        "target",
        "target_kind",
        "target_value",
        "planned",
        "actual",
        "actual_kind",
        "actual_value",
        "forecast",
        "attainment",
        "progress",
        "explanation",
        "due",
        "points",
    ):
        assert column in df.columns


def test_columns_do_not_depend_on_the_input(tables, cards):
    for kind in ("indicators", "budget", "findings"):
        scored = to_frame(cards, kind=kind)
        plain = to_frame(tables, kind=kind)
        empty = to_frame([], kind=kind)
        assert list(scored.columns) == list(plain.columns) == list(empty.columns)
        assert scored.dtypes.to_dict() == empty.dtypes.to_dict()
        assert len(empty) == 0


def test_budget_and_findings_ids(cards):
    budget = to_frame(cards, kind="budget")
    assert list(budget.columns[:4]) == [*IDS, "line"]
    findings = to_frame(cards, kind="findings")
    assert list(findings.columns[:4]) == [*IDS, "finding"]


def test_dtypes(cards):
    df = to_frame(cards)
    assert df["table"].dtype == "int64"
    assert df["indicator"].dtype == "int64"
    assert df["core"].dtype == bool
    assert df["target_value"].dtype == object
    assert df["due"].dtype == "datetime64[s]"
    assert df["target_due"].dtype == "datetime64[s]"
    for column in ("file", "sheet", "name", "target", "actual", "explanation"):
        assert isinstance(df[column].dtype, pd.StringDtype), column
    for column in ("attainment", "progress", "level1", "level2", "target_kind", "actual_kind"):
        assert isinstance(df[column].dtype, pd.CategoricalDtype), column
    findings = to_frame(cards, kind="findings")
    assert findings["row"].dtype == "Int64"
    assert findings["indicator"].dtype == "Int64"


def test_verdicts_are_categoricals_with_every_category(cards):
    df = to_frame(cards)
    assert list(df["attainment"].cat.categories) == ATTAINMENTS
    assert list(df["progress"].cat.categories) == PROGRESS
    assert not df["attainment"].cat.ordered
    counts = df["attainment"].value_counts(sort=False)
    assert list(counts.index) == ATTAINMENTS  # unseen categories are counted as 0
    assert counts["met"] == 19
    assert counts["pending"] == 5
    assert counts["not_applicable"] == 0
    assert df["attainment"].tolist()[:3] == ["met", "met", "pending"]


def test_other_categoricals(cards):
    df = to_frame(cards)
    assert list(df["level1"].cat.categories) == ["产出指标", "效益指标", "满意度指标", "成本指标"]
    assert list(df["level2"].cat.categories)[:4] == ["数量指标", "质量指标", "时效指标", "成本指标"]
    assert list(df["table_kind"].cat.categories) == ["tracking", "self_evaluation", "target"]
    assert list(df["target_op"].cat.categories) == ["=", ">=", "<=", ">", "<"]
    assert set(df["target_kind"].dropna()) == {
        "comparison",
        "qualitative",
        "deadline",
        "descriptive",
    }
    findings = to_frame(cards, kind="findings")
    assert list(findings["severity"].cat.categories) == ["error", "warning", "info"]
    assert list(findings["stage"].cat.categories) == ["read", "score"]
    budget = to_frame(cards, kind="budget")
    assert list(budget["role"].cat.categories) == [
        "total",
        "appropriation",
        "carried_over",
        "other",
        "use",
    ]


def test_labels_outside_the_framework_are_kept_as_extra_categories():
    table = Table(
        TableKind.TRACKING,
        indicators=(
            Indicator("甲", level1="其他指标", level2="自定义指标"),
            Indicator("乙", level1="产出指标", level2="数量指标"),
        ),
    )
    df = to_frame(table)
    assert df["level1"].tolist() == ["其他指标", "产出指标"]
    assert list(df["level1"].cat.categories)[-1] == "其他指标"
    assert list(df["level2"].cat.categories)[-1] == "自定义指标"


# ---------------------------------------------------------------------------
# Values


def test_decimals_are_decimal_objects_by_default(cards):
    df = to_frame(cards)
    row = df.iloc[12]  # 居委党群服务站建设 =5.00(个), planned and actual 1.00
    assert row["name"] == "居委党群服务站建设"
    assert row["target"] == "=5.00(个)"
    assert row["target_kind"] == "comparison"
    assert row["target_op"] == "="
    assert row["target_unit"] == "个"
    assert isinstance(row["target_value"], Decimal)
    assert str(row["target_value"]) == "5.00"  # digits as printed
    assert row["actual_value"] == Decimal("1.00")
    assert row["planned_kind"] == "quantity"
    assert row["target_low"] is None
    assert row["forecast"] is pd.NA
    assert row["attainment"] == "pending"
    assert row["due"] == pd.Timestamp("2023-12-31")
    assert row["direction_judged"] == "higher"


def test_parsed_kinds_of_text_cells(cards):
    df = to_frame(cards).set_index(["table", "indicator"])
    deadline = df.loc[(1, 8)]
    assert deadline["target"] == "2023年底前完成"
    assert deadline["target_kind"] == "deadline"
    assert deadline["target_due"] == pd.Timestamp("2023-12-31")
    assert deadline["target_value"] is None
    assert deadline["actual"] == "手续办理中"
    assert deadline["actual_kind"] == "status"
    assert deadline["actual_status"] == "in_progress"
    assert deadline["actual_value"] is None
    assert deadline["progress"] == "behind"
    qualitative = df.loc[(0, 3)]
    assert (qualitative["target_kind"], qualitative["actual_kind"]) == (
        "qualitative",
        "qualitative",
    )


def test_range_targets_give_low_and_high():
    table = Table(
        TableKind.TRACKING,
        indicators=(
            Indicator("满意度", target=parse_target("90%-95%"), actual=parse_value("93%")),
        ),
    )
    row = to_frame(table).iloc[0]
    assert (row["target_low"], row["target_high"]) == (Decimal(90), Decimal(95))
    assert row["target_value"] is None
    assert pd.isna(row["target_op"])
    assert row["actual_unit"] == "%"


def test_pyarrow_decimals(cards):
    df = to_frame(cards, decimals="pyarrow")
    dtype = pd.ArrowDtype(pa.decimal128(*ARROW_DECIMAL))
    assert ARROW_DECIMAL == (38, 10)
    for column in ("target_value", "target_low", "actual_value", "weight", "points"):
        assert df[column].dtype == dtype, column
    assert df["target_value"].iloc[12] == Decimal(5)
    assert df["target_low"].isna().all()
    budget = to_frame(cards, kind="budget", decimals="pyarrow")
    assert budget["executed"].dtype == dtype
    # 50.37 / 74.88 × 100 = 67.267628205128…: ten places, half up.
    assert budget["rate_recomputed"].iloc[0] == Decimal("67.2676282051")
    assert budget["time_progress"].iloc[0] == Decimal("66.6666666667")
    assert budget["executed"].sum() == Decimal("267.68")  # arithmetic stays decimal
    # Everything else is the same as with Decimal objects.
    plain = to_frame(cards, kind="budget")
    assert budget.drop(columns=budget.columns[budget.dtypes == dtype]).equals(
        plain.drop(columns=budget.columns[budget.dtypes == dtype])
    )


def test_pyarrow_decimals_refuse_numbers_too_large():
    table = Table(
        TableKind.TRACKING,
        indicators=(Indicator("巨额", target=parse_target(f"≥{'9' * 30}")),),
    )
    assert to_frame(table)["target_value"][0] == Decimal("9" * 30)
    with pytest.raises(ValueError, match="decimal128"):
        to_frame(table, decimals="pyarrow")


# ---------------------------------------------------------------------------
# Ids and several tables


def test_ids_are_stable_and_unique(cards):
    first = to_frame(cards)
    again = to_frame([score(table) for table in perftrack.read(SEED)])
    ids = [*IDS, "indicator"]
    assert first[ids].equals(again[ids])
    assert not first.duplicated(subset=ids).any()
    assert first["file"].unique().tolist() == [str(SEED)]
    assert first.groupby("table").size().to_dict() == {0: 12, 1: 12}
    assert first["indicator"].tolist() == list(range(12)) * 2


def test_ids_follow_the_source_not_the_position_in_the_input(tables):
    reversed_frame = to_frame(list(reversed(tables)))
    assert reversed_frame["table"].tolist()[:1] == [1]
    single = to_frame(tables[1])
    assert set(single["table"]) == {1}
    moved = Table(
        TableKind.TRACKING, source=Source("b.xlsx", "Sheet2", 3), indicators=(Indicator("x"),)
    )
    row = to_frame(moved).iloc[0]
    assert (row["file"], row["sheet"], row["table"], row["indicator"]) == ("b.xlsx", "Sheet2", 3, 0)


def test_several_tables_of_every_kind_and_mixed_input(cards):
    self_evaluation = score(_composed(SELF_EVALUATION))
    monitoring = score(_composed(MONITORING))
    mixed = [*cards, self_evaluation, monitoring.table]
    # two tables composed in memory, no file name: their ids collide, and to_frame says so
    with pytest.warns(UserWarning, match="没有文件名"):
        df = to_frame(mixed)
    assert len(df) == 24 + len(self_evaluation.table.indicators) + len(monitoring.table.indicators)
    assert set(df["table_kind"]) == {"tracking", "self_evaluation"}
    last = df[df["project"] == monitoring.table.project.name]
    assert last["attainment"].isna().all()  # a plain table has no verdicts
    assert last["forecast_kind"].eq("quantity").any()
    assert last["likelihood"].notna().all()
    evaluated = df[df["table_kind"] == "self_evaluation"]
    assert evaluated["points"].notna().all()
    assert evaluated["points"].iloc[0] == Decimal("19.60")
    assert evaluated["points_weight"].iloc[0] == Decimal(20)
    assert evaluated["published_points"].iloc[0] == Decimal("19.6")
    assert evaluated["core"].tolist()[:2] == [False, True]
    assert evaluated["level1"].tolist().count("成本指标") == 1


def test_budget_frame(cards):
    budget = to_frame(cards, kind="budget")
    assert len(budget) == 8
    total = budget.iloc[0]
    assert total["role"] == "total"
    assert total["source"] == "年度资金总额"
    assert total["unit"] == "万元"
    assert (total["initial"], total["period_budget"], total["executed"], total["rate"]) == (
        Decimal("84.88"),
        Decimal("74.88"),
        Decimal("50.37"),
        Decimal("67.26"),
    )
    assert total["rate_recomputed"] == Decimal("50.37") / Decimal("74.88") * 100
    assert total["denominator"] == "period_budget"
    assert total["cell"] == "B10"
    assert budget["line"].tolist() == [0, 1, 2, 3, 0, 1, 2, 3]


def test_budget_points_of_a_self_evaluation():
    card = score(_composed(SELF_EVALUATION))
    budget = to_frame(card, kind="budget")
    assert budget["role"].tolist() == ["total", "appropriation", "carried_over", "other"]
    assert budget["points"].tolist()[0] is not None
    assert budget["points"].tolist()[1:] == [None, None, None]
    assert budget["points_weight"][0] == Decimal(10)


def test_findings_frame(cards):
    findings = to_frame(cards, kind="findings")
    assert len(findings) == sum(len(card.findings) for card in cards)
    first = findings.iloc[0]
    assert first["id"] == "category-normalised"
    assert first["stage"] == "read"
    assert (first["indicator"], first["row"], first["column"], first["cell"]) == (6, 23, 2, "B23")
    assert first["name"] == "两新党支部书记津贴发放及时性"
    behind = findings[findings["id"] == "budget-behind-schedule"].iloc[0]
    assert behind["stage"] == "score"
    assert behind["severity"] == "warning"
    assert behind["budget_line"] == "total"
    assert pd.isna(behind["indicator"])
    by_table = findings.groupby("table").size().to_dict()
    assert by_table == {index: len(card.findings) for index, card in enumerate(cards)}
    assert findings.groupby("table")["finding"].apply(list).tolist() == [
        list(range(len(card.findings))) for card in cards
    ]


def test_findings_of_plain_tables_are_the_reading_findings(tables):
    findings = to_frame(tables, kind="findings")
    assert len(findings) == sum(len(table.findings) for table in tables)
    assert set(findings["stage"]) == {"read"}


# ---------------------------------------------------------------------------
# Errors and optional dependency


def test_pandas_missing_is_a_clear_error(monkeypatch, cards):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'perftrack\[pandas\]'") as caught:
        to_frame(cards)
    assert isinstance(caught.value, perftrack.PerftrackError)
    assert isinstance(caught.value, ImportError)
    assert (caught.value.module, caught.value.extra) == ("pandas", "pandas")


def test_pyarrow_missing_is_a_clear_error(monkeypatch, cards):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match="pyarrow"):
        to_frame(cards, decimals="pyarrow")


def test_bad_arguments(cards):
    with pytest.raises(ValueError, match="kind must be one of indicators, budget, findings, notes"):
        to_frame(cards, kind="verdicts")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="decimals"):
        to_frame(cards, decimals="float")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        to_frame("examples/000_7a0b2a9980fedb64.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        to_frame([cards[0], 3])  # type: ignore[list-item]


def test_importing_perftrack_does_not_import_pandas():
    code = (
        "import sys, perftrack, perftrack.frames, perftrack.schema\n"
        "t = perftrack.read('examples/000_7a0b2a9980fedb64.txt')[0]\n"
        "perftrack.score(t)._repr_html_()\n"
        "print(sorted(n for n in ('pandas', 'pyarrow', 'numpy') if n in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=SEED.parent.parent,
    )
    assert result.stdout.strip() == "[]"


def test_date_columns_hold_dates():
    table = Table(
        TableKind.TRACKING,
        indicators=(
            Indicator(
                "完成时间",
                target=parse_target("2023年11月底前"),
                actual=parse_value("2023年10月"),
            ),
        ),
    )
    card = score(table, policy=Policy(as_of=dt.date(2023, 12, 31)))
    row = to_frame(card).iloc[0]
    assert row["target_due"] == pd.Timestamp("2023-11-30")
    assert row["due"] == pd.Timestamp("2023-11-30")
    assert row["actual_kind"] == "date"
    assert row["attainment"] == "met"
