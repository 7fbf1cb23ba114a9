"""A figure's comma clause in the actual cell, 待验收, and reasons written there (r34f).

- 1: a clause saying part is unfinished (``95%，剩余部分正在推进``) leaves no met verdict
  standing: unknown, the clause quoted; a commentary clause (``100%，群众反映良好``,
  ``98%，较去年提高``) keeps the figure's verdict;
- 2: a deviation reason written after the figure (``80%，因疫情影响项目延期``) with the
  偏差原因 column empty or absent is ``reason-in-actual`` (info, 建议移至偏差原因栏), no
  ``missing-deviation-reason``; the verdict reads the figure;
- 3: a bare ``待验收`` (``待竣工验收``, ``等待验收``) is work in progress: never met.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_value
from perftrack.expressions import Status, StatusValue
from probe_tables import BUDGET, GOAL, GRID, SELF, track_verdict

_NO_REASON_GRID = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"


def _card(
    name: str, target: str, actual: str, reason: str = "", *, grid: str = GRID
) -> perftrack.Scorecard:
    row = f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t2\t2"
    if grid == GRID:
        row += f"\t{reason}"
    return perftrack.score(perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, grid, row]))[0])


@pytest.mark.parametrize(
    ("target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "≥95%",
            "95%，剩余部分正在推进",
            "unknown",
            "实际填写“95%”，但注明“剩余部分正在推进”，仍有部分未完成，无法认定达成年度指标",
            id="rest-under-way",
        ),
        pytest.param(
            "≥90%",
            "100%，尚有2户未验收",
            "unknown",
            "实际“100%，尚有2户未验收”不是数值，无法与年度指标比较",
            id="some-not-accepted",
        ),
        pytest.param(
            "≥90%",
            "100%，其余待验收",
            "unknown",
            "实际填写“100%”，但注明“其余待验收”，仍有部分未完成，无法认定达成年度指标",
            id="rest-awaiting-acceptance",
        ),
        # already so before r34f: the clause is read as the actual, not met, and quoted
        pytest.param(
            "100%",
            "100%，部分项目尚未完工",
            "not_met",
            "实际“部分项目尚未完工”，截止时仍未完成",
            id="part-not-finished",
        ),
        # already so before r34f: a word of work done and a clause is no figure
        pytest.param(
            "100%",
            "已完成，尚有2户未验收",
            "unknown",
            "实际“已完成，尚有2户未验收”不是数值，无法与年度指标比较",
            id="done-word-then-clause",
        ),
        # below the target, the clause agrees: the figure's not met stands
        pytest.param(
            "≥95%",
            "80%，剩余部分正在推进",
            "not_met",
            "实际80%，未达年度指标≥95%",
            id="short-and-under-way",
        ),
        # a share with the rest carried over: part of the work is left
        pytest.param(
            "≥35%",
            "35%，剩余部分结转下年",
            "unknown",
            "实际填写“35%”，但注明“剩余部分结转下年”，仍有部分未完成，无法认定达成年度指标",
            id="share-rest-carried-over",
        ),
        pytest.param(
            "≥95%", "100%，群众反映良好", "met", "实际100%，达到年度指标≥95%", id="praise"
        ),
        pytest.param(
            "≥95%", "98%，较去年提高", "met", "实际98%，达到年度指标≥95%", id="above-last-year"
        ),
        pytest.param(
            "≥95%",
            "98%，较上年有所提升",
            "met",
            "实际98%，达到年度指标≥95%",
            id="above-last-year-somewhat",
        ),
        pytest.param(
            "≥95%", "90%，社会评价较高", "not_met", "实际90%，未达年度指标≥95%", id="praise-short"
        ),
    ],
)
def test_figure_then_clause(target: str, actual: str, attainment: str, explanation: str) -> None:
    verdict = _card("项目完成率", target, actual).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


_MOVE = "建议移至偏差原因栏"


@pytest.mark.parametrize(
    ("target", "actual", "grid", "attainment", "explanation", "findings"),
    [
        pytest.param(
            "≥90%",
            "80%，因疫情影响项目延期",
            GRID,
            "not_met",
            "实际80%，未达年度指标≥90%",
            [
                (
                    "reason-in-actual",
                    "info",
                    f"“项目完成率”的偏差原因“因疫情影响项目延期”写在实际完成值栏中，{_MOVE}",
                )
            ],
            id="cause-empty-column",
        ),
        pytest.param(
            "≥90%",
            "80%，因疫情影响项目延期",
            _NO_REASON_GRID,
            "not_met",
            "实际80%，未达年度指标≥90%",
            [
                (
                    "reason-in-actual",
                    "info",
                    f"“项目完成率”的偏差原因“因疫情影响项目延期”写在实际完成值栏中，{_MOVE}",
                )
            ],
            id="cause-no-column",
        ),
        pytest.param(
            "≥90%",
            "80%，由于资金未到位",
            GRID,
            "not_met",
            "实际80%，未达年度指标≥90%",
            [
                (
                    "reason-in-actual",
                    "info",
                    f"“项目完成率”的偏差原因“由于资金未到位”写在实际完成值栏中，{_MOVE}",
                )
            ],
            id="since-funds",
        ),
        pytest.param(
            "≥90%",
            "80%，受疫情影响",
            GRID,
            "not_met",
            "实际80%，未达年度指标≥90%",
            [
                (
                    "reason-in-actual",
                    "info",
                    f"“项目完成率”的偏差原因“受疫情影响”写在实际完成值栏中，{_MOVE}",
                )
            ],
            id="under-the-epidemic",
        ),
        pytest.param(
            "≥90%",
            "80%",
            GRID,
            "not_met",
            "实际80%，未达年度指标≥90%",
            [("missing-deviation-reason", "warning", "“项目完成率”存在偏差但未填写偏差原因")],
            id="no-reason-anywhere",
        ),
    ],
)
def test_reason_in_actual(  # noqa: PLR0913, PLR0917 - one parameter per column of the case
    target: str,
    actual: str,
    grid: str,
    attainment: str,
    explanation: str,
    findings: list[tuple[str, str, str]],
) -> None:
    card = _card("项目完成率", target, actual, grid=grid)
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
    got = [
        (f.id, f.severity.value, f.message)
        for f in card.findings
        if f.id in ("reason-in-actual", "missing-deviation-reason")
    ]
    assert got == findings


def test_reason_in_actual_beside_a_word() -> None:
    card = _card("项目建设", "完成", "未完成，原因是资金未到位")
    got = [(f.id, f.message) for f in card.findings if f.id == "reason-in-actual"]
    assert got == [
        ("reason-in-actual", f"“项目建设”的偏差原因“原因是资金未到位”写在实际完成值栏中，{_MOVE}")
    ]
    assert card.verdicts[0].attainment.value == "not_met"


def test_reason_in_its_column_is_no_finding() -> None:
    card = _card("项目完成率", "≥90%", "80%，因疫情影响项目延期", "疫情影响")
    assert [f.id for f in card.findings if f.id == "reason-in-actual"] == []


def test_beneficiaries_are_no_reason() -> None:
    card = _card("开展宣传活动", "≥50场", "开展宣传活动42场次，受益群众3000人")
    assert [f.id for f in card.findings if f.id == "reason-in-actual"] == []


@pytest.mark.parametrize("word", ["待验收", "待竣工验收", "等待验收", "尚待验收"])
def test_awaiting_acceptance_is_in_progress(word: str) -> None:
    assert parse_value(word) == StatusValue(Status.IN_PROGRESS, word)


@pytest.mark.parametrize(
    ("target", "actual", "explanation"),
    [
        pytest.param("完成", "待验收", "实际“待验收”，尚未完成，未达到“完成”", id="done"),
        pytest.param("验收合格", "待竣工验收", "实际“待竣工验收”，年底仍未完成", id="accepted"),
        pytest.param(
            "2024年12月前完成",
            "等待验收",
            "截止日期2024-12-31已到，实际“等待验收”",
            id="deadline",
        ),
    ],
)
def test_awaiting_acceptance_not_met(target: str, actual: str, explanation: str) -> None:
    verdict = _card("项目建设", target, actual).verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == ("not_met", explanation)


@pytest.mark.parametrize(
    ("target", "explanation"),
    [
        pytest.param("完成", "实际“待验收”，尚未完成，距年底尚有时间", id="done"),
        pytest.param("2025年12月前完成", "实际“待验收”，截止日期2025-12-31未到", id="deadline"),
    ],
)
def test_awaiting_acceptance_in_a_tracking_table(target: str, explanation: str) -> None:
    verdict = track_verdict("项目建设", target, "开工", "待验收")
    assert (verdict.attainment.value, verdict.explanation) == ("pending", explanation)
