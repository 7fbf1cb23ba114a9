"""Satisfaction and quality cells a reviewer reads at a glance (k31i, parse56 F5-F7, F10).

1. F5: several groups' satisfaction in one cell is judged on the worst group, however the
   measure is spelled per group (``学生满意度96%，家长满意度93%``, ``学生：96%；家长：93%``,
   ``学生、家长满意度分别为96%、93%``), and the group judged is named.
2. F6: a word target of satisfaction ranks the degrees both ways (``较满意`` is met by
   ``满意``), who is satisfied may be named (``群众满意``), a rate of 90 % or more is
   ``满意``, and ``未达标`` says the target was missed.
3. F7: a satisfaction survey the cell says was not made (``未开展调查``, a figure noted
   ``未开展正式调查，系估计``) is not met at the year's end, as ``尚未开展`` is; an estimate
   is no result.
4. F10: ``达标`` on a 达标率, ``优良`` on a works' 合格率, complaints counted before how
   they were dealt with, 次/起/件 of complaints, a plan of none against events.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import BUDGET, GOAL, GRID, SELF, TRACK_TAIL, track_head

SATISFACTION = ("满意度指标", "服务对象满意度指标")
QUALITY = ("产出指标", "质量指标")


def _row(levels: tuple[str, str], cells: str, *, track: bool = False) -> perftrack.Verdict:
    """The verdict of one row (``name|target|actual``, or ``name|target|plan|actual``)."""
    level1, level2 = levels
    if track:
        name, target, plan, actual = cells.split("|")
        lines = [
            *track_head(9),
            f"{level1}\t{level2}\t{name}\t{target}\t{plan}\t{actual}\t",
            *TRACK_TAIL,
        ]
    else:
        name, target, actual = cells.split("|")
        lines = [
            *SELF,
            *BUDGET,
            *GOAL,
            GRID,
            f"\t{level1}\t{level2}\t{name}\t{target}\t{actual}\t2\t2\t",
        ]
    table = perftrack.read_text("\n".join(lines))[0]
    return perftrack.score(table).verdicts[0]


def _check(verdict: perftrack.Verdict, attainment: str, explanation: str) -> None:
    assert verdict.attainment is not None
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


# ---------------------------------------------------------------------------
# F5: several groups in one cell

GROUPS = [
    (
        "服务对象满意度|≥95%|学生满意度96%，家长满意度93%",
        "not_met",
        "实际家长满意度93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生满意度96%，家长满意度97%",
        "met",
        "实际学生满意度96%（两类对象中较低者），达到年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生满意度96%、家长满意度93%",
        "not_met",
        "实际家长满意度93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生满意度为96%，家长满意度为93%",
        "not_met",
        "实际家长满意度93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生：96%；家长：93%",
        "not_met",
        "实际家长93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|患者满意度96.2%，职工满意度92.1%",
        "not_met",
        "实际职工满意度92.1%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生满意度96%，家长满意率93%",
        "not_met",
        "实际家长满意率93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生、家长满意度分别为96%、93%",
        "not_met",
        "实际家长满意度93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生和家长的满意度分别为96%、97%",
        "met",
        "实际学生满意度96%（两类对象中较低者），达到年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生96%，教师97%，家长93%",
        "not_met",
        "实际家长93%（三类对象中最低者），未达年度指标≥95%",
    ),
    (
        "服务对象满意度|≥95%|学生96%，家长93%",
        "not_met",
        "实际家长93%（两类对象中较低者），未达年度指标≥95%",
    ),
    # a name of two groups: bare rates in the name's order, or 分别
    (
        "学生及家长满意度|≥95%|96%、93%",
        "not_met",
        "实际家长93%（两类对象中较低者），未达年度指标≥95%",
    ),
    (
        "学生及家长满意度|≥95%|学生、家长满意度分别为96%、93%",
        "not_met",
        "实际家长满意度93%（两类对象中较低者），未达年度指标≥95%",
    ),
    # a name of one group picks its own
    (
        "学生满意度|≥95%|学生、家长满意度分别为96%、93%",
        "met",
        "实际96%（“学生、家长满意度分别为96%、93%”中指标名称所指的数），达到年度指标≥95%",
    ),
    # the share of the satisfied said another way
    ("服务对象满意度|≥90%|100%满意", "met", "实际100%，达到年度指标≥90%"),
    ("服务对象满意度|≥90%|96%的受访群众表示满意", "met", "实际96%，达到年度指标≥90%"),
    (
        "群众满意度|≥90%|满意185人，不满意15人",
        "met",
        "实际满意185人，不满意15人（按比例计为92.5%），达到年度指标≥90%",
    ),
    # controls: grades are no groups, an overall figure beside a group's, 3 rates of 2 groups
    (
        "服务对象满意度|≥95%|非常满意率60%，满意率30%",
        "unknown",
        "实际“非常满意率60%，满意率30%”不是数值，无法与年度指标比较",
    ),
    (
        "服务对象满意度|≥95%|总体满意度95%，学生满意度93%",
        "unknown",
        "实际“总体满意度95%，学生满意度93%”不是数值，无法与年度指标比较",
    ),
    (
        "学生及家长满意度|≥95%|96%、93%、90%",
        "unknown",
        "实际“96%、93%、90%”不是数值，无法与年度指标比较",
    ),
    (
        "服务对象满意度|≥95%|上年88%，本年96%",
        "met",
        "实际96%，达到年度指标≥95%",
    ),
]


@pytest.mark.parametrize(("cells", "attainment", "explanation"), GROUPS)
def test_groups_in_one_cell(cells: str, attainment: str, explanation: str) -> None:
    _check(_row(SATISFACTION, cells), attainment, explanation)


def test_groups_in_a_tracking_table() -> None:
    verdict = _row(
        SATISFACTION, "服务对象满意度|≥90%|≥90%|学生满意度96%，家长满意度93%", track=True
    )
    assert verdict.progress is not None
    assert verdict.attainment is not None
    assert (verdict.progress.value, verdict.attainment.value) == ("on_track", "met")


# ---------------------------------------------------------------------------
# F6: word targets of satisfaction

WORDS = [
    ("群众满意度|较满意|满意", "met", "实际“满意”，达到“较满意”"),
    ("群众满意度|基本满意|较满意", "met", "实际“较满意”，达到“基本满意”"),
    ("群众满意度|较满意|非常满意", "met", "实际“非常满意”，达到“较满意”"),
    ("群众满意度|基本满意|满意", "met", "实际“满意”，达到“基本满意”"),
    ("群众满意度|较满意|较为满意", "met", "实际“较为满意”，达到“较满意”"),
    ("群众满意度|较满意|基本满意", "partial", "实际“基本满意”，程度低于年度指标“较满意”，部分达成"),
    ("群众满意度|非常满意|满意", "partial", "实际“满意”，程度低于年度指标“非常满意”，部分达成"),
    ("群众满意度|满意|群众满意", "met", "实际“群众满意”，达到“满意”"),
    ("群众满意度|群众满意|满意", "met", "实际“满意”，达到“群众满意”"),
    ("群众满意度|满意|群众较满意", "partial", "实际“群众较满意”，程度低于年度指标“满意”，部分达成"),
    ("群众满意度|满意|群众不满意", "not_met", "实际“群众不满意”，未达到“满意”"),
    # unchanged: the bare word against a degree
    ("群众满意度|满意|较满意", "partial", "实际“较满意”，程度低于年度指标“满意”，部分达成"),
    ("群众满意度|满意|非常满意", "met", "实际“非常满意”，达到“满意”"),
    ("群众满意度|满意|不满意", "not_met", "实际“不满意”，未达到“满意”"),
    # the same ranks for other words
    ("社会稳定|基本稳定|稳定", "met", "实际“稳定”，达到“基本稳定”"),
    ("社会稳定|较稳定|基本稳定", "partial", "实际“基本稳定”，程度低于年度指标“较稳定”，部分达成"),
    # a rate against a word: 90% and above is 满意
    ("群众满意度|满意|96%", "met", "实际满意度96%，达到90%以上，视为达到年度指标“满意”"),
    ("群众满意度|较满意|90%", "met", "实际满意度90%，达到90%以上，视为达到年度指标“较满意”"),
    (
        "群众满意度|满意|85%",
        "unknown",
        "实际满意度85%，年度指标“满意”未给出满意度的百分比，是否达到需人工判断",
    ),
    (
        "群众满意度|非常满意|98%",
        "unknown",
        "实际满意度98%，年度指标“非常满意”未给出满意度的百分比，是否达到需人工判断",
    ),
    # 未达标 against a figure says the target was missed
    ("服务对象满意度|≥90%|未达标", "not_met", "实际“未达标”，未达到年度指标≥90%"),
]


@pytest.mark.parametrize(("cells", "attainment", "explanation"), WORDS)
def test_satisfaction_words(cells: str, attainment: str, explanation: str) -> None:
    _check(_row(SATISFACTION, cells), attainment, explanation)


# ---------------------------------------------------------------------------
# F7: a survey not made

NOT_MADE = "截止时未开展满意度调查，未达到年度指标≥90%"

SURVEYS = [
    ("群众满意度|≥90%|尚未开展", "not_met", "实际“尚未开展”，截止时仍未完成"),
    ("群众满意度|≥90%|未开展调查", "not_met", f"实际“未开展调查”，{NOT_MADE}"),
    ("群众满意度|≥90%|未开展满意度调查", "not_met", f"实际“未开展满意度调查”，{NOT_MADE}"),
    (
        "群众满意度|≥90%|本年度未组织开展满意度测评",
        "not_met",
        f"实际“本年度未组织开展满意度测评”，{NOT_MADE}",
    ),
    ("群众满意度|≥90%|暂未测评", "not_met", f"实际“暂未测评”，{NOT_MADE}"),
    (
        "群众满意度|≥90%|95%（未开展正式调查，系估计）",
        "not_met",
        (
            "实际“95%（未开展正式调查，系估计）”注明“未开展正式调查”，所填数值不是调查结果，"
            f"{NOT_MADE}"
        ),
    ),
    (
        "群众满意度|≥90%|95%（估计）",
        "unknown",
        "实际“95%（估计）”为估计数，不是实际完成值，无法判断是否达到年度指标",
    ),
    # a survey scheduled or under way: its result is not reported, the reviewer decides
    (
        "群众满意度|≥90%|年底开展",
        "unknown",
        "实际“年底开展”，满意度调查尚未完成，无法与年度指标≥90%比较",
    ),
    (
        "群众满意度|≥90%|调查中",
        "unknown",
        "实际“调查中”，满意度调查尚未完成，无法与年度指标≥90%比较",
    ),
]


@pytest.mark.parametrize(("cells", "attainment", "explanation"), SURVEYS)
def test_survey_not_made(cells: str, attainment: str, explanation: str) -> None:
    _check(_row(SATISFACTION, cells), attainment, explanation)


def test_survey_not_made_before_the_due_date() -> None:
    verdict = _row(SATISFACTION, "群众满意度|≥90%|≥90%|95%（未开展正式调查，系估计）", track=True)
    assert verdict.progress is not None
    assert verdict.progress.value == "unknown"
    _check(
        verdict,
        "pending",
        "实际“95%（未开展正式调查，系估计）”注明“未开展正式调查”，所填数值不是调查结果，"
        "满意度调查尚未完成，截止日期未到",
    )


# ---------------------------------------------------------------------------
# F10: quality cells

QUALITY_CELLS = [
    ("达标率|100%|达标", "met", "实际“达标”，即全部达标，视为100%，达到年度指标=100%"),
    ("质量达标率|≥95%|达标", "met", "实际“达标”，即全部达标，视为100%，达到年度指标≥95%"),
    ("产品合格率|100%|合格", "met", "实际“合格”，即全部合格，视为100%，达到年度指标=100%"),
    ("达标率|100%|部分达标", "partial", "实际“部分达标”，未全部达标，部分达到年度指标=100%"),
    (
        "工程验收合格率|100%|基本合格",
        "partial",
        "实际“基本合格”，未全部合格，部分达到年度指标=100%",
    ),
    ("工程验收合格率|100%|优良", "met", "实际“优良”，即全部合格，视为100%，达到年度指标=100%"),
    ("达标率|100%|未达标", "not_met", "实际“未达标”，未达到年度指标=100%"),
    ("产品合格率|100%|不合格", "not_met", "实际“不合格”，未达到年度指标=100%"),
    (
        "投诉|零投诉|接到投诉2件，均已妥善处理",
        "not_met",
        "实际“接到投诉2件，均已妥善处理”，接到投诉2件，未达到“零投诉”",
    ),
    ("投诉|≤3次|投诉2起", "met", "实际2次，达到年度指标≤3次"),
    ("投诉|≤3起|投诉2次", "met", "实际2起，达到年度指标≤3起"),
    ("投诉次数|≤3次|接到投诉2件，均已妥善处理", "met", "实际2次，达到年度指标≤3次"),
    ("投诉次数|≤3件|接到投诉5件，均已办结", "not_met", "实际5件已超出年度上限≤3件"),
    # controls: samples and monitoring keep a bare word to the reviewer; 起 is no 次 of training
    ("药品抽检合格率|100%|合格", "unknown", "实际“合格”不是数值，无法与年度指标比较"),
    ("水质达标率|100%|达标", "unknown", "实际“达标”不是数值，无法与年度指标比较"),
    ("产品合格率|100%|优良", "unknown", "实际“优良”不是数值，无法与年度指标比较"),
    ("覆盖率|≥90%|不合格", "unknown", "实际“不合格”不是数值，无法与年度指标比较"),
    ("培训|≥3次|培训2起", "unknown", "实际2起与年度指标≥3次单位不可比"),
]


@pytest.mark.parametrize(("cells", "attainment", "explanation"), QUALITY_CELLS)
def test_quality_cells(cells: str, attainment: str, explanation: str) -> None:
    _check(_row(QUALITY, cells), attainment, explanation)


@pytest.mark.parametrize(
    ("cells", "progress", "why"),
    [
        ("质量事故|无质量事故|无|发生1起", "behind", "实际1起超出计划“无”"),
        ("质量事故|无质量事故|无|未发生", "on_track", ""),
        # a lower grade than the target rules out is no breach of the plan
        ("安全事故|无较大及以上安全事故|无|发生一般事故1起", "on_track", "为一般事故"),
    ],
)
def test_plan_of_none(cells: str, progress: str, why: str) -> None:
    verdict = _row(QUALITY, cells, track=True)
    assert verdict.progress is not None
    assert verdict.progress.value == progress
    assert why in verdict.explanation
