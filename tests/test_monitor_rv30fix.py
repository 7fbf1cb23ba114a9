"""review30: a provincial 绩效监控表 (budget block and grid both print 完成目标可能性).

Each case builds its table from TSV text written here and asserts the exact verdicts,
findings or letter clauses the reviewer asked for.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.model import Likelihood, Table
from perftrack.reports._review import review
from perftrack.scoring import Scorecard, score

HEAD = "年度指标值\t{months}实际完成值\t全年预计完成情况\t偏差原因分析\t完成目标可能性\t备注"
TOTAL = "年度资金总额\t5000.00\t5000.00\t900.00\t18.00%\t\t{budget}\t"
SOURCES = (
    "其中：财政拨款\t4500.00\t4500.00\t900.00\t20.00%\t\t\t",
    "其他资金\t500.00\t500.00\t0.00\t0.00%\t\t\t",
)


def _tsv(  # noqa: PLR0913 - the form's parts, each a keyword
    rows: list[str],
    *,
    month: int = 6,
    budget: str = "确定能",
    likelihood_header: str = "完成目标可能性",
    lines: tuple[str, ...] | None = None,
    measures: bool = True,
) -> str:
    """A 监控表 of 1-*month*月: its budget block, then the grid's *rows*."""
    months = f"1-{month}月"
    budget_lines = lines or (TOTAL.format(budget=budget), *SOURCES)
    text = [
        "省级财政项目支出绩效监控表",
        f"监控时段：（2025年{months}）",
        "",
        "项目名称\t老旧小区改造及城市更新补助\t\t主管部门\t某市住房和城乡建设局\t实施单位\t某中心",
        (
            f"预算执行情况（万元）\t年初预算数\t全年预算数\t{months}执行数\t执行率\t偏差原因分析"
            f"\t{likelihood_header}\t备注"
        ),
        *budget_lines,
        "一级指标\t二级指标\t三级指标\t" + HEAD.format(months=months),
        *rows,
    ]
    if measures:
        text.append("纠偏措施\t")
    return "\n".join(text) + "\n"


def _row(level2: str, name: str, cells: str) -> str:
    level1 = (
        "满意度指标"
        if level2.startswith("服务对象")
        else "效益指标"
        if level2.endswith("效益指标")
        else "产出指标"
    )
    return f"{level1}\t{level2}\t{name}\t{cells}"


COUNT = _row("数量指标", "改造老旧小区数量", "≥40个\t20个\t40个\t\t确定能\t")


def _table(text: str) -> Table:
    (table,) = perftrack.read_text(text)
    return table


def _card(text: str) -> Scorecard:
    return score(_table(text))


def _messages(card: Scorecard, finding_id: str) -> list[str]:
    return [finding.message for finding in card.findings if finding.id == finding_id]


def _letter(text: str) -> str:
    return review(_card(text)).splitlines()[1]


# -- 1. the budget block's 完成目标可能性 is the budget's judgement (H1) -----------------


@pytest.mark.parametrize(
    ("header", "likelihood", "optimistic"),
    [
        pytest.param(
            "完成目标可能性",
            Likelihood.CERTAIN,
            ["预算完成可能性判断为“确定能”，但执行率18.00%低于序时进度50.00%超过20个百分点"],
            id="goal-likelihood-header",
        ),
        pytest.param(
            "完成可能性",
            Likelihood.CERTAIN,
            ["预算完成可能性判断为“确定能”，但执行率18.00%低于序时进度50.00%超过20个百分点"],
            id="short-header-as-before",
        ),
    ],
)
def test_the_budget_block_judgement_is_read(
    header: str, likelihood: Likelihood, optimistic: list[str]
) -> None:
    text = _tsv([COUNT], likelihood_header=header)
    table = _table(text)
    assert table.judgement is not None
    assert table.judgement.budget_likelihood is likelihood
    assert _messages(score(table), "judgement-optimistic") == optimistic


# -- 2. the letter says the warnings the card raises (H2) -----------------------------

