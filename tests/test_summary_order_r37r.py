"""One count of the rows behind, findings in a reader's order, the actual said once (r37r).

H. A tracking row whose verdict and progress each open on the actual said it twice:
   ``2025年10月底前 | 完成 | 施工中`` in a 1–9月 表 read "实际“施工中”，截止日期2025-10-31未到；
   实际“施工中”，尚未完成，落后于计划“完成”". The progress's clause naming the actual is
   dropped when the verdict quotes it already; a figure compared with the plan in one
   clause (``实际5个落后于计划9个``) is kept.
B. A ceiling exceeded before its due date (``每平方米改造成本 | ≤300元 | 300 | 320``) is
   ``behind`` (scoring.md: the progress reads an overrun as the verdict does), and the
   summary's 落后 counts it; the letter's opening left it out (``进行中6项，其中5项进度落后于
   计划`` beside 落后 6). It is now said there as the problems say it, over its target:
   ``其中5项进度落后于计划，1项已超出年度指标``.
C. Findings were shown in the order they were made (reading, then scoring): F11 before
   F6, a budget warning after a cell's error value, a 自评表's G16 before G10 and G6 last.
   Text, Markdown, HTML and ``check`` (text, github) now show each table's findings worst
   first, then by row and column; the score JSON and ``check --format json`` keep the
   order made (a documented contract).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.checking import displayed
from perftrack.portfolio import portfolio
from perftrack.reports._review import review
from probe_tables import track_table

if TYPE_CHECKING:
    from pathlib import Path


def _track(row: tuple[str, str, str, str], months: int = 9) -> tuple[str, str, str]:
    verdict = perftrack.score(track_table(row, months)).verdicts[0]
    progress = verdict.progress.value if verdict.progress else ""
    return progress, verdict.attainment.value, verdict.explanation


# ---------------------------------------------------------------------------
# H. the actual said once in an explanation


@pytest.mark.parametrize(
    ("row", "months", "expected"),
    [
        pytest.param(
            ("改造完成时间", "2025年10月底前", "完成", "施工中"), 9,
            ("behind", "pending", "实际“施工中”，截止日期2025-10-31未到；尚未完成，落后于计划“完成”"),
            id="under-way-before-due",
        ),
        pytest.param(
            ("改造完成时间", "2025年10月底前", "完成", "施工中"), 12,
            ("behind", "not_met", "截止日期2025-10-31已到，实际“施工中”；尚未完成，落后于计划“完成”"),
            id="under-way-after-due",
        ),
        pytest.param(
            ("项目建设", "2025年12月底前完工", "完成招标", "招标中"), 9,
            ("behind", "pending", "实际“招标中”，截止日期2025-12-31未到；“招标”尚未完成，落后于计划“完成招标”"),
            id="step-under-way",
        ),
        pytest.param(
            ("竣工验收", "2025年12月底前完成验收", "完成验收", "已验收，不合格"), 9,
            ("behind", "pending", "实际“已验收，不合格”，截止日期2025-12-31未到；验收未通过，未达到计划“完成验收”"),
            id="quoted-actual-with-a-comma",
        ),
        pytest.param(
            ("项目进度", "2025年12月底前完成", "按计划推进", "比计划推迟10天"), 9,
            ("behind", "pending", "实际“比计划推迟10天”，截止日期2025-12-31未到；进度落后于计划“按计划推进”"),
            id="delay-words",
        ),
        # controls: a figure compared in one clause keeps its actual
        pytest.param(
            ("改造小区数量", "≥12个", "9", "5"), 9,
            ("behind", "pending", "实际5个，未达年度指标≥12个，距年底尚有时间；实际5个落后于计划9个"),
            id="control-figure",
        ),
    ],
)  # fmt: skip
def test_the_actual_is_said_once(
    row: tuple[str, str, str, str], months: int, expected: tuple[str, str, str]
) -> None:
    assert _track(row, months) == expected


# ---------------------------------------------------------------------------
# B. one count of the rows behind: the summary's 落后 and the letter's opening

_HEAD = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-9月 ）"],
    ["项目名称", "老旧小区改造"],
    ["主管部门", "某区住房和城乡建设管理委员会", "", "实施单位", "某区房屋管理事务中心"],
    ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
    ["", "年度资金总额", "2900.00", "2900.00", "2662.00", "91.79"],
    ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
    ["", "完成12个小区改造。", "", "完成5个小区改造。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"],
]  # fmt: skip
_TAIL = [
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
    ["", "年度绩效目标完成可能性", "有可能完成"],
    ["纠偏措施", "加快施工进度"],
]
_ROWS = {
    "count": ["产出指标", "数量指标", "改造小区数量", "≥12个", "9", "5", "拆迁滞后"],
    "lift": ["", "数量指标", "加装电梯数", "=30.00(台)", "20.00", "8.00", "居民意见不一"],
    "cost": ["", "成本指标", "每平方米改造成本", "≤300元", "300", "320", "材料涨价"],
    "cost-ok": ["", "成本指标", "每平方米改造成本", "≤300元", "300", "280", ""],
    "done": ["效益指标", "社会效益指标", "居民居住条件改善", "≥90%", "90%", "95%", ""],
}


def _card(*rows: str) -> perftrack.Scorecard:
    lines = [*_HEAD, *(_ROWS[row] for row in rows), *_TAIL]
    return perftrack.score(perftrack.read_text("\n".join("\t".join(line) for line in lines))[0])


def _opening(card: perftrack.Scorecard) -> str:
    text = review(card)
    return text[text.index("共设置") : text.index("。", text.index("共设置")) + 1]


@pytest.mark.parametrize(
    ("rows", "behind", "opening"),
    [
        pytest.param(
            ("count", "lift", "cost", "done"), 3,
            "共设置绩效指标4项，已完成1项，进行中3项，其中2项进度落后于计划，1项已超出年度指标。",
            id="behind-and-over",
        ),
        pytest.param(
            ("cost", "done"), 1,
            "共设置绩效指标2项，已完成1项，进行中1项，其中1项已超出年度指标。",
            id="over-only",
        ),
        # controls: rows behind their plan only; a cost within its ceiling
        pytest.param(
            ("count", "lift", "done"), 2,
            "共设置绩效指标3项，已完成1项，进行中2项，其中2项进度落后于计划。",
            id="control-behind-only",
        ),
        pytest.param(
            ("count", "cost-ok", "done"), 1,
            "共设置绩效指标3项，已完成2项，进行中1项，其中1项进度落后于计划。",
            id="control-cost-within",
        ),
    ],
)  # fmt: skip
def test_the_letter_counts_every_row_the_summary_calls_behind(
    rows: tuple[str, ...], behind: int, opening: str
) -> None:
    card = _card(*rows)
    assert portfolio([card])[0].behind == behind
    assert _opening(card) == opening


def test_the_ceiling_exceeded_is_still_named_in_the_problems() -> None:
    text = review(_card("count", "lift", "cost", "done"))
    assert "一是有2项指标进度落后于跟踪期计划（“改造小区数量”、“加装电梯数”）" in text
    assert "二是“每平方米改造成本”实际320元，超出年度指标≤300元" in text


# ---------------------------------------------------------------------------
# C. findings shown worst first, then by row and column; the JSON in the order made

_BAD = [
    ["财政项目支出绩效跟踪表"],
    ["跟踪时段：（ 2024-1月 至 2024-6月 ）"],
    ["项目名称", "社区卫生服务"],
    ["主管部门", "某区卫生健康委员会", "", "实施单位", "某社区卫生服务中心"],
    ["预算执行情况 (万元)", "", "年初预算数", "跟踪期预算数", "跟踪期执行数", "执行率(%)"],
    ["", "年度资金总额", "120.00", "120.00", "#REF!", "35.00"],
    ["年度总体目标", "预期目标", "", "跟踪期实际完成情况"],
    ["", "完成签约服务。", "", "部分完成。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期计划完成值", "跟踪期实际完成值", "偏差原因分析"],
    ["产出指标", "数量指标", "家庭医生签约人数", "≥5000人", "2500", "2600", ""],
    ["", "数量指标", "健康讲座次数", "=12次", "6", "#VALUE!", ""],
    ["", "质量指标", "签约服务覆盖率", "≥35%", "20%", "120%", ""],
    ["", "时效指标", "体检完成时间", "2024年6月30日前", "完成", "2024年7月15日", ""],
    ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "90%", "92%", ""],
    ["绩效跟踪总体判断", "年度项目预算完成可能性", "确定能完成"],
    ["", "年度绩效目标完成可能性", "确定能完成"],
    ["纠偏措施", "无"],
]  # fmt: skip

# warnings by row and column (E6 before F6, F6 before F11), then the table's own
# missing-category (no cell), the one note; the 覆盖率 120% is actual-implausible, a warning
# (r37s), and the late 体检 date one actual-after-period with no deadline-passed (r37t)
_SHOWN = [
    ("warning", "malformed-amount", "E6"),
    ("warning", "budget-behind-schedule", "F6"),
    ("warning", "malformed-actual", "F11"),
    ("warning", "actual-implausible", "F12"),
    ("warning", "actual-after-period", "F13"),
    ("warning", "missing-deviation-reason", "G13"),
    ("warning", "judgement-optimistic", "C16"),
    ("warning", "missing-corrective-measures", "B17"),
    ("info", "missing-category", ""),
]


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join("\t".join(row) for row in _BAD) + "\n", encoding="utf-8")
    return path


def test_displayed_order() -> None:
    card = perftrack.score(perftrack.read_text("\n".join("\t".join(r) for r in _BAD))[0])
    got = [(f.severity.value, f.id, f.where.cell or "") for f in displayed(card.findings)]
    assert got == _SHOWN
    # the scorecard (and its JSON) keeps the order the findings were made in
    assert [f.id for f in card.findings][:3] == [
        "malformed-amount",
        "malformed-actual",
        "budget-behind-schedule",
    ]


def test_check_text_and_github_in_the_displayed_order(bad_file: Path) -> None:
    text = _cli("check", str(bad_file))
    got = [tuple(line.split(": ", 1)) for line in text[:-1]]
    assert [(place, said.split(" ", 1)[0]) for place, said in got] == [
        (f"{bad_file}:{cell}" if cell else str(bad_file), id_) for _, id_, cell in _SHOWN
    ]
    github = _cli("check", "--format", "github", str(bad_file))
    assert [line.split("title=", 1)[1].split("::", 1)[0] for line in github[:-1]] == [
        id_ for _, id_, _ in _SHOWN
    ]


def test_check_json_keeps_the_score_json_order(bad_file: Path) -> None:
    entries = json.loads("\n".join(_cli("check", "--format", "json", str(bad_file))))
    card = perftrack.score(perftrack.read(bad_file)[0])
    assert [entry["id"] for entry in entries] == [f.id for f in card.findings]
    assert [entry["id"] for entry in entries] != [id_ for _, id_, _ in _SHOWN]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_score_reports_in_the_displayed_order(bad_file: Path, fmt: str) -> None:
    out = "\n".join(_cli("score", "--format", fmt, str(bad_file)))
    places = [out.index(f"{id_}") for _, id_, _ in _SHOWN]
    assert places == sorted(places)


def _cli(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "perftrack", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    return done.stdout.splitlines()
