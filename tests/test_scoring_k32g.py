"""Comparison verdicts and points the score57 review found wrong (k32g).

1. A share of the work printed beside a status word (``已完成，完成率75%``) decides over
   the word: 75% of ``≥4次`` is 3次, not met at the year's end, pending before it.
2. A share short of the whole against a count (``完成50%``, ``完成率60%``, bare ``95%``)
   is that part of the target: not met, scored by its ratio (spec §7), not a flat 80%.
3. ``多`` after a figure (``90多人``, ``九十多人``) stays under the next step of its last
   place, as ``余`` does: ``90多人`` is (90, 100).
4. A rate or a satisfaction above its band (``群众满意度 90%-95%`` with 98%) is met.
6. Tenths in Arabic digits (``9成``, ``8成以上``, ``超8成``) are a percentage, as ``九成`` is.
11. ``达标`` on a 合格率 is all passed, 100%, as ``合格`` is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import perftrack
from probe_tables import points_table, self_card, self_reading, track_verdict

# -- 1 and 2: a share of the work against a count ---------------------------------


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "培训次数",
            "≥4次",
            "已完成，完成率75%",
            ("not_met", "实际“已完成，完成率75%”（按年度指标的75%计为3次），未达年度指标≥4次"),
            id="done-word-rate-75",
        ),
        pytest.param(
            "培训次数",
            "≥4次",
            "已完成（完成率75%）",
            ("not_met", "实际“已完成（完成率75%）”（按年度指标的75%计为3次），未达年度指标≥4次"),
            id="done-word-bracketed-rate",
        ),
        pytest.param(
            "培训次数",
            "≥4次",
            "完成，完成比例80%",
            ("not_met", "实际“完成，完成比例80%”（按年度指标的80%计为3.2次），未达年度指标≥4次"),
            id="done-word-share-bili",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "完成50%",
            ("not_met", "实际“完成50%”（按年度指标的50%计为50人），未达年度指标≥100人"),
            id="share-50",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "完成目标的30%",
            ("not_met", "实际“完成目标的30%”（按年度指标的30%计为30人），未达年度指标≥100人"),
            id="share-of-target-30",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "完成率60%",
            ("not_met", "实际“完成率60%”（按年度指标的60%计为60人），未达年度指标≥100人"),
            id="rate-60",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "完成比例80%",
            ("not_met", "实际“完成比例80%”（按年度指标的80%计为80人），未达年度指标≥100人"),
            id="bili-80-no-status",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "95%",
            ("not_met", "实际“95%”（按年度指标的95%计为95人），未达年度指标≥100人"),
            id="bare-95",
        ),
        pytest.param(
            "培训人数",
            "100-120人",
            "完成80%",
            ("not_met", "实际“完成80%”（按年度指标的80%计为80人），未达年度指标100-120人"),
            id="share-of-range-low",
        ),
        # a bare 100%: no count and no word of completion, units apart (r38j 3: it was
        # met, "实际“100%”，已完成", the target claimed with no figure to show it)
        pytest.param(
            "培训人数",
            "≥100人",
            "100%",
            ("unknown", "实际100%与年度指标≥100人单位不可比"),
            id="bare-100-units-apart",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "已完成（100%）",
            ("met", "实际“已完成（100%）”，已完成"),
            id="done-100",
        ),
        # a share bounded (过半) says no figure; another rate is no share of the work
        pytest.param(
            "培训人数",
            "≥100人",
            "完成过半",
            ("partial", "实际“完成过半”，部分完成"),
            id="past-half-stays-partial",
        ),
        pytest.param(
            "培训人数",
            "≥100人",
            "已完成，合格率75%",
            ("met", "实际“已完成，合格率75%”，已完成"),
            id="other-rate-beside-done",
        ),
    ],
)
def test_share_of_the_work_is_that_part_of_the_target(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


@pytest.mark.parametrize(
    ("row", "months", "expected"),
    [
        pytest.param(
            ("培训次数", "≥4次", "2次", "已完成，完成率75%"),
            6,
            (
                "pending",
                "on_track",
                "实际“已完成，完成率75%”（按年度指标的75%计为3次），未达年度指标≥4次，距年底尚有时间",
            ),
            id="done-word-rate-mid-year-pending",
        ),
        pytest.param(
            ("培训次数", "≥4次", "4次", "已完成，完成率75%"),
            12,
            (
                "not_met",
                "behind",
                (
                    "实际“已完成，完成率75%”（按年度指标的75%计为3次），未达年度指标≥4次；"
                    "实际3次落后于计划4次"
                ),
            ),
            id="done-word-rate-year-end",
        ),
        pytest.param(
            ("培训人数", "≥100人", "50人", "完成率40%"),
            6,
            (
                "pending",
                "behind",
                (
                    "实际“完成率40%”（按年度指标的40%计为40人），未达年度指标≥100人，距年底尚有时间；"
                    "实际40人落后于计划50人"
                ),
            ),
            id="rate-mid-year-behind",
        ),
    ],
)
def test_share_of_the_work_in_a_tracking_table(
    row: tuple[str, str, str, str], months: int, expected: tuple[str, str, str]
) -> None:
    found = track_verdict(*row, months=months)
    assert (found.attainment.value, found.progress.value, found.explanation) == expected


def _points(*rows: tuple[str, str, str]) -> list[tuple[str, Decimal | None, str]]:
    """The points of 产出/数量 rows of weight 20 (printed 20) beside a met row of 30."""
    lines = [
        f"\t产出指标\t数量指标\t{name}\t{target}\t{actual}\t20\t20\t"
        for name, target, actual in rows
    ]
    lines.append("\t效益指标\t社会效益指标\t应急物资保障人数\t≥10000人\t10500人\t30\t30\t")
    card = perftrack.score(points_table(lines))
    assert card.points is not None
    return [(item.name, item.points, item.rule) for item in card.points.items[: len(rows)]]


def test_share_of_the_work_scores_its_ratio() -> None:
    assert _points(
        ("培训人数", "≥100人", "完成50%"),
        ("培训人数2", "≥100人", "完成目标的30%"),
        ("培训次数", "≥4次", "已完成，完成率75%"),
        ("培训人数4", "≥100人", "95%"),
        ("培训人数5", "≥100人", "100%"),
    ) == [
        ("培训人数", Decimal("10.00"), "comparison not_met: ratio 50.00%"),
        ("培训人数2", Decimal("6.00"), "comparison not_met: ratio 30.00%"),
        ("培训次数", Decimal("15.00"), "comparison not_met: ratio 75.00%"),
        ("培训人数4", Decimal("19.00"), "comparison not_met: ratio 95.00%"),
        ("培训人数5", Decimal("20.00"), "unknown: printed points"),  # r38j 3: was met
    ]


# -- 3: 多 after a figure --------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param("≥100人", "90多人", ("not_met", "实际90多人，未达年度指标≥100人"), id="90duo"),
        pytest.param(
            "≥100人", "九十多人", ("not_met", "实际90多人，未达年度指标≥100人"), id="jiushiduo"
        ),
        pytest.param(
            "≥2000人", "1000多人", ("not_met", "实际1000多人，未达年度指标≥2000人"), id="1000duo"
        ),
        pytest.param(
            "≥1万人", "1.2万多人", ("met", "实际1.2万多人，达到年度指标≥1万人"), id="scale-duo"
        ),
        pytest.param("≥100人", "100多人", ("met", "实际100多人，达到年度指标≥100人"), id="100duo"),
        pytest.param(
            "≥150人",
            "100多人",
            ("unknown", "实际100多人不能确定是否达到年度指标≥150人"),
            id="100duo-undecided",
        ),
        pytest.param(
            "≥100人", "90余人", ("not_met", "实际90余人，未达年度指标≥100人"), id="yu-same"
        ),
    ],
)
def test_duo_after_a_figure_is_bounded_as_yu(
    target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading("培训人数", target, actual) == expected


def test_duo_after_a_figure_scores_and_tracks() -> None:
    assert _points(("培训人数", "≥2000人", "1000多人")) == [
        ("培训人数", Decimal("10.00"), "comparison not_met: ratio 50.00%")
    ]
    found = track_verdict("培训人数", "≥100人", "50人", "40多人", months=6)
    assert (found.attainment.value, found.progress.value) == ("pending", "behind")


# -- 4: a rate above its band ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "群众满意度",
            "90%-95%",
            "98%",
            ("met", "实际98%，高于年度指标90-95%的上限，达到年度指标"),
            id="satisfaction",
        ),
        pytest.param(
            "覆盖率",
            "80%-90%",
            "100%",
            ("met", "实际100%，高于年度指标80-90%的上限，达到年度指标"),
            id="coverage",
        ),
        pytest.param(
            "合格率",
            "90%至95%",
            "96%",
            ("met", "实际96%，高于年度指标90-95%的上限，达到年度指标"),
            id="pass-rate",
        ),
        pytest.param(
            "群众满意度",
            "90-95分",
            "98分",
            ("met", "实际98分，高于年度指标90-95分的上限，达到年度指标"),
            id="satisfaction-score",
        ),
        pytest.param(
            "合格率", "90%至95%", "93%", ("met", "实际93%，达到年度指标90-95%"), id="inside"
        ),
        pytest.param(
            "合格率", "90%至95%", "85%", ("not_met", "实际85%，未达年度指标90-95%"), id="below"
        ),
        # a band that may cap: a rate of use, a share of a mix, a count, a band said as a cap
        pytest.param(
            "病床使用率",
            "85%-93%",
            "98%",
            ("not_met", "实际98%，超出年度指标85-93%"),
            id="bed-use-capped",
        ),
        pytest.param(
            "资金占比", "30%-40%", "50%", ("not_met", "实际50%，超出年度指标30-40%"), id="mix"
        ),
        pytest.param(
            "培训人数",
            "100-120人",
            "130人",
            ("not_met", "实际130人，超出年度指标100-120人"),
            id="count",
        ),
        pytest.param(
            "群众满意度",
            "控制在90%-95%",
            "98%",
            ("not_met", "实际98%，超出年度指标90-95%"),
            id="said-as-cap",
        ),
        pytest.param(
            "传染病发病率",
            "3%-5%",
            "6%",
            ("not_met", "实际6%，超出年度指标3-5%"),
            id="lower-better-above",
        ),
    ],
)
def test_rate_above_its_band(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected


def test_rate_above_its_band_has_full_points_and_no_warning() -> None:
    card = self_card("群众满意度", "90%-95%", "98%")
    assert "full-points-not-met" not in {f.id for f in card.findings}
    assert "missing-deviation-reason" not in {f.id for f in card.findings}
    assert _points(("群众满意度", "90%-95%", "98%")) == [
        ("群众满意度", Decimal("20.00"), "range met")
    ]


# -- 6: tenths in Arabic digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        pytest.param("9成", "value", "90(%)", id="9cheng"),
        pytest.param("8成以上", "value", "≥80(%)", id="8cheng-yishang"),
        pytest.param("超8成", "value", ">80(%)", id="chao-8cheng"),
        pytest.param("9成以上", "value", "≥90(%)", id="9cheng-yishang"),
        pytest.param("近9成", "value", "约90(%)", id="jin-9cheng"),
        pytest.param("9.5成", "value", "95(%)", id="9.5cheng"),
        pytest.param("满意度达9成", "value", "满意度90(%)", id="after-label"),
        pytest.param("9成以上", "target", "≥90(%)", id="target"),
        pytest.param("满意度9成以上", "target", "满意度≥90(%)", id="target-label"),
        # other digits in the cell, or 成 beginning a word: as before
        pytest.param("2023年8成", "value", "2023年8(成)", id="other-digits"),
        pytest.param("9成新", "value", "9成新", id="word-chengxin"),
        pytest.param("5成员", "value", "5成员", id="word-chengyuan"),
    ],
)
def test_arabic_tenths_are_percent(text: str, role: str, expected: str) -> None:
    parse = perftrack.parse_target if role == "target" else perftrack.parse_value
    parsed = parse(text)
    assert str(parsed) == expected
    assert parsed.text == text
    assert str(parse(str(parsed))) == expected  # the canonical form reads back the same


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param("群众满意度", "≥90%", "9成", ("met", "实际90%，达到年度指标≥90%"), id="met"),
        pytest.param(
            "覆盖率", "≥80%", "8成以上", ("met", "实际不低于80%，达到年度指标≥80%"), id="at-least"
        ),
        pytest.param(
            "群众满意度",
            "≥95%",
            "9成以上",
            ("unknown", "实际不低于90%不能确定是否达到年度指标≥95%"),
            id="undecided",
        ),
        pytest.param(
            "群众满意度", "≥80%", "超8成", ("met", "实际超过80%，达到年度指标≥80%"), id="more-than"
        ),
    ],
)
def test_arabic_tenths_against_a_percentage(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
    card = self_card(name, target, actual)
    assert "unit-mismatch" not in {f.id for f in card.findings}


# -- 11: 达标 on a 合格率 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "actual", "expected"),
    [
        pytest.param(
            "合格率",
            "达标",
            ("met", "实际“达标”，即全部合格，视为100%，达到年度指标≥95%"),
            id="dabiao-on-hege",
        ),
        pytest.param(
            "合格率",
            "合格",
            ("met", "实际“合格”，即全部合格，视为100%，达到年度指标≥95%"),
            id="hege-on-hege",
        ),
        pytest.param(
            "达标率",
            "合格",
            ("met", "实际“合格”，即全部达标，视为100%，达到年度指标≥95%"),
            id="hege-on-dabiao",
        ),
        # a rate of samples may grade the lot; 通过 is an acceptance's own word
        pytest.param(
            "药品抽检合格率",
            "达标",
            ("unknown", "实际“达标”不是数值，无法与年度指标比较"),
            id="sampled-stays",
        ),
        pytest.param(
            "验收通过率",
            "合格",
            ("unknown", "实际“合格”不是数值，无法与年度指标比较"),
            id="tongguo-own-word",
        ),
    ],
)
def test_pass_word_on_a_pass_rate(name: str, actual: str, expected: tuple[str, str]) -> None:
    assert self_reading(name, "≥95%", actual) == expected
