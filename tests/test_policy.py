"""The policy (scoring.md §8): presets, settings from TOML, word families, and what each knob changes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from perftrack.policy import Policy, PolicyError, Weights
from perftrack.scoring import Attainment, Scorecard, score
from scoring_builders import (
    YEAR,
    budget_line,
    indicator,
    judgement,
    self_evaluation_table,
    tracking_table,
    verdict_of,
)

D = Decimal

# ---------------------------------------------------------------------------
# Presets


def test_central_is_the_default():
    policy = Policy.central()
    assert policy == Policy()
    assert policy.name == "central"
    assert policy.as_of is None
    assert policy.language == "zh"
    assert policy.strict_equality is False
    assert policy.month_before == "end"
    assert policy.exceed_ratio == D("1.2")
    assert policy.schedule_tolerance == 0
    assert policy.year_end_rate == 90
    assert policy.optimism_gap == 20
    assert policy.provisional_points is False
    assert policy.weights == Weights(D(10), D(50), D(30), D(10))
    assert policy.qualitative_bands == ((100, 80), (80, 60), (60, 0))
    assert "准确" in policy.family("accuracy").words


def test_score_without_policy_uses_central():
    table = tracking_table([indicator("a", "≥10个", "5个")])
    assert score(table).policy == Policy.central()


def test_hubei_preset():
    policy = Policy.hubei()
    assert policy.name == "hubei"
    weights = policy.weights
    assert weights.rate == 20
    # 80 in the proportion 50:30:10
    assert weights.output * 90 == pytest.approx(D(80) * 50)
    assert weights.effect * 90 == pytest.approx(D(80) * 30)
    assert weights.satisfaction * 90 == pytest.approx(D(80) * 10)
    assert weights.rate + weights.output + weights.effect + weights.satisfaction == pytest.approx(
        D(100)
    )
    assert policy.qualitative_bands == ((100, 80), (80, 50), (50, 0))
    # everything else is central's
    assert (
        evolve(
            policy, name="central", weights=Weights(), qualitative_bands=Policy().qualitative_bands
        )
        == Policy()
    )


def test_weights_of_level1():
    weights = Weights()
    assert [
        weights.of_level1(name) for name in ("产出指标", "成本指标", "效益指标", "满意度指标", None)
    ] == [
        50,
        50,
        30,
        10,
        0,
    ]


# ---------------------------------------------------------------------------
# from_mapping: every knob


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        pytest.param("as_of", "2023-09-30", dt.date(2023, 9, 30), id="as_of-text"),
        pytest.param("as_of", dt.date(2023, 9, 30), dt.date(2023, 9, 30), id="as_of-toml-date"),
        pytest.param("language", "en", "en", id="language"),
        pytest.param("strict_equality", True, True, id="strict_equality"),
        pytest.param("month_before", "start", "start", id="month_before"),
        pytest.param("exceed_ratio", "1.5", D("1.5"), id="exceed_ratio-text"),
        pytest.param("exceed_ratio", 1.5, D("1.5"), id="exceed_ratio-float"),
        pytest.param("schedule_tolerance", 5, D(5), id="schedule_tolerance"),
        pytest.param("year_end_rate", 85, D(85), id="year_end_rate"),
        pytest.param("optimism_gap", "10", D(10), id="optimism_gap"),
        pytest.param("provisional_points", True, True, id="provisional_points"),
        pytest.param("name", "sichuan", "sichuan", id="name"),
        pytest.param(
            "weights",
            {"rate": 20, "output": "40"},
            Weights(D(20), D(40), D(30), D(10)),
            id="weights-partial",
        ),
        pytest.param(
            "qualitative_bands",
            [[100, 90], [90, "60"], [60, 0]],
            ((D(100), D(90)), (D(90), D(60)), (D(60), D(0))),
            id="qualitative_bands",
        ),
    ],
)
def test_from_mapping_sets_one_knob(key, value, expected):
    policy = Policy.from_mapping({key: value})
    assert getattr(policy, key) == expected
    assert evolve(policy, **{key: getattr(Policy(), key)}) == Policy()


def test_from_mapping_families_extend():
    policy = Policy.from_mapping({"families": {"accuracy": ["无误"], "thrift": ["节约"]}})
    assert policy.family("accuracy").words[-1] == "无误"
    assert policy.family("thrift").words == ("节约",)
    assert policy.family_of("无误") == "accuracy"


def test_from_mapping_preset_then_overrides():
    policy = Policy.from_mapping({"preset": "hubei", "exceed_ratio": "1.5"})
    assert policy.name == "hubei"
    assert policy.weights == Policy.hubei().weights
    assert policy.exceed_ratio == D("1.5")


def test_from_mapping_of_nothing_is_central():
    assert Policy.from_mapping({}) == Policy.central()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        pytest.param("exceed_ratio", "abc", id="decimal-text"),
        pytest.param("schedule_tolerance", [1], id="decimal-list"),
        pytest.param("year_end_rate", True, id="decimal-bool"),
        pytest.param("strict_equality", "yes", id="bool-text"),
        pytest.param("provisional_points", 1, id="bool-int"),
        pytest.param("language", "fr", id="language"),
        pytest.param("month_before", "middle", id="month_before"),
        pytest.param("as_of", "2023-13-01", id="as_of-month-13"),
        pytest.param("as_of", "next week", id="as_of-text"),
        pytest.param("weights", {"output": "x"}, id="weights-value"),
        pytest.param("weights", {"nope": 1}, id="weights-key"),
        pytest.param("weights", 5, id="weights-not-a-table"),
        pytest.param("qualitative_bands", [[1]], id="bands-shape"),
        pytest.param("families", [1, 2], id="families-not-a-table"),
        pytest.param("bogus", 1, id="unknown-key"),
    ],
)
def test_from_mapping_bad_value_names_the_key(key, value):
    with pytest.raises(PolicyError, match=key) as caught:
        Policy.from_mapping({key: value}, source="perftrack.toml")
    assert "perftrack.toml" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_from_mapping_unknown_preset():
    with pytest.raises(PolicyError, match="sichuan") as caught:
        Policy.from_mapping({"preset": "sichuan"})
    assert "预设" in str(caught.value)


def test_from_mapping_rejects_nan():
    with pytest.raises(PolicyError, match="exceed_ratio"):
        Policy.from_mapping({"exceed_ratio": "nan"})


# ---------------------------------------------------------------------------
# load


def test_load_perftrack_toml(tmp_path):
    path = tmp_path / "perftrack.toml"
    path.write_text(
        'preset = "hubei"\n'
        "as_of = 2023-08-31\n"
        'language = "en"\n'
        "strict_equality = true\n"
        "exceed_ratio = 1.5\n"
        "[weights]\n"
        "rate = 25\n"
        "output = 35\n"
        "effect = 30\n"
        "satisfaction = 10\n"
        "[families]\n"
        'accuracy = ["无误"]\n',
        encoding="utf-8",
    )
    policy = Policy.load(path)
    # its own weights are not Hubei's: named after the file (policy35 M2)
    assert policy.name == "perftrack.toml"
    assert policy.as_of == dt.date(2023, 8, 31)
    assert policy.language == "en"
    assert policy.strict_equality is True
    assert policy.exceed_ratio == D("1.5")
    assert policy.weights == Weights(D(25), D(35), D(30), D(10))
    assert "无误" in policy.family("accuracy").words


def test_load_pyproject_tool_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "x"\n\n[tool.perftrack]\nyear_end_rate = 85\nmonth_before = "start"\n',
        encoding="utf-8",
    )
    policy = Policy.load(path)
    assert (policy.year_end_rate, policy.month_before) == (D(85), "start")
    assert evolve(policy, year_end_rate=D(90), month_before="end") == Policy()


def test_load_pyproject_without_tool_table_is_central(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert Policy.load(path) == Policy.central()


def test_load_bad_value_names_the_file_and_key(tmp_path):
    path = tmp_path / "perftrack.toml"
    path.write_text('language = "fr"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="language") as caught:
        Policy.load(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [pytest.param("language = \n", id="broken-toml"), pytest.param(None, id="missing-file")],
)
def test_load_unreadable_file(tmp_path, content):
    path = tmp_path / "perftrack.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError, match=r"perftrack\.toml"):
        Policy.load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[families]\naccuracy = "无误"\n', "词语列表"),
        ('exceed_ratio = "abc"\n', "应为数字"),
        ("exceed_ratio = -1\n", "不小于 0"),
        ("year_end_rate = 150\n", "0 到 100"),
        ("[weights]\nfoo = 1\n", "未知的权重 foo"),
        ("weights = 5\n", "一张表"),
        ("[weights]\nrate = -50\n", "不小于 0"),
        ("qualitative_bands = [[100, 80], [80, 60]]\n", "三档"),
        ("qualitative_bands = [[10, 80], [80, 60], [5, 200]]\n", "三档"),
    ],
)
def test_bad_values_are_refused_in_words(tmp_path, content, message):
    # A string for a word list would split into characters: 无 would then meet 准确.
    path = tmp_path / "perftrack.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError, match=message) as caught:
        Policy.load(path)
    assert "class" not in str(caught.value)


def test_discover_reports_a_broken_pyproject_with_our_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = x-unquoted\n[tool.perftrack]\nas_of = 2023-12-31\n", encoding="utf-8"
    )
    with pytest.raises(PolicyError, match="pyproject"):
        Policy.discover(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = x-unquoted\n", encoding="utf-8")
    assert Policy.discover(tmp_path) == Policy.central()


def test_discover_nearest_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[tool.perftrack]\noptimism_gap = 15\n", encoding="utf-8"
    )
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert Policy.discover(nested).optimism_gap == 15
    (nested / "perftrack.toml").write_text("optimism_gap = 5\n", encoding="utf-8")
    assert Policy.discover(nested).optimism_gap == 5


# ---------------------------------------------------------------------------
# with_words


def test_with_words_extends_a_family_and_leaves_the_original():
    central = Policy.central()
    extended = central.with_words("accuracy", "无误", "零差错率")
    assert extended.family("accuracy").words == (
        *central.family("accuracy").words,
        "无误",
        "零差错率",
    )
    assert "无误" not in central.family("accuracy").words
    assert extended.family_of("无误") == "accuracy"
    assert central.family_of("无误") is None


def test_with_words_creates_a_family():
    policy = Policy.central().with_words("thrift", "节约")
    assert policy.family("thrift").words == ("节约",)
    with pytest.raises(KeyError):
        Policy.central().family("thrift")


def test_with_words_changes_a_verdict():
    # 达标 is conformity; 良好 is quality, so an actual 良好 cannot be matched to it …
    row = indicator("验收情况", "达标", "良好", level2="质量指标")
    assert verdict_of(row).attainment is Attainment.UNKNOWN
    # … until the policy counts 良好 as conformity too
    extended = Policy.central().with_words("conformity", "良好")
    assert verdict_of(row, policy=extended).attainment is Attainment.MET


def test_with_words_makes_a_new_word_count():
    row = indicator("数据准确性", "准确", "无误", level2="质量指标")
    assert verdict_of(row).attainment is Attainment.UNKNOWN
    extended = Policy.central().with_words("accuracy", "无误")
    assert verdict_of(row, policy=extended).attainment is Attainment.MET


# ---------------------------------------------------------------------------
# Each knob changes only what it names (properties)

_ROWS = [
    ("培训次数", "≥3次", "2次", "2次", "产出指标"),
    ("培训人次", "≥10个", "13个", None, "产出指标"),
    ("覆盖率", "≥95%", "96%", None, "产出指标"),
    ("活动次数", "=2次", "3次", None, "产出指标"),
    ("成本控制", "≤90万元", "95万元", "60万元", "产出指标"),
    ("完成时间", "2023年6月前完成", "进行中", None, "产出指标"),
    ("制度健全性", "健全", "基本健全", "健全", "效益指标"),
    ("群众满意度", "≥90%", "约85%", "80%", "满意度指标"),
    ("服务覆盖", "覆盖园区“两新”党组织", "覆盖园区“两新”党组织", None, "效益指标"),
]


@st.composite
def tables(draw: st.DrawFn, *, self_evaluation: bool = False) -> Any:
    picked = draw(st.lists(st.sampled_from(_ROWS), min_size=1, max_size=6))
    rows = [
        indicator(
            name,
            target,
            actual,
            planned,
            level1=level1,
            level2=None,
            weight=draw(st.sampled_from([None, 10])) if self_evaluation else None,
        )
        for name, target, actual, planned, level1 in picked
    ]
    executed = draw(st.integers(0, 12000))
    lines = [
        budget_line(initial="100.00", period_budget="100.00", executed=f"{executed / 100:.2f}")
    ]
    if self_evaluation:
        return self_evaluation_table(rows, lines)
    return tracking_table(
        rows,
        lines,
        period=(YEAR, 1, YEAR, draw(st.integers(1, 12))),
        judgement=judgement(
            draw(st.sampled_from(["确定能完成", "有可能完成"])),
            draw(st.sampled_from(["确定能完成", "有可能完成"])),
        ),
        corrective=draw(st.sampled_from(["", "加快进度"])),
    )


def _except(card: Scorecard, *ids: str) -> tuple[Any, ...]:
    """Everything a scorecard decided except the policy it ran under and findings *ids*."""
    findings = tuple(f for f in card.findings if f.id not in ids)
    return card.verdicts, card.budget, findings, card.points, card.as_of, card.time_progress


_KNOBS = [
    # knob, another value, the only findings it may change
    ("exceed_ratio", D("1.05"), ("exceeds-target",)),
    ("exceed_ratio", D("2"), ("exceeds-target",)),
    # a lagging budget asks for 纠偏措施 too (rv23a): the knob moves both
    ("schedule_tolerance", D(15), ("budget-behind-schedule", "missing-corrective-measures")),
    ("optimism_gap", D(5), ("judgement-optimistic",)),
    ("optimism_gap", D(60), ("judgement-optimistic",)),
    ("year_end_rate", D(99), ()),  # not a tracking table's bar
]


@given(table=tables(), knob=st.sampled_from(_KNOBS))
def test_a_knob_changes_only_the_findings_it_names(table, knob):
    name, value, ids = knob
    base = score(table)
    changed = score(table, policy=evolve(Policy(), **{name: value}))
    assert _except(changed, *ids) == _except(base, *ids)


@given(table=tables(self_evaluation=True), rate=st.sampled_from([D(50), D(99), D(100)]))
def test_year_end_rate_changes_only_behind_schedule(table, rate):
    base = score(table)
    changed = score(table, policy=Policy(year_end_rate=rate))
    ids = ("budget-behind-schedule",)
    assert _except(changed, *ids) == _except(base, *ids)


@given(table=tables(self_evaluation=True), ratio=st.sampled_from([D("1.05"), D(2)]))
def test_exceed_ratio_in_a_self_evaluation_also_asks_for_a_reason(table, ratio):
    """Self-evaluation: exceeds-target needs a 偏差原因 (§6), so that follows the knob too."""
    ids = ("exceeds-target", "missing-deviation-reason")
    base = score(table)
    changed = score(table, policy=Policy(exceed_ratio=ratio))
    assert _except(changed, *ids) == _except(base, *ids)


@given(table=tables())
def test_language_changes_only_texts(table):
    zh = score(table)
    en = score(table, policy=Policy(language="en"))

    def decided(card: Scorecard) -> tuple[Any, ...]:
        return (
            [(v.indicator, v.attainment, v.progress, v.direction, v.due) for v in card.verdicts],
            [(f.id, f.severity, f.where) for f in card.findings],
            card.budget,
            card.points,
        )

    assert decided(en) == decided(zh)
    for zh_verdict, en_verdict in zip(zh.verdicts, en.verdicts, strict=True):
        assert zh_verdict.explanation != en_verdict.explanation
    for zh_finding, en_finding in zip(zh.findings, en.findings, strict=True):
        assert zh_finding.message != en_finding.message


def test_strict_equality_changes_only_equality_targets():
    rows = [
        indicator("活动次数", "=2次", "3次"),
        indicator("培训人次", "≥10个", "13个"),
        indicator("覆盖率", "≥95%", "96%"),
    ]
    base = score(tracking_table(rows))
    strict = score(tracking_table(rows), policy=Policy(strict_equality=True))
    assert [v.attainment.value for v in base.verdicts] == ["met", "met", "met"]
    # three activities held cannot become two: lost at once under strict equality
    assert [v.attainment.value for v in strict.verdicts] == ["not_met", "met", "met"]


def test_month_before_changes_only_strict_deadlines():
    rows = [
        indicator("完成时间", "2023年9月前", "进行中"),
        indicator("验收时间", "2023年9月底前", "进行中"),
        indicator("开工时间", "2023年9月30日", "进行中"),
    ]
    base = score(tracking_table(rows))
    start = score(tracking_table(rows), policy=Policy(month_before="start"))
    assert [v.due for v in base.verdicts] == [dt.date(2023, 9, 30)] * 3
    assert [v.due for v in start.verdicts] == [dt.date(2023, 8, 31), *[dt.date(2023, 9, 30)] * 2]
    assert [v.attainment.value for v in start.verdicts] == ["not_met", "pending", "pending"]


# ---------------------------------------------------------------------------
# as_of as notebooks and TOML give it (report3 M1): the day, or a PolicyError now


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param(dt.date(2024, 6, 30), dt.date(2024, 6, 30), id="date"),
        pytest.param(
            dt.datetime(2024, 6, 30, 10, 5, tzinfo=dt.UTC), dt.date(2024, 6, 30), id="datetime"
        ),
        pytest.param("2024-06-30", dt.date(2024, 6, 30), id="iso-text"),
        pytest.param(" 2024-06-30 ", dt.date(2024, 6, 30), id="iso-text-spaced"),
        pytest.param(None, None, id="none"),
    ],
)
def test_as_of_is_a_day(given, expected):
    assert Policy(as_of=given).as_of == expected
    assert evolve(Policy(), as_of=given).as_of == expected


def test_as_of_pandas_timestamp_scores():
    pd = pytest.importorskip("pandas")
    from perftrack import read  # noqa: PLC0415

    seed = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
    policy = Policy(as_of=pd.Timestamp("2023-06-30 10:00"))
    assert type(policy.as_of) is dt.date
    card = score(read(seed)[0], policy=policy)
    assert card.as_of == dt.date(2023, 6, 30)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("as_of = 2023-12-31T10:00:00\n", None, id="toml-datetime"),
        pytest.param(
            '{"as_of": "2023-12-31"}',
            "策略文件应为 TOML（如 as_of = 2024-06-30），不是 JSON",
            id="json",
        ),
        pytest.param("as_of: 2023-12-31\n", "策略文件应为 TOML（", id="yaml"),
        pytest.param(
            'as_of = "yesterday"\n',
            "设置 as_of = 'yesterday' 无效（应为日期，如 2024-06-30）",
            id="bad-date",
        ),
        # the [tool.perftrack] header copied from a pyproject.toml reads the same
        pytest.param("[tool.perftrack]\nas_of = 2023-12-31\n", None, id="tool-header"),
    ],
)
def test_load_policy_file_forms(tmp_path, text, message):
    path = tmp_path / "perftrack.toml"
    path.write_text(text, encoding="utf-8")
    if message is None:
        assert Policy.load(path).as_of == dt.date(2023, 12, 31)
    else:
        with pytest.raises(PolicyError) as caught:
            Policy.load(path)
        assert str(caught.value).startswith(f"{path}: ")
        assert message in str(caught.value)


def test_load_directory_and_missing_preset_name(tmp_path, monkeypatch):
    with pytest.raises(PolicyError, match="是文件夹，不是策略文件"):
        Policy.load(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PolicyError, match=r"hubei: 策略文件不存在；预设请用 Policy\.hubei\(\)"):
        Policy.load("hubei")