MISSED = _row("时效指标", "项目开工时间", "2025年5月底前\t尚未开工\t2025年9月底前\t\t确定能\t")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        pytest.param(
            _tsv([COUNT, MISSED]),
            "但未填写纠偏措施",
            id="blank-measures-row-of-a-monitoring-form",
        ),
        pytest.param(
            _tsv([COUNT, MISSED], budget=""),
            "对完成可能性的判断偏于乐观：有1项指标未完成却判断“确定能”（“项目开工时间”）",
            id="row-certain-no-overall-judgement",
        ),
        pytest.param(
            _tsv([COUNT, MISSED], budget="有可能"),
            "对完成可能性的判断偏于乐观：有1项指标未完成却判断“确定能”（“项目开工时间”）",
            id="row-certain-budget-judged-possible",
        ),
    ],
)
def test_the_letter_says_what_the_card_warns(text: str, clause: str) -> None:
    card = _card(text)
    assert _messages(card, "missing-corrective-measures") == [
        "存在进度落后、未完成或完成可能性存疑的情况，但未填写纠偏措施"
    ]
    assert "“项目开工时间”完成目标可能性判断为“确定能”，但进度落后或未完成" in _messages(
        card, "judgement-optimistic"
    )
    assert clause in review(card)


def test_a_form_without_the_field_is_not_asked_for_measures() -> None:
    letter = _letter(_tsv([COUNT, MISSED], measures=False))
    assert "纠偏措施" not in letter.split("建议")[0]


# -- 3. a 满意度 survey dated later is pending, not 不适用 (H3) -------------------------


def _survey(actual: str, reason: str, month: int = 8) -> str:
    row = _row("服务对象满意度指标", "农户满意度", f"≥85%\t{actual}\t{actual}\t{reason}\t确定能\t")
    return _tsv([COUNT, row], month=month)


@pytest.mark.parametrize(
    ("text", "attainment", "why", "missing"),
    [
        pytest.param(
            _survey("/", "满意度调查拟于11月开展"),
            "pending",
            "满意度尚未调查（满意度调查拟于11月开展）",
            [],
            id="slash-planned-november",
        ),
        pytest.param(
            _survey("/", "10月开展满意度调查"),
            "pending",
            "满意度尚未调查（10月开展满意度调查）",
            [],
            id="slash-october",
        ),
        pytest.param(
            _survey("/", "满意度调查拟于年底开展"),
            "pending",
            "满意度尚未调查（满意度调查拟于年底开展）",
            [],
            id="slash-year-end",
        ),
        pytest.param(
            _survey("/", ""), "not_applicable", "指标不适用", [], id="slash-no-reason-as-before"
        ),
        pytest.param(
            _survey("", "满意度调查拟于11月开展"),
            "unknown",
            None,
            [],
            id="blank-planned-november-no-missing-actual",
        ),
        pytest.param(
            _survey("", "拟于11月开展问卷调查"),
            "unknown",
            None,
            [],
            id="blank-questionnaire-november",
        ),
        pytest.param(
            _survey("", "3月开展满意度调查"),
            "unknown",
            None,
            ["“农户满意度”未填实际完成值"],
            id="blank-month-already-past-still-missing",
        ),
    ],
)
def test_a_survey_planned_later_is_pending(
    text: str, attainment: str, why: str | None, missing: list[str]
) -> None:
    card = _card(text)
    verdict = card.verdicts[1]
    assert verdict.attainment.value == attainment
    if why is not None:
        assert verdict.explanation == why
    assert _messages(card, "missing-actual") == missing


# -- 4. a count after the done word is the number started (H5) ------------------------


@pytest.mark.parametrize(
    ("name", "actual", "attainment"),
    [
        pytest.param("项目开工时间", "已开工12个", "met", id="started-twelve"),
        pytest.param("项目开工时间", "已开工", "met", id="started"),
        pytest.param("项目开工时间", "已开工12个项目", "met", id="started-twelve-projects"),
        pytest.param("项目完工时间", "已完工3个", "met", id="finished-three"),
        pytest.param("项目竣工时间", "已竣工", "met", id="completed"),
        pytest.param("项目开工时间", "尚未开工", "not_met", id="not-started"),
    ],
)
def test_a_count_after_the_done_word_is_done(name: str, actual: str, attainment: str) -> None:
    row = _row("时效指标", name, f"2025年5月底前\t{actual}\t2025年5月底前\t\t确定能\t")
    card = _card(_tsv([COUNT, row]))
    assert card.verdicts[1].attainment.value == attainment
    assert (attainment == "met") is not any(f.id == "deadline-passed" for f in card.findings)


