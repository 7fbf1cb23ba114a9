"""Verdicts an auditor checked row by row after r38 (r38k).

1. Works dropped from the plan beside the count done (``已完成98户，2户因拆迁取消``) were
   text: ``unknown``, "不是数值", with ``actual-not-numeric``. The dropped clause is a part
   not done, as ``2户延期`` is: the count done (98 户) is judged against the target.
2. A sum spent against a target ruling out an overrun (``未超预算 | 118万元``) was
   ``not_met``, "实际发生118万元": the sum is the spend, not an overrun, and the target
   gives no budget to compare it with (``unknown``). A saving (``结余4万元``) keeps the
   budget (``met``); a share (``98%``) is of the budget spent, kept up to 100%.
3. ``控制在预算内`` (支出均在预算范围内) against a money ceiling (``≤120万元``) was text,
   ``unknown``; it says the budget kept, as ``未超预算`` does: ``met`` (``pending`` in a
   跟踪表 before the year's end, as any spend below a ceiling is).
4. 本 and 册 of books (``发放册数 | ≥10000册 | 12000本``) were ``unit-mismatch``.
5. ``持续``, ``持续有效`` and ``长效`` are lasting effects, as ``长期`` and ``可持续`` are
   (``长期 | 持续`` was ``unknown``).
6. The works named before 在建 (``项目在建``, ``主体完工，附属工程在建``) were text, and a
   deadline at due "无法判断": they are under way, as ``在建`` alone is (``not_met`` at due).
7. An acceptance passed with its kind named (``通过竣工验收``, ``通过县级验收``, ``终验合格``)
   was text: ``unknown`` against ``验收合格`` and against a 验收合格率. It is the
   conformity family's ``通过验收`` (or ``合格``); a stage's acceptance (``通过初步验收``,
   ``通过主体验收``), a plan (``待竣工验收合格``) or a negation are not.
8. A breach denied (``无违规``, ``未发现违规使用资金``) against ``合规`` or ``规范`` was
   ``unknown`` ("无法与年度指标“合规”对照"): no breach is compliance, ``met``.

Every table is written as text, read and scored, with the exact words.
"""

from __future__ import annotations

import pytest

import perftrack
from cases.composed_tables import TRACKING_GRID
from grammar_paths import fast_and_full
from perftrack import QualitativeValue, Status, StatusValue, TextValue, parse_value

GRID = TRACKING_GRID
SELF = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
LEVEL1 = {"数量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标"}
LEVEL1_OTHER = "效益指标"

#: Findings every row of these tables may raise beside the fault (a 自评表 with no 得分).
IGNORED = frozenset({"missing-points", "target-not-measurable", "target-missing-unit"})


def _tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


def _self_card(level2: str, name: str, target: str, actual: str) -> perftrack.Scorecard:
    """A 2023 自评表 with the one row (its 得分 blank) and a 满意度 row."""
    rows = [
        ["项目支出绩效自评表"],
        ["（2023年度）"],
        ["项目名称", "示例项目"],
        ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
        SELF,
        [LEVEL1.get(level2, LEVEL1_OTHER), level2, name, target, actual, "20", "", ""],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "70", "70", ""],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _track_card(
    level2: str, name: str, target: str, planned: str, actual: str
) -> perftrack.Scorecard:
    """A 2024 1–6月 跟踪表 (as of 2024-06-30) with the one row and a 满意度 row."""
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
        ["项目名称", "社区卫生服务"],
        ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
        ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
        ["", "年度资金总额", "120.00", "120.00", "60.00", "50.00"],
        GRID,
        [LEVEL1.get(level2, LEVEL1_OTHER), level2, name, target, planned, actual, ""],
        ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
        ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
        ["", "年度绩效目标完成可能性", "有可能完成"],
        ["纠偏措施", "加快进度"],
    ]
    return perftrack.score(perftrack.read_text(_tsv(rows))[0])


def _reading(card: perftrack.Scorecard) -> tuple[str, str, list[tuple[str, str]]]:
    """The first row's attainment, explanation and findings (those of every row left out)."""
    verdict = card.verdicts[0]
    found = [
        (f.id, f.message) for f in card.findings if f.where.indicator == 0 and f.id not in IGNORED
    ]
    return verdict.attainment.value, verdict.explanation, found


# -- the 2023 自评表: (二级, 三级, target, actual) → (attainment, explanation, findings) --

