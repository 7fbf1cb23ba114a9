"""False positives on clean mid-year tables (fp21).

- H1: a unit cost (百公里运营成本, 每吨垃圾处理费, 千人口托位补助, 单位面积建设造价) is an
  average, not an annual total: under its ceiling mid-year it is met, as 人均培训成本 is.
- H2: an on-time word with any verb of the work done (按时结算, 均在规定时限内完成) keeps a
  time limit or a deadline, as 按时兑付 does.
"""

from __future__ import annotations

import pytest

from perftrack.model import TableKind
from perftrack.scoring import Attainment, Progress
from scoring_builders import indicator, score_one, verdict_of

_MET = Attainment.MET
_PENDING = Attainment.PENDING
_NA = Progress.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "百公里运营成本",
            "≤650元",
            "628元",
            (_MET, _NA, "实际628元，达到年度指标≤650元"),
            id="per-100km",
        ),
        pytest.param(
            "县道每公里年养护成本",
            "≤1.2万元",
            "0.8万元",
            (_MET, _NA, "实际0.8万元，达到年度指标≤1.2万元"),
            id="per-km-mid-name",
        ),
        pytest.param(
            "公里造价",
            "≤350万元",
            "342万元",
            (_MET, _NA, "实际342万元，达到年度指标≤350万元"),
            id="km-cost",
        ),
        pytest.param(
            "每平方米改造成本",
            "≤400元",
            "386元",
            (_MET, _NA, "实际386元，达到年度指标≤400元"),
            id="per-m2",
        ),
        pytest.param(
            "单位面积建设造价",
            "≤3500元",
            "3320元",
            (_MET, _NA, "实际3320元，达到年度指标≤3500元"),
            id="per-area",
        ),
        pytest.param(
            "万元GDP能耗",
            "≤0.45吨标准煤",
            "0.42吨标准煤",
            (_MET, _NA, "实际0.42吨标准煤，达到年度指标≤0.45吨标准煤"),
            id="per-gdp",
        ),
        pytest.param(
            "住院床日费用",
            "≤600元",
            "575元",
            (_MET, _NA, "实际575元，达到年度指标≤600元"),
            id="bed-day",
        ),
        pytest.param(
            "每吨垃圾处理费",
            "≤95元",
            "92元",
            (_MET, _NA, "实际92元，达到年度指标≤95元"),
            id="per-tonne",
        ),
        pytest.param(
            "千人口托位补助",
            "≤3000元",
            "2900元",
            (_MET, _NA, "实际2900元，达到年度指标≤3000元"),
            id="per-1000",
        ),
        pytest.param(
            "每户改造补助",
            "≤0.7万元",
            "0.68万元",
            (_MET, _NA, "实际0.68万元，达到年度指标≤0.7万元"),
            id="per-household",
        ),
        pytest.param(
            "每亩补贴金额", "≤80元", "80元", (_MET, _NA, "实际80元，达到年度指标≤80元"), id="per-mu"
        ),
        # above it mid-year an average may still come down, as 人均培训成本 may
        pytest.param(
            "百公里运营成本",
            "≤650元",
            "680元",
            (_PENDING, _NA, "实际680元，超出年度指标≤650元，距年底尚有时间"),
            id="per-100km-above",
        ),
        # annual totals stay cumulative: 每年, 每月 are periods, not units
        pytest.param(
            "公务用车运行维护费",
            "≤12万元",
            "7.5万元",
            (_PENDING, _NA, "实际7.5万元暂未超过年度上限≤12万元，年底前仍可能超出"),
            id="total-cost",
        ),
        pytest.param(
            "每年维修费用",
            "≤20万元",
            "12万元",
            (_PENDING, _NA, "实际12万元暂未超过年度上限≤20万元，年底前仍可能超出"),
            id="per-year-is-total",
        ),
        pytest.param(
            "每月巡查经费",
            "≤2万元",
            "1万元",
            (_PENDING, _NA, "实际1万元暂未超过年度上限≤2万元，年底前仍可能超出"),
            id="per-month-is-total",
        ),
    ],
)
def test_a_unit_cost_under_its_ceiling_is_met_mid_year(
    name: str, target: str, actual: str, expected: tuple[Attainment, Progress, str]
) -> None:
    verdict = verdict_of(indicator(name, target, actual, level2="成本指标"))
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected


_SELF = TableKind.SELF_EVALUATION
_TRACKING = TableKind.TRACKING
_YEAR = 2025


@pytest.mark.parametrize(
    ("target", "actual", "kind", "expected"),
    [
        *(
            pytest.param(
                "每季度结束后15日内",
                said,
                kind,
                (_MET, f"实际“{said}”，在时限内完成"),
                id=f"limit-{said}-{kind.value}",
            )
            for said in (
                "按时结算",
                "及时结算",
                "均按时结算",
                "按期结算",
                "按时发放到位",
                "均在规定时限内完成",
                "按季度及时结算",
                "如期办结",
            )
            for kind in (_SELF, _TRACKING)
        ),
        pytest.param(
            "2025年6月30日前",
            "按时结算",
            _SELF,
            (_MET, "实际“按时结算”，按时完成"),
            id="deadline-self",
        ),
        pytest.param(
            "2025年6月30日前",
            "均在规定时限内完成",
            _TRACKING,
            (_MET, "实际“均在规定时限内完成”，按时完成"),
            id="deadline-tracking-past-due",
        ),
        # a denial, a degree or a rate are not the on-time words
        pytest.param(
            "每季度结束后15日内",
            "未按时结算",
            _SELF,
            (Attainment.NOT_MET, "实际“未按时结算”，未在时限内完成"),
            id="denied",
        ),
        pytest.param(
            "每季度结束后15日内",
            "按时结算率95%",
            _SELF,
            (Attainment.UNKNOWN, "实际95%与年度指标≤15日单位不可比"),
            id="a-rate",
        ),
    ],
)
def test_on_time_words_with_any_verb_keep_the_time_limit(
    target: str, actual: str, kind: TableKind, expected: tuple[Attainment, str]
) -> None:
    period = (_YEAR, 1, _YEAR, 12 if kind is _SELF else 8)
    verdict = verdict_of(
        indicator("补贴资金结算", target, actual, level2="时效指标", year=_YEAR),
        kind=kind,
        period=period,
    )
    assert (verdict.attainment, verdict.explanation) == expected