# -- 5. one line in 元 inside a 万元 block is one unit slip (H6) -------------------------

SLIP = (
    "年度资金总额\t1200.00\t1200.00\t480.00\t40.00%\t\t有可能\t",
    "其中：财政拨款\t1000.00\t1000.00\t400.00\t40.00%\t\t\t",
    "其他资金\t2000000.00\t2000000.00\t800000.00\t40.00%\t\t\t",
)
EXTRA = (
    "年度资金总额\t1200.00\t1200.00\t480.00\t40.00%\t\t有可能\t",
    "其中：财政拨款\t1000.00\t1000.00\t400.00\t40.00%\t\t\t",
    "其他资金\t300.00\t300.00\t80.00\t26.67%\t\t\t",
)


@pytest.mark.parametrize(
    ("lines", "slip", "mismatch"),
    [
        pytest.param(
            SLIP,
            ["“其他资金”金额疑以元填报（2000000.00元即200.00万元），与表内单位万元不一致，请核改"],
            [],
            id="yuan-line-in-wan-block",
        ),
        pytest.param(
            EXTRA,
            [],
            [
                (
                    "年初预算数各项合计1300.00与总额1200.00不符，全年预算数各项合计1300.00与总额"
                    "1200.00不符"
                )
            ],
            id="a-real-mismatch-stays",
        ),
    ],
)
def test_a_unit_slip_is_one_finding(
    lines: tuple[str, ...], slip: list[str], mismatch: list[str]
) -> None:
    card = _card(_tsv([COUNT], lines=lines))
    assert _messages(card, "budget-unit-slip") == slip
    assert _messages(card, "budget-sum-mismatch") == mismatch


def test_the_letter_says_the_unit_slip_once() -> None:
    letter = _letter(_tsv([COUNT], lines=SLIP))
    assert letter.count("疑以元填报") == 1
    assert (
        "二是“其他资金”金额疑以元填报（2000000.00元即200.00万元），与表内单位万元不一致；" in letter
    )
    assert "2001000" not in letter
    assert "核改资金金额单位" in letter


# -- 6. a deadline missed and judged 确定能 (M3) --------------------------------------

LATE = _row(
    "时效指标", "修缮方案报批时间", "2025年3月31日前\t2025年7月28日\t已完成\t审批时间较长\t确定能\t"
)


def test_a_deadline_missed_is_behind_and_its_certainty_optimistic() -> None:
    card = _card(_tsv([COUNT, LATE], month=8, budget="有可能"))
    verdict = card.verdicts[1]
    assert (verdict.attainment.value, verdict.progress.value) == ("not_met", "behind")
    assert _messages(card, "judgement-optimistic") == [
        "“修缮方案报批时间”完成目标可能性判断为“确定能”，但截止日期已过，为逾期完成"
    ]
    assert "有1项指标逾期完成却判断“确定能”（“修缮方案报批时间”）" in review(card)


# -- 7. one problem is not numbered; one row is not named twice in a row (L1, L2) -----


ON_TIME = "年度资金总额\t5000.00\t5000.00\t2500.00\t50.00%\t\t有可能\t"
SOUND = (
    COUNT,
    _row("社会效益指标", "惠及居民户数", "≥8000户\t4000户\t8000户\t\t确定能\t"),
    _row("服务对象满意度指标", "居民满意度", "≥90%\t/\t≥90%\t年底开展问卷调查\t确定能\t"),
)


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        pytest.param(
            _tsv(
                [
                    *SOUND,
                    _row(
                        "时效指标",
                        "项目开工时间",
                        "2025年5月底前\t尚未开工\t9月底前\t招标延期\t有可能\t",
                    ),
                ],
                lines=(ON_TIME,),
                measures=False,
            ),
            "存在以下问题：有1项指标未完成年度目标（“项目开工时间”）。",
            id="one-problem-unnumbered",
        ),
        pytest.param(
            _tsv(
                [*SOUND, _row("时效指标", "项目开工时间", "2025年5月底前\t尚未开工\t\t\t\t")],
                lines=(ON_TIME,),
                measures=False,
            ),
            "存在以下问题：有1项指标未完成年度目标且未分析原因（“项目开工时间”）。",
            id="one-row-one-item",
        ),
    ],
)
def test_the_letter_numbers_and_merges_its_problems(text: str, problems: str) -> None:
    assert problems in _letter(text)
