"""Verdicts of 学前教育, 衔接资金, 保租房, 文物保护 and 气象 rows (parse39).

- H1: ``≥90%（大班≤35人）`` is ≥90 %, the bracket its note: 88.5 % is not met (behind mid-year).
- H5: ``春季补助于5月12日拨付到位`` is the date 5月12日, done: late against 4月底前.
- H6: ``5月份陆续开工`` on a start row is every start in May, as ``5月份全部开工`` is.
- H4: ``不低于上年规模（2.6万人）`` is ≥2.6万人: 2.48万人 is not met, 2.71万人 met.
- H7: ``已筹集2480套，另有620套正在建设`` counts 2480 done; ``另5套完成基础建设`` is under way.
- M2: ``平均12分钟内发布`` is the average 12 minutes: not met against ≤10分钟.
- H2: ``发放个贷18.6亿元（3,215笔）`` is 18.6亿元, the count its note: not met against ≥20亿元.

Each case is a table written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from probe_tables import self_verdict, track_verdict

# ---------------------------------------------------------------------------
# H1: a rate's criterion in brackets


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("≥90%（大班≤35人）", "88.5%", "not_met", id="below"),
        pytest.param("≥90%（大班额不超过35人）", "班额达标率88.5%", "not_met", id="word-below"),
        pytest.param("≥90%（大班≤35人）", "92.1%", "met", id="above"),
        # near miss: a second rate in brackets stays for a reader
        pytest.param("≥90%（满意度≥85%）", "92.1%", "unknown", id="second-rate"),
    ],
)
def test_rate_criterion_note(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("班额达标率", target, actual).attainment.value == attainment


def test_rate_criterion_mid_year() -> None:
    verdict = track_verdict("班额达标率", "≥90%（大班≤35人）", "≥90%", "88.5%")
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")


# ---------------------------------------------------------------------------
# H2: an amount with its count in brackets


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        pytest.param("个贷发放额", "≥20亿元", "发放个贷18.6亿元（3,215笔）", "not_met", id="loans"),
        pytest.param("补助资金", "≥200万元", "218万元（2180人）", "met", id="subsidy"),
        pytest.param("筹集面积", "≥12万平方米", "12.6万平方米（2480套）", "met", id="area"),
        # near miss: a second amount in brackets is two figures
        pytest.param("补助资金", "≥200万元", "218万元（180万元）", "unknown", id="two-amounts"),
    ],
)
def test_scaled_amount_with_count(name: str, target: str, actual: str, attainment: str) -> None:
    assert self_verdict(name, target, actual).attainment.value == attainment


# ---------------------------------------------------------------------------
# H3: 损毁 is a zero word; a 、 list of zero words holds if every one does


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("无损毁、无安全事故", "发生文物损毁事件1起", "not_met", id="pair-one-damage"),
        pytest.param("无损毁、无安全事故", "全年未发生文物损毁和安全事故", "met", id="pair-none"),
        pytest.param("无损毁、无安全事故", "无损毁、无安全事故", "met", id="pair-value"),
        pytest.param("无损毁", "未发生损毁", "met", id="none"),
        pytest.param("零损毁", "发生文物损毁事件1起", "not_met", id="zero-one"),
        pytest.param("不发生文物损毁", "全年未发生文物损毁", "met", id="not-happen"),
        # controls and near misses
        pytest.param("无安全事故", "发生安全事故1起", "not_met", id="accident-control"),
        pytest.param("无损毁、按时完工", "全年未发生文物损毁", "unknown", id="mixed-list"),
    ],
)
def test_damage_zero(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("文物安全", target, actual).attainment.value == attainment


# ---------------------------------------------------------------------------
# H5: a subject before 于 and a date is a label


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("2025年4月底前", "春季补助于5月12日拨付到位", "not_met", id="late"),
        pytest.param("2025年4月底前", "资金于5月12日拨付", "not_met", id="funds-late"),
        pytest.param("2025年5月底前", "春季补助于5月12日拨付到位", "met", id="in-time"),
        # near miss: a plan stays text
        pytest.param("2025年4月底前", "资金计划于5月12日拨付", "unknown", id="plan"),
    ],
)
def test_subject_before_date(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("补助资金拨付", target, actual).attainment.value == attainment


def test_subject_before_date_mid_year() -> None:
    verdict = track_verdict(
        "补助资金拨付", "2025年4月底前", "2025年4月底前", "春季补助于5月12日拨付到位"
    )
    assert (verdict.attainment.value, verdict.progress.value) == ("not_met", "behind")


# ---------------------------------------------------------------------------
# H6: 陆续 before the step, as 全部


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("2025年4月底前", "5月份陆续开工", "not_met", id="late"),
        pytest.param("2025年4月底前", "5月陆续开工", "not_met", id="late-month"),
        pytest.param("2025年二季度", "5月份陆续开工", "met", id="in-quarter"),
        pytest.param("2025年4月底前", "5月份全部开工", "not_met", id="all-control"),
        # near misses: a start still to come or asked for stays text
        pytest.param("2025年4月底前", "5月份陆续申请开工", "unknown", id="applied"),
        pytest.param("2025年4月底前", "预计5月份陆续开工", "unknown", id="forecast"),
    ],
)
def test_one_after_another_start(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("项目开工时间", target, actual).attainment.value == attainment


# ---------------------------------------------------------------------------
# H4: last year's figure in the bracket


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("不低于上年规模（2.6万人）", "务工就业2.48万人", "not_met", id="below"),
        pytest.param("不低于上年规模（2.6万人）", "2.48万人", "not_met", id="bare-below"),
        pytest.param("不低于上年规模（2.6万人）", "务工就业2.71万人", "met", id="above"),
        # near miss: no figure, the base must be found elsewhere
        pytest.param("不低于上年（2.6）", "2.48万人", "unknown", id="no-unit"),
    ],
)
def test_last_year_figure(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("脱贫人口务工就业规模", target, actual).attainment.value == attainment


# ---------------------------------------------------------------------------
# H7: 筹集 is done; a stage done (完成基础建设, 已完成土建) is under way


@pytest.mark.parametrize(
    ("target", "actual", "attainment"),
    [
        pytest.param("≥40套", "建成35套，另5套完成基础建设", "not_met", id="foundation"),
        pytest.param("≥40套", "建成35套，另5套已完成土建", "not_met", id="civil-works"),
        pytest.param("≥2600套", "已筹集2480套，另有620套正在建设", "not_met", id="raised"),
        pytest.param("≥2400套", "筹集2480套，另有620套已开工在建", "met", id="raised-met"),
        # control: the known wording
        pytest.param("≥40套", "建成35套，另有5套正在建设", "not_met", id="control"),
    ],
)
def test_done_clause_with_works_under_way(target: str, actual: str, attainment: str) -> None:
    assert self_verdict("保障性租赁住房筹集套数", target, actual).attainment.value == attainment


def test_raised_mid_year() -> None:
    verdict = track_verdict(
        "保障性租赁住房筹集套数", "≥3000套", "2600套", "已筹集2480套，另有620套已开工在建"
    )
    assert (verdict.attainment.value, verdict.progress.value) == ("pending", "behind")


# ---------------------------------------------------------------------------
# M2: 平均N分钟内 is the average N


@pytest.mark.parametrize(
    ("actual", "attainment"),
    [
        pytest.param("预警信息平均12分钟内发布到责任人", "not_met", id="over"),
        pytest.param("平均12分钟内", "not_met", id="bare-over"),
        pytest.param("预警信息平均8分钟内发布到责任人", "met", id="under"),
        # near miss: a bound on every case without 平均 stays one (≤12: can't tell)
        pytest.param("12分钟内", "unknown", id="every-case"),
        pytest.param("8分钟内", "met", id="every-case-under"),
    ],
)
def test_average_within(actual: str, attainment: str) -> None:
    assert self_verdict("预警信息发布时效", "≤10分钟", actual).attainment.value == attainment
