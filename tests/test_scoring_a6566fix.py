"""Fixes of the regress65/regress66 audits (a6566fix).

W1: a failure word anywhere before the share word (投诉不及时处理率, 逾期整改率, 二次整改率)
    makes a ceiling right: no target-direction-suspect.
W2: a range high to low with a minus on the low end (``10%--5%``) is corrected with its sign.
W3: adjacent rows of one name whose targets note different years are no contradiction.
W4: ``read("a.txt\\n")``: the error is one line, and names the file without the white space.
W5: the fee-spending strip (燃油费支出 on 燃油费) never matches a fee's income or collection,
    nor a bare 费用.
W6: ≥N台次 met by a count of distinct items ≥ N; 件次 = 件 on rows of cases or tests.
Gap: a 百公里 label supplies /百公里 against ``X/100km`` for any unit (千瓦时).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import perftrack
from perftrack.model import TableKind
from perftrack.scoring import score
from scoring_builders import YEAR, indicator, score_one, tracking_table

_HEAD = [
    ["2026年度项目支出绩效目标申报表"],
    ["项目名称", "某某项目"],
    ["主管部门", "县某局", "实施单位", "县某中心"],
    ["项目资金（万元）", "年度资金总额", "500.00"],
    ["年度绩效目标", "完成年度建设任务。"],
]
_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值"]


def _table(rows: list[list[str]]) -> perftrack.Table:
    lines = [*_HEAD, _HEADER, *rows]
    return perftrack.read_text("\n".join("\t".join(line) for line in lines))[0]


def _found(table: perftrack.Table, finding_id: str) -> list[str]:
    return [f.message for f in score(table).findings if f.id == finding_id]


# ---------------------------------------------------------------------------
# W1: a failure rate with a ceiling

_SLIP = "“{}”越高越好，年度指标“{}”为上限，疑似方向设置错误（应为“≥”下限）"


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        pytest.param("投诉不及时处理率", "≤2%", [], id="bu-before-jishi"),
        pytest.param("项目未按期完成率", "≤5%", [], id="wei-before-anqi"),
        pytest.param("非计划完成率", "≤5%", [], id="fei-at-start"),
        pytest.param("逾期整改率", "≤5%", [], id="yuqi"),
        pytest.param("超期办结率", "<3%", [], id="chaoqi"),
        pytest.param("二次整改率", "≤10%", [], id="erci"),
        pytest.param("重复整改率", "≤3%", [], id="chongfu"),
        pytest.param("返工整改率", "≤3%", [], id="fangong"),
        pytest.param("工程延误完成率", "≤3%", [], id="yanwu"),
        pytest.param("验收合格率", "≤90%", [_SLIP.format("验收合格率", "≤90%")], id="control-hege"),
        pytest.param("投诉及时处理率", "≤90%", [_SLIP.format("投诉及时处理率", "≤90%")], id="control-jishi"),
        pytest.param("不动产登记办结率", "≤90%", [_SLIP.format("不动产登记办结率", "≤90%")], id="budongchan-subject"),
        pytest.param("未成年人保护覆盖率", "≤90%", [_SLIP.format("未成年人保护覆盖率", "≤90%")], id="weichengnian-subject"),
        pytest.param("复检不合格整改完成率", "≤5%", [_SLIP.format("复检不合格整改完成率", "≤5%")], id="defect-handled"),
    ],
)  # fmt: skip
def test_failure_rate_ceiling(name: str, target: str, expected: list[str]) -> None:
    table = _table([["产出指标", "质量指标", name, target]])
    assert _found(table, "target-direction-suspect") == expected


@pytest.mark.parametrize(
    ("name", "target", "expected"),
    [
        pytest.param("党员投诉不及时处理率", "≤2%", [], id="bu-jishi"),
        pytest.param("活动未按期完成率", "≤5%", [], id="wei-anqi"),
        pytest.param("活动按期完成率", "≤5%", ["target-direction-suspect"], id="control"),
    ],
)  # fmt: skip
def test_failure_rate_ceiling_in_a_tracking_table(
    name: str, target: str, expected: list[str]
) -> None:
    card = score(tracking_table([indicator(name, target, "1%")]))
    assert [f.id for f in card.findings if f.id == "target-direction-suspect"] == expected


# ---------------------------------------------------------------------------
# W2: a range with a negative low end

_REVERSED = "“{}”年度指标“{}”区间上下限颠倒，应为“{}”"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param("10%--5%", [_REVERSED.format("价格增长幅度", "10%--5%", "-5%-10%")], id="ten-to-minus-five"),
        pytest.param("5%--5%", [_REVERSED.format("价格增长幅度", "5%--5%", "-5%-5%")], id="five-to-minus-five"),
        pytest.param("10－－5%", [_REVERSED.format("价格增长幅度", "10－－5%", "-5-10%")], id="full-width"),
        pytest.param("1%--3%", [], id="doubled-separator-low-to-high"),
        pytest.param("-5%-10%", [], id="right-order"),
        pytest.param("10%——5%", [_REVERSED.format("价格增长幅度", "10%——5%", "5%-10%")], id="em-dash-separator"),
    ],
)  # fmt: skip
def test_reversed_range_with_negative_end(target: str, expected: list[str]) -> None:
    table = _table([["产出指标", "成本指标", "价格增长幅度", target]])
    assert _found(table, "target-implausible") == expected


# ---------------------------------------------------------------------------
# W3: targets by year on adjacent rows


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param("≥95%（2026年）", "=100%（2027年）", [], id="two-years"),
        pytest.param("≥95%(2026年度)", "=100%(2027年度)", [], id="two-years-half-width"),
        pytest.param(
            "≥95%",
            "=100%",
            ["“改厕合格率”在“质量指标”下重复出现，年度指标“≥95%”与“=100%”相互矛盾"],
            id="control-same-year",
        ),
    ],
)
def test_targets_by_year_are_no_contradiction(first: str, second: str, expected: list[str]) -> None:
    table = _table(
        [
            ["产出指标", "质量指标", "改厕合格率", first],
            ["产出指标", "质量指标", "改厕合格率", second],
        ]
    )
    assert [m for m in _found(table, "duplicate-indicator") if "矛盾" in m] == expected


# ---------------------------------------------------------------------------
# W4: a path with a trailing line break


@pytest.mark.parametrize(
    ("given", "exists", "line"),
    [
        pytest.param("a6566.txt\n", True, "a6566.txt\\n: 文件不存在：“a6566.txt\\n”（路径末尾有空白字符；去掉后的“a6566.txt”存在）", id="newline-file-exists"),
        pytest.param("a6566.txt ", True, "a6566.txt : 文件不存在：“a6566.txt ”（路径末尾有空白字符；去掉后的“a6566.txt”存在）", id="space-file-exists"),
        pytest.param("a6566.txt\r\n", False, "a6566.txt\\r\\n: 文件不存在：“a6566.txt\\r\\n”（路径末尾有空白字符）", id="crlf-missing"),
    ],
)  # fmt: skip
def test_read_error_for_a_trailing_line_break(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    given: str,
    exists: bool,  # noqa: FBT001
    line: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    if exists:
        Path("a6566.txt").write_text("项目名称\t某项目\n", encoding="utf-8")
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.read(given)
    assert (str(caught.value), caught.value.file) == (line, given)


def test_score_many_reason_of_an_escaped_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = perftrack.score_many(["缺.tsv\n"])
    assert [(e.file, e.message, e.reason) for e in result.errors] == [
        ("缺.tsv\n", "缺.tsv\\n: 文件不存在：“缺.tsv\\n”（路径末尾有空白字符）", "文件不存在：“缺.tsv\\n”（路径末尾有空白字符）")
    ]  # fmt: skip


# ---------------------------------------------------------------------------
# W5, W6 and the 百公里 gap: verdicts

_UNKNOWN_TEXT = "年度指标为文字描述，实际完成情况需人工判断"

VERDICT_ROWS = [
    pytest.param("收费收入", "同比增长≥5%", "收费支出同比增长6%", "unknown", _UNKNOWN_TEXT, id="w5-fee-income"),
    pytest.param("学费收入", "同比增长≥5%", "学费支出同比增长6%", "unknown", _UNKNOWN_TEXT, id="w5-tuition-income"),
    pytest.param("物业费收缴率", "同比提高≥5%", "物业费支出同比提高6%", "unknown", _UNKNOWN_TEXT, id="w5-collection"),
    pytest.param("行政事业性收费收入", "同比增长≥5%", "费用同比增长6%", "unknown", _UNKNOWN_TEXT, id="w5-bare-feiyong"),
    pytest.param("收费收入", "同比增长≥5%", "收费支出同比下降3%", "unknown", _UNKNOWN_TEXT, id="w5-opposite"),
    pytest.param("燃油费", "同比下降≥5%", "燃油费支出同比下降6%", "met", "实际燃油费支出同比下降6%，达到年度指标同比下降≥5%", id="w5-fuel-fee-kept"),
    pytest.param("会议费", "同比下降≥5%", "会议费用同比下降6%", "met", "实际会议费用同比下降6%，达到年度指标同比下降≥5%", id="w5-meeting-fee-kept"),
    pytest.param("车辆维修费", "同比下降≥5%", "车辆维修费开支同比下降6%", "met", "实际车辆维修费开支同比下降6%，达到年度指标同比下降≥5%", id="w5-repair-fee-kept"),
    pytest.param("设备巡检", "≥300台次", "巡检设备326台", "met", "实际不低于326台次，达到年度指标≥300台次", id="w6-items-meet-visits"),
    pytest.param("车辆年检", "≥500辆次", "年检车辆512辆", "met", "实际不低于512辆次，达到年度指标≥500辆次", id="w6-vehicles"),
    pytest.param("设备巡检", "≥300台次", "巡检设备290台", "unknown", "实际290台与年度指标≥300台次单位不可比", id="w6-fewer-items-unknown"),
    pytest.param("设备巡检", "≤300台次", "巡检设备290台", "unknown", "实际290台与年度指标≤300台次单位不可比", id="w6-ceiling-unknown"),
    pytest.param("应急出车", "≥1000辆", "出车辆次1020辆次", "unknown", "实际1020辆次与年度指标≥1000辆单位不可比", id="w6-visits-for-items-unknown"),
    pytest.param("行政审批办件", "≥2000件次", "办理2126件", "met", "实际2126件次，达到年度指标≥2000件次", id="w6-case-row-jian"),
    pytest.param("行政审批办件", "≥2000件", "办理2,126件次", "met", "实际2126件，达到年度指标≥2000件", id="w6-case-row-jianci"),
    pytest.param("检验检测", "≥500件", "完成检验512件次", "met", "实际512件，达到年度指标≥500件", id="w6-testing-row"),
    pytest.param("快递包裹分拣", "≥500件", "分拣512件次", "unknown", "实际512件次与年度指标≥500件单位不可比", id="w6-other-row-unknown"),
    pytest.param("百公里电耗", "≤15kW·h/100km", "百公里电耗16.2千瓦时", "not_met", "实际16.2千瓦时/百公里，超出年度指标≤15kWh/100km", id="gap-kwh-100km"),
    pytest.param("单车油耗", "≤9升/100km", "百公里油耗9.6升", "not_met", "实际9.6升/百公里，超出年度指标≤9升/100km", id="gap-litre-100km"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "target", "actual", "verdict", "explanation"), VERDICT_ROWS)
def test_verdict(name: str, target: str, actual: str, verdict: str, explanation: str) -> None:
    card = score_one(
        indicator(name, target, actual, weight=10, points=10),
        period=(YEAR, 1, YEAR, 12),
        kind=TableKind.SELF_EVALUATION,
    )
    found = card.verdicts[0]
    assert (found.attainment.value, found.explanation) == (verdict, explanation)