SELF_CASES = [
    # 1. works dropped beside the count done
    pytest.param(
        ("数量指标", "改造户数", "≥100户", "已完成98户，2户因拆迁取消"),
        (
            "not_met",
            "实际98户，未达年度指标≥100户",
            [("missing-deviation-reason", "“改造户数”存在偏差但未填写偏差原因")],
        ),
        id="dropped-after-count-done",
    ),
    pytest.param(
        ("数量指标", "改造户数", "100户", "完成98户，另2户因拆迁取消实施"),
        (
            "not_met",
            "实际98户，未达年度指标=100户",
            [("missing-deviation-reason", "“改造户数”存在偏差但未填写偏差原因")],
        ),
        id="dropped-another-two",
    ),
    pytest.param(
        ("数量指标", "建设项目", "≥20个", "完成20个，剩余2个不再实施"),
        ("met", "实际20个，达到年度指标≥20个", []),
        id="dropped-rest-target-reached",
    ),
    pytest.param(
        ("时效指标", "完成时间", "2023年11月30日前", "完成3处，1处取消"),
        (
            "partial",
            "截止日期2023-11-30已到，实际部分完成",
            [
                ("missing-deviation-reason", "“完成时间”部分完成但未填写偏差原因"),
                ("deadline-passed", "“完成时间”截止日期2023-11-30已到，结果为部分完成"),
            ],
        ),
        id="dropped-against-deadline",
    ),
    # 2. a sum spent against a target ruling out an overrun
    pytest.param(
        ("成本指标", "项目成本", "未超预算", "118万元"),
        (
            "unknown",
            "实际118万元为支出金额，不是超支金额，年度指标“未超预算”未给出预算数，是否超支需人工判断",
            [],
        ),
        id="spend-against-no-overrun",
    ),
    pytest.param(
        ("成本指标", "项目成本", "无超支", "决算118万元"),
        (
            "unknown",
            (
                "实际决算118万元为支出金额，不是超支金额，年度指标“无超支”未给出预算数，"
                "是否超支需人工判断"
            ),
            [],
        ),
        id="final-accounts-against-no-overspend",
    ),
    pytest.param(
        ("成本指标", "项目成本", "未突破概算", "1180万元"),
        (
            "unknown",
            (
                "实际1180万元为支出金额，不是超支金额，年度指标“未突破概算”未给出预算数，"
                "是否超支需人工判断"
            ),
            [],
        ),
        id="spend-against-estimate-kept",
    ),
    pytest.param(
        ("成本指标", "项目成本", "未超预算", "结余4万元"),
        ("met", "实际结余4万元，有结余，未超出预算，达到“未超预算”", []),
        id="saving-keeps-budget",
    ),
    pytest.param(
        ("成本指标", "项目成本", "未超预算", "98%"),
        ("met", "实际98%，未超过预算的100%，达到“未超预算”", []),
        id="share-within-budget",
    ),
    pytest.param(
        ("成本指标", "项目成本", "未超预算", "103.5%"),
        (
            "not_met",
            "实际103.5%，超过预算的100%，未达到“未超预算”",
            [("missing-deviation-reason", "“项目成本”存在偏差但未填写偏差原因")],
        ),
        id="share-over-budget",
    ),
    # (an overrun said stays not met; arrears are the event 无拖欠 rules out)
    pytest.param(
        ("成本指标", "项目成本", "未超预算", "超支3万元"),
        (
            "not_met",
            "实际发生超支3万元，未达到“未超预算”",
            [("missing-deviation-reason", "“项目成本”存在偏差但未填写偏差原因")],
        ),
        id="overrun-said-unchanged",
    ),
    pytest.param(
        ("社会效益指标", "拖欠工资", "无拖欠", "5万元"),
        (
            "not_met",
            "实际发生5万元，未达到“无拖欠”",
            [("missing-deviation-reason", "“拖欠工资”存在偏差但未填写偏差原因")],
        ),
        id="arrears-unchanged",
    ),
    # 3. the budget kept, said, against a money ceiling
    pytest.param(
        ("成本指标", "项目总成本", "≤120万元", "控制在预算内"),
        ("met", "实际“控制在预算内”，达到年度指标≤120万元", []),
        id="kept-within-budget",
    ),
    pytest.param(
        ("成本指标", "项目总成本", "≤120万元", "支出均在预算范围内"),
        ("met", "实际“支出均在预算范围内”，达到年度指标≤120万元", []),
        id="spend-within-budget-range",
    ),
    pytest.param(
        ("成本指标", "人均成本", "≤800元/人", "控制在预算内"),
        (
            "unknown",
            "实际“控制在预算内”不是数值，无法与年度指标比较",
            [
                (
                    "points-unsupported",
                    (
                        "“人均成本”实际完成值“控制在预算内”无数值，无法判断是否达到年度指标，"
                        "未填写得分（分值20），未计分"
                    ),
                )
            ],
        ),
        id="kept-budget-is-no-unit-cost",
    ),
    # 4. 本 and 册 of books
    pytest.param(
        ("数量指标", "发放册数", "≥10000册", "12000本"),
        ("met", "实际12000册，达到年度指标≥10000册", []),
        id="books-ben-for-ce",
    ),
    pytest.param(
        ("数量指标", "采购图书", "≥500本", "480册"),
        (
            "not_met",
            "实际480本，未达年度指标≥500本",
            [("missing-deviation-reason", "“采购图书”存在偏差但未填写偏差原因")],
        ),
        id="books-ce-for-ben",
    ),
    pytest.param(
        ("数量指标", "发放宣传资料", "≥500份", "520本"),
        (
            "unknown",
            "实际520本与年度指标≥500份单位不可比",
            [("unit-mismatch", "“发放宣传资料”实际单位“本”与年度指标单位“份”不可比")],
        ),
        id="copies-are-no-books",
    ),
    # 5. lasting effects
    pytest.param(
        ("可持续影响指标", "项目持续发挥效益", "长期", "持续"),
        ("met", "实际“持续”，达到“长期”", []),
        id="lasting-for-long-term",
    ),
    pytest.param(
        ("可持续影响指标", "项目持续发挥效益", "可持续", "长效"),
        ("met", "实际“长效”，达到“可持续”", []),
        id="long-acting-for-sustainable",
    ),
    # 7. an acceptance passed, its kind named
    pytest.param(
        ("质量指标", "工程验收", "验收合格", "通过竣工验收"),
        ("met", "实际“通过竣工验收”，达到“合格”", []),
        id="completion-acceptance-passed",
    ),
    pytest.param(
        ("质量指标", "工程验收", "合格", "通过县级验收"),
        ("met", "实际“通过县级验收”，达到“合格”", []),
        id="county-acceptance-passed",
    ),
    pytest.param(
        ("质量指标", "验收合格率", "≥95%", "通过县级验收"),
        ("met", "实际“通过县级验收”，即全部合格，视为100%，达到年度指标≥95%", []),
        id="county-acceptance-on-a-rate",
    ),
    pytest.param(
        ("质量指标", "工程验收", "通过验收", "通过初步验收"),
        ("unknown", "实际“通过初步验收”无法与年度指标“通过验收”对照", []),
        id="preliminary-acceptance-is-a-stage",
    ),
    # 8. a breach denied against compliance
    pytest.param(
        ("质量指标", "资金使用合规性", "合规", "未发现违规"),
        ("met", "实际“未发现违规”，无违规即合规，达到“合规”", []),
        id="no-breach-found-is-compliant",
    ),
    pytest.param(
        ("质量指标", "资金使用规范性", "规范", "未发现违规使用资金"),
        ("met", "实际“未发现违规使用资金”，无违规即规范，达到“规范”", []),
        id="no-misuse-is-regular",
    ),
    pytest.param(
        ("质量指标", "资金使用合规性", "合规使用", "无违规违纪"),
        ("met", "实际“无违规违纪”，无违规即合规，达到“合规”", []),
        id="no-breach-of-discipline",
    ),
    pytest.param(
        ("质量指标", "工程质量", "合格", "无违规"),
        ("unknown", "实际“无违规”无法与年度指标“合格”对照", []),
        id="no-breach-says-nothing-of-quality",
    ),
    pytest.param(
        ("质量指标", "资金使用合规性", "合规", "未能做到无违规"),
        (
            "not_met",
            "实际“未能做到无违规”，未达到“合规”",
            [("missing-deviation-reason", "“资金使用合规性”存在偏差但未填写偏差原因")],
        ),
        id="breach-not-avoided",
    ),
    # 6. works named before 在建
    pytest.param(
        ("时效指标", "完成时间", "2023年11月30日前", "主体完工，附属工程在建"),
        (
            "not_met",
            "截止日期2023-11-30已到，实际“主体完工，附属工程在建”",
            [
                ("missing-deviation-reason", "“完成时间”存在偏差但未填写偏差原因"),
                ("deadline-passed", "“完成时间”截止日期2023-11-30已到，结果为未完成"),
            ],
        ),
        id="structure-done-rest-under-way-at-due",
    ),
    pytest.param(
        ("时效指标", "完成时间", "2023年11月30日前", "项目在建"),
        (
            "not_met",
            "截止日期2023-11-30已到，实际“项目在建”",
            [
                ("missing-deviation-reason", "“完成时间”存在偏差但未填写偏差原因"),
                ("deadline-passed", "“完成时间”截止日期2023-11-30已到，结果为未完成"),
            ],
        ),
        id="project-under-way-at-due",
    ),
]


