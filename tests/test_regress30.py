"""What the audit of the last batch found (regress30), fixed.

``优于X`` on a cost, a price or a harm is a ceiling; none found or seen of anything
(``未出现数据泄露``) under a ceiling of a count is 0; trailing empty fields do not widen a
text export's row toward the size cap; a table left open in a page that closes is no
file cut short.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.readers import _decode
from perftrack.scoring import score
from perftrack.scoring._common import better_lower_by_name
from scoring_builders import indicator, self_evaluation_table, verdict_of


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment", "explanation"),
    [
        pytest.param(
            "单位造价",
            "优于3000元/平方米",
            "2800元/平方米",
            "met",
            "实际2800元/平方米，达到年度指标≤3000元/平方米",
            id="cost",
        ),
        pytest.param(
            "PM2.5平均浓度",
            "优于35微克/立方米",
            "32微克/立方米",
            "met",
            "实际32微克/立方米，达到年度指标≤35微克/立方米",
            id="concentration",
        ),
        pytest.param(
            "群众投诉率", "优于0.5%", "0.3%", "met", "实际0.3%，达到年度指标≤0.5%", id="harm"
        ),
        pytest.param(
            "路面平整度IRI",
            "优于2.0m/km",
            "2.3m/km",
            "not_met",
            "实际2.3m/km，超出年度指标≤2.0m/km",
            id="roughness-missed",
        ),
        # harm handled is better higher
        pytest.param(
            "投诉处理率", "优于95%", "97%", "met", "实际97%，达到年度指标≥95%", id="handled"
        ),
    ],
)
def test_better_than_follows_the_direction(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    card = score(self_evaluation_table([indicator(name, target, actual)]))
    verdict = card.verdicts[0]
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        pytest.param("数据泄露次数", "=0次", "未出现数据泄露", "met", id="leak"),
        pytest.param("冒领资金起数", "=0起", "未发现冒领", "met", id="fraud"),
        pytest.param("系统宕机次数", "≤2次", "未出现宕机", "met", id="outage"),
        # a count asked to reach: none found is short of it
        pytest.param("发现问题数", "≥10个", "未发现问题", "not_met", id="asked-to-find"),
    ],
)
def test_none_found_under_a_ceiling(name: str, target: str, actual: str, attainment: str) -> None:
    card = score(self_evaluation_table([indicator(name, target, actual)]))
    assert card.verdicts[0].attainment.value == attainment


def test_trailing_empty_fields_do_not_widen_the_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # a 明细 header with 120 trailing tabs: 200 rows of 3 cells, not 200 × 123
    monkeypatch.setattr(_decode, "MAX_CELLS", 2_000)
    rows = [
        "项目名称\t示例项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
        "产出指标\t数量指标\t培训人次\t≥100人次\t120人次",
        "明细\t姓名\t金额" + "\t" * 120,
        *(f"{number}\t张{number}\t100" for number in range(200)),
    ]
    [table] = perftrack.read_text("\n".join(rows), format="text")
    assert [indicator.name for indicator in table.indicators][:1] == ["培训人次"]
    assert _decode.filled_width(("a", "", " "), 0) == 1


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        pytest.param("</body></html>", [], id="page-closes"),
        pytest.param("", ["file-truncated"], id="cut-in-table"),
    ],
)
def test_a_table_left_open_in_a_closed_page(ending: str, cut: list[str]) -> None:
    page = (
        "<html><body><table>"
        "<tr><td>项目名称</td><td>示例项目</td></tr>"
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
        "<td>实际完成值</td></tr>"
        "<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥100人次</td>"
        f"<td>120人次</td></tr>{ending}"
    )
    [table] = perftrack.read(page.encode(), format="html")
    assert [f.id for f in table.findings if f.id == "file-truncated"] == cut
    assert verdict_of(table.indicators[0]).attainment.value in {"met", "pending"}


@pytest.mark.parametrize(
    ("name", "target", "actual", "attainment"),
    [
        # none found of the event the target rules out: met (parse15 H1)
        pytest.param("超标排放", "无超标排放", "未发现超标排放", "met", id="same-event"),
        pytest.param("拖欠工资", "无拖欠工资", "未出现拖欠工资", "met", id="same-event-2"),
        # none found of another event says nothing of this one: no "not done"
        pytest.param("违规使用资金", "无违规使用资金", "未发现套取资金", "unknown", id="other"),
        # the year's end said before the forecast (parse15 H2): no result yet
        pytest.param("满意度", "≥90%", "年底前预计达到92%", "unknown", id="forecast-year-end"),
        pytest.param("满意度", "≥90%", "到年底预计可达92%", "unknown", id="forecast-to-year-end"),
        pytest.param("满意度", "≥90%", "年底达到92%", "met", id="result-at-year-end"),
    ],
)
def test_none_found_and_forecasts_at_the_year_end(
    name: str, target: str, actual: str, attainment: str
) -> None:
    card = score(self_evaluation_table([indicator(name, target, actual)]))
    assert card.verdicts[0].attainment.value == attainment


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        pytest.param(
            "施工占道，<K2+300~K2+700>段顺延", "施工占道，<K2+300~K2+700>段顺延", id="stake"
        ),
        pytest.param("x<y and a>b段", "x<y and a>b段", id="comparison-signs"),
        pytest.param('<span style="color:red">施工占道</span>', "施工占道", id="span"),
        pytest.param("雨季施工<o:p></o:p>", "雨季施工", id="office-tag"),
    ],
)
def test_only_markup_is_removed_from_a_cell(cell: str, read: str) -> None:
    rows = [
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因",
        f"产出指标\t数量指标\t道路改造\t≥10公里\t8公里\t{cell}",
    ]
    [table] = perftrack.read_text("\n".join(rows), format="text")
    assert table.indicators[0].deviation_reason == read


@pytest.mark.parametrize(
    ("name", "target", "actual", "explanation"),
    [
        # a harm or a cost brought down, handled or met: better higher (regress31 W1)
        pytest.param(
            "污水排放达标率", "优于95%", "98%", "实际98%，达到年度指标≥95%", id="met-rate"
        ),
        pytest.param("能耗降低率", "优于3%", "4%", "实际4%，达到年度指标≥3%", id="lowered"),
        pytest.param("成本节约率", "优于5%", "6%", "实际6%，达到年度指标≥5%", id="saved"),
        pytest.param("故障修复率", "优于95%", "97%", "实际97%，达到年度指标≥95%", id="repaired"),
        pytest.param(
            "流失文物追回数", "优于10件", "12件", "实际12件，达到年度指标≥10件", id="recovered"
        ),
        # a time to handle one stays a ceiling
        pytest.param(
            "投诉处理时限", "优于5天", "3天", "实际3天，达到年度指标≤5天", id="time-limit"
        ),
    ],
)
def test_better_than_on_harm_handled(name: str, target: str, actual: str, explanation: str) -> None:
    card = score(self_evaluation_table([indicator(name, target, actual)]))
    assert (card.verdicts[0].attainment.value, card.verdicts[0].explanation) == ("met", explanation)


def test_word_smart_tags_are_markup() -> None:
    # Word's st1: smart tags around a date in a text export (regress31 W4)
    tag = '<st1:chsdate Year="2023" Month="11" Day="30" w:st="on">2023年11月30日</st1:chsdate>'
    rows = [
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
        f"产出指标\t时效指标\t完成时间\t{tag}前\t2023年11月20日",
    ]
    [table] = perftrack.read_text("\n".join(rows), format="text")
    assert str(table.indicators[0].target) == "2023年11月30日前"


@pytest.mark.parametrize(
    ("name", "target", "actual"),
    [
        # a word of handling before the harm names where the harm is: still a ceiling
        # (regress32 H1)
        pytest.param("监测设备故障率", "优于3%", "1.5%", id="monitoring-equipment"),
        pytest.param("污水处理设施故障率", "优于2%", "1.2%", id="treatment-plant"),
        pytest.param("污水处理单价", "优于3.5元/吨", "3.2元/吨", id="treatment-price"),
        pytest.param("产品抽检不合格率", "优于2%", "1%", id="unqualified-rate"),
    ],
)
def test_better_than_a_harm_named_after_its_place(name: str, target: str, actual: str) -> None:
    card = score(self_evaluation_table([indicator(name, target, actual)]))
    assert card.verdicts[0].attainment.value == "met"
    assert "≤" in card.verdicts[0].explanation


@pytest.mark.parametrize(
    ("actual", "progress"),
    [
        # read as text (a clause in the bracket): a delay made up is on track (fix-counts),
        # a resumption alone leaves the pace to a reviewer
        pytest.param("施工中（已追回滞后进度）", "on_track", id="caught-up"),
        pytest.param("施工中（无延期）", "on_track", id="no-delay"),
        pytest.param("施工中（7月因雨季暂停，8月已复工）", "unknown", id="resumed"),
        pytest.param("施工中（已停工）", "behind", id="stopped"),
    ],
)
def test_a_status_note_that_the_delay_is_over(actual: str, progress: str) -> None:
    # regress32 H4: a recovery in the note is no stoppage
    row = indicator("工程建设", "2023年11月30日前完工", actual, "施工中", level2="时效指标")
    assert verdict_of(row).progress.value == progress


@pytest.mark.parametrize(
    ("name", "lower"),
    [
        # regress33: the handling said first is handling too
        pytest.param("达标排放率", False, id="met-first"),
        pytest.param("追回流失文物数", False, id="recovered-first"),
        pytest.param("节约成本", False, id="saved-first"),
        pytest.param("减少碳排放量", False, id="reduced-first"),
        # a process naming the place or the cost: the harm's own figure
        pytest.param("监测设备故障率", True, id="device"),
        pytest.param("处理成本", True, id="process-cost"),
    ],
)
def test_handling_anywhere_in_the_name(name: str, lower: bool) -> None:  # noqa: FBT001
    assert better_lower_by_name(name) is lower


@pytest.mark.parametrize(
    "actual",
    [
        "施工中（停工，暂未恢复）",
        "施工中（资金未到位，未复工）",
        "施工中（滞后，追回无望）",
        "施工中（进度滞后，正在追回）",
    ],
)
def test_a_delay_not_over_is_behind(actual: str) -> None:
    # regress33: a recovery denied, awaited or under way is no recovery
    row = indicator("工程建设", "2023年11月30日前完工", actual, "施工中", level2="时效指标")
    assert verdict_of(row).progress.value == "behind"