_ON_TRACK = Progress.ON_TRACK


@pytest.mark.parametrize(
    ("name", "target", "planned", "actual", "expected"),
    [
        pytest.param(
            "高峰发车间隔",
            "5-8分钟",
            "5-8分钟",
            "6分钟",
            (_MET, _ON_TRACK, "实际6分钟，达到年度指标5-8分钟"),
            id="range-plan",
        ),
        pytest.param(
            "水质达标区间",
            "90%-95%",
            "90%-95%",
            "92%",
            (_MET, _ON_TRACK, "实际92%，达到年度指标90-95%"),
            id="percent-range-plan",
        ),
        pytest.param(
            "重大传染病暴发",
            "不发生",
            "不发生",
            "未发生",
            (_MET, _ON_TRACK, "实际“未发生”，达到“不发生”"),
            id="no-event",
        ),
        pytest.param(
            "长效运营机制",
            "基本建立",
            "初步建立",
            "基本建立",
            (_MET, _ON_TRACK, "实际“基本建立”，达到“基本建立”"),
            id="degree-beats-plan",
        ),
    ],
)
def test_a_row_already_met_mid_year_is_on_track(
    name: str,
    target: str,
    planned: str,
    actual: str,
    expected: tuple[Attainment, Progress, str],
) -> None:
    verdict = verdict_of(indicator(name, target, actual, planned, level2="社会效益指标"))
    assert (verdict.attainment, verdict.progress, verdict.explanation) == expected


@pytest.mark.parametrize(
    ("name", "target", "actual", "planned", "expected"),
    [
        # every spelling of "no such event" with none so far in August: met, on track
        pytest.param(
            "较大以上安全事故",
            "0起",
            "0起",
            "0起",
            (_MET, _ON_TRACK, "实际0起，达到年度指标=0起", []),
            id="zero-count",
        ),
        pytest.param(
            "较大以上安全事故",
            "0起",
            "无",
            "0起",
            (_MET, _ON_TRACK, "实际0起，达到年度指标=0起", []),
            id="zero-count-none-said",
        ),
        pytest.param(
            "重大传染病暴发",
            "不发生",
            "未发生",
            "不发生",
            (_MET, _ON_TRACK, "实际“未发生”，达到“不发生”", []),
            id="not-happen",
        ),
        pytest.param(
            "安全责任事故", "无", "无", "无", (_MET, _ON_TRACK, "实际“无”，达到“无”", []), id="none"
        ),
        pytest.param(
            "信访事件",
            "零发生",
            "零发生",
            "零发生",
            (_MET, _ON_TRACK, "实际“零发生”，达到“零发生”", []),
            id="zero-happen",
        ),
        pytest.param(
            "食品安全",
            "杜绝重大食品安全事故",
            "未发生重大食品安全事故",
            None,
            (_MET, _NA, "实际“未发生重大食品安全事故”，达到“杜绝重大食品安全事故”", []),
            id="ruled-out-known-event",
        ),
        # one event is lost at once, as before
        pytest.param(
            "较大以上安全事故",
            "0起",
            "1起",
            None,
            (Attainment.NOT_MET, _NA, "实际1起已超出年度上限=0起，无法挽回", []),
            id="one-event",
        ),
        # an amount of zero stays a cumulative ceiling
        pytest.param(
            "新增占用耕地",
            "=0亩",
            "0亩",
            None,
            (_PENDING, _NA, "实际0亩暂未超过年度上限=0亩，年底前仍可能超出", []),
            id="zero-amount",
        ),
        # an event the zero family does not know stays words
        pytest.param(
            "稳就业",
            "不发生规模性失业",
            "未发生规模性失业",
            None,
            (
                _MET,
                _NA,
                "实际“未发生规模性失业”，达到“不发生规模性失业”",
                ["target-not-measurable"],
            ),
            id="unknown-event-stays-words",
        ),
        # 规模性返贫 is of the zero family since parse27 M2: measurable
        pytest.param(
            "防止返贫",
            "不发生规模性返贫",
            "未发生规模性返贫",
            None,
            (_MET, _NA, "实际“未发生规模性返贫”，达到“不发生规模性返贫”", []),
            id="scale-poverty-zero-family",
        ),
    ],
)
def test_a_zero_event_target_is_measurable_and_met_with_none_so_far(
    name: str,
    target: str,
    actual: str,
    planned: str | None,
    expected: tuple[Attainment, Progress, str, list[str]],
) -> None:
    card = score_one(indicator(name, target, actual, planned, level2="质量指标"))
    verdict = card.verdicts[0]
    vague = [f.id for f in card.findings if f.id == "target-not-measurable"]
    assert (verdict.attainment, verdict.progress, verdict.explanation, vague) == expected