@pytest.mark.parametrize(("row", "expected"), SELF_CASES)
def test_self_evaluation(
    row: tuple[str, str, str, str], expected: tuple[str, str, list[tuple[str, str]]]
) -> None:
    assert _reading(_self_card(*row)) == expected


# -- the 2024 1–6月 跟踪表: (二级, 三级, target, planned, actual) → attainment, progress,
# explanation, findings --

TRACK_CASES = [
    pytest.param(
        ("数量指标", "改造户数", "100户", "50户", "完成48户，2户因拆迁取消"),
        (
            "pending",
            "behind",
            "实际48户，未达年度指标=100户，距年底尚有时间；实际48户落后于计划50户",
        ),
        id="dropped-in-period",
    ),
    pytest.param(
        ("成本指标", "项目总成本", "≤120万元", "60万元", "控制在预算内"),
        ("pending", "unknown", "实际“控制在预算内”暂未超过年度上限≤120万元，年底前仍可能超出"),
        id="kept-within-budget-before-year-end",
    ),
    pytest.param(
        ("时效指标", "完成时间", "2024年10月底前", "完成主体", "主体完工，附属工程在建"),
        ("pending", "unknown", "实际“主体完工，附属工程在建”，截止日期2024-10-31未到"),
        id="structure-done-before-due",
    ),
    pytest.param(
        ("数量指标", "建设项目", "15个", "8个", "项目在建"),
        ("pending", "unknown", "实际“项目在建”，尚在进行，距截止尚有时间"),
        id="project-under-way-count",
    ),
]


@pytest.mark.parametrize(("row", "expected"), TRACK_CASES)
def test_tracking(row: tuple[str, str, str, str, str], expected: tuple[str, str, str]) -> None:
    verdict = _track_card(*row).verdicts[0]
    assert (verdict.attainment.value, verdict.progress.value, verdict.explanation) == expected


# -- the values read, with and without the fast paths --------------------------------

VALUE_CASES = [
    pytest.param(
        "已完成98户，2户因拆迁取消",
        StatusValue(Status.PARTIAL, "已完成98户,2户因拆迁取消"),
        id="dropped-is-partly-done",
    ),
    pytest.param(
        "完成98户，剩余2户不再实施",
        StatusValue(Status.PARTIAL, "完成98户,剩余2户不再实施"),
        id="rest-not-carried-out",
    ),
    # a 其中 clause speaks of works inside the count: left as it was read
    pytest.param(
        "完成100户，其中2户取消", TextValue("完成100户,其中2户取消"), id="of-which-dropped-text"
    ),
    pytest.param("项目在建", StatusValue(Status.IN_PROGRESS, "项目在建"), id="project-in-build"),
    pytest.param(
        "配套设施仍在建", StatusValue(Status.IN_PROGRESS, "配套设施仍在建"), id="facilities-still"
    ),
    pytest.param(
        "主体完工，附属工程在建",
        StatusValue(Status.IN_PROGRESS, "主体完工,附属工程在建"),
        id="structure-done-annex-in-build",
    ),
    pytest.param("现在建", TextValue("现在建"), id="now-building-no-works-named"),
    pytest.param(
        "通过县级验收", QualitativeValue("通过验收", "conformity"), id="passed-county-acceptance"
    ),
    pytest.param(
        "顺利通过竣工验收",
        QualitativeValue("通过验收", "conformity"),
        id="passed-completion-acceptance",
    ),
    pytest.param("竣工验收通过", QualitativeValue("合格", "conformity"), id="acceptance-then-pass"),
    pytest.param("终验合格", QualitativeValue("合格", "conformity"), id="final-acceptance-passed"),
    # not passed, a plan, or a stage: as before
    pytest.param("未通过县级验收", StatusValue(Status.NOT_DONE, "未通过县级验收"), id="not-passed"),
    pytest.param("待竣工验收合格", TextValue("待竣工验收合格"), id="acceptance-awaited"),
    pytest.param("通过主体验收", TextValue("通过主体验收"), id="structure-acceptance"),
    pytest.param("初验合格", TextValue("初验合格"), id="preliminary-acceptance"),
    # a done status first
    pytest.param(
        "已通过县级验收", StatusValue(Status.DONE, "已通过县级验收"), id="done-status-first"
    ),
]


@pytest.mark.parametrize(("cell", "expected"), VALUE_CASES)
def test_values(cell: str, expected: object) -> None:
    assert parse_value(cell) == expected
    fast, full = fast_and_full(parse_value, cell, 2023)
    assert fast == full


def test_lasting_words_keep_their_degree_reading() -> None:
    # 持续 is a word of the effect family now; 持续改善 is still 改善 with the degree 持续
    value = parse_value("持续改善")
    assert (getattr(value, "family", None), getattr(value, "degree", None)) == (
        "improvement",
        "持续",
    )
