"""跟踪表 plans and word verdicts, 生态 and 经济 效益 cells (k31j; parse56 F12-F15, F17).

F12: a bare plan figure (``75``, ``0.75``) against a count target (``≥2000人次``) in a
1-9月 跟踪表 is the time progress written without its sign, 75% of the year's task, when
that is unambiguous (at most a tenth of the target as a count; between half the time
progress and 100% as a share); otherwise it stays a count in the target's unit.

F13: status words a reviewer reads directly: pace words naming the plan (``按计划推进``,
``与序时进度一致``) are on track whatever the plan; an early step under way (``招标中``,
``前期准备中``) is behind a plan of a figure; ``0`` against a plan not due yet is on track
(as ``未开展`` is) and behind one whose time has passed; ``已建立，正在完善`` reaches a plan of
``建立``.

F14: tonnes of CO2 in their spellings (``吨CO2``, ``tCO2e``, ``吨二氧化碳当量``), a bare
``吨`` on a row naming coal or carbon, ``减少碳排放1200吨`` as a fall, a level before the
change (``32μg/m³，较上年下降6.1%``), a target that names the row's measure more closely
(``单位GDP能耗下降3%`` on 能耗), a water class below the target with a note.

F15: ``带动就业二百余人``; ``实现产值…，利润…`` (the clause the name asks); leverage ratios
(``1:3.5`` against ``≥1:3``).

F17: a word target partly reached in September is pending, not partial; partial at the
year's end.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack import parse_target, parse_value
from probe_tables import BUDGET, GOAL, GRID, SELF, TRACK_TAIL, track_head


def _self(row: str) -> tuple[str, str]:
    """Attainment and explanation of ``L1/L2|name|target|actual`` in the 2025 自评表."""
    categories, name, target, actual = row.split("|")
    first, second = categories.split("/")
    line = f"\t{first}\t{second}\t{name}\t{target}\t{actual}\t2\t2\t"
    table = perftrack.read_text("\n".join([*SELF, *BUDGET, *GOAL, GRID, line]))[0]
    verdict = perftrack.score(table).verdicts[0]
    return verdict.attainment.value, verdict.explanation


def _track(row: str, months: int = 9) -> tuple[str, str, str]:
    """Progress, attainment, explanation of ``L1/L2|name|target|plan|actual`` (2025 跟踪表)."""
    categories, name, target, plan, actual = row.split("|")
    first, second = categories.split("/")
    line = f"{first}\t{second}\t{name}\t{target}\t{plan}\t{actual}\t"
    text = "\n".join([*track_head(months), line, *TRACK_TAIL])
    verdict = perftrack.score(perftrack.read_text(text)[0]).verdicts[0]
    assert verdict.progress is not None
    return verdict.progress.value, verdict.attainment.value, verdict.explanation


COUNT = "产出指标/数量指标"
TrackRow = tuple[str, str, str, str]

# ---------------------------------------------------------------------------
# F12: bare plan figures

BARE_PLANS: list[TrackRow] = [
    (
        f"{COUNT}|培训人次|≥2000人次|75|1400",
        "behind",
        "pending",
        "实际1400人次落后于计划“75”（视为全年任务的75%，即1500人次）",
    ),
    (
        f"{COUNT}|培训人次|≥2000人次|0.75|1400",
        "behind",
        "pending",
        "实际1400人次落后于计划“0.75”（视为全年任务的75%，即1500人次）",
    ),
    (f"{COUNT}|培训人次|≥2000人次|75|1600", "on_track", "pending", "距年底尚有时间"),
    (
        f"{COUNT}|改造户数|≥1000户|75|600户",
        "behind",
        "pending",
        "实际600户落后于计划“75”（视为全年任务的75%，即750户）",
    ),
    # ambiguous: as a count 75户 is 15% of 500户, more than a tenth: a count, as before
    (f"{COUNT}|改造户数|≥500户|75|50户", "behind", "pending", "实际50户落后于计划75户"),
    # far below the pace as a share (30% at September): a count, as before
    (f"{COUNT}|培训人次|≥2000人次|30|20", "behind", "pending", "实际20人次落后于计划30人次"),
    # 0.75万人次 of ≥2万人次 is a count in the target's unit
    (
        f"{COUNT}|培训人次|≥2万人次|0.75|0.7",
        "behind",
        "pending",
        "实际0.7万人次落后于计划0.75万人次",
    ),
    # neighbour unchanged: a plan with its sign
    (f"{COUNT}|培训人次|≥2000人次|75%|1400人次", "behind", "pending", "落后于计划1500人次"),
]


@pytest.mark.parametrize(("row", "progress", "attainment", "why"), BARE_PLANS)
def test_bare_plan_figures(row: str, progress: str, attainment: str, why: str) -> None:
    got = _track(row)
    assert got[:2] == (progress, attainment)
    assert why in got[2]


def test_bare_plan_at_june_is_half() -> None:
    got = _track(f"{COUNT}|培训人次|≥2000人次|50|900", months=6)
    assert got[0] == "behind"
    assert "计划“50”（视为全年任务的50%，即1000人次）" in got[2]


# ---------------------------------------------------------------------------
# F13: status words against the plan

STATUS_WORDS: list[TrackRow] = [
    (f"{COUNT}|改造户数|≥1000户|750户|按计划推进", "on_track", "unknown", ""),
    (f"{COUNT}|改造户数|≥1000户|750户|与序时进度一致", "on_track", "unknown", ""),
    (f"{COUNT}|改造户数|≥1000户|完成招标|与计划进度同步", "on_track", "unknown", ""),
    # pace words that do not name the plan prove nothing against a figure (parse55 M1)
    (f"{COUNT}|改造户数|≥1000户|750户|进展顺利", "unknown", "unknown", ""),
    (f"{COUNT}|改造户数|≥1000户|750户|基本按计划推进", "unknown", "unknown", ""),
    (
        f"{COUNT}|改造户数|≥1000户|750户|招标中",
        "behind",
        "pending",
        "实际“招标中”，尚在进行，距截止尚有时间；尚处于招标阶段，未有完成量，落后于计划750户",
    ),
    (
        f"{COUNT}|改造户数|≥1000户|750户|前期准备中",
        "behind",
        "pending",
        "尚处于前期准备阶段，未有完成量",
    ),
    (f"{COUNT}|改造户数|≥1000户|75%|正在招标", "behind", "pending", "尚处于招标阶段"),
    # work under way may have delivered some: unknown as before
    (f"{COUNT}|改造户数|≥1000户|750户|施工中", "unknown", "pending", ""),
    # a plan of nothing yet: no lag
    (f"{COUNT}|改造户数|≥1000户|0|招标中", "unknown", "pending", ""),
    (f"{COUNT}|改造户数|≥1000户|第四季度实施|0户", "on_track", "pending", ""),
    (f"{COUNT}|培训人次|≥2000人次|下半年开展|0", "on_track", "pending", ""),
    (
        f"{COUNT}|培训人次|≥2000人次|6月开展|0",
        "behind",
        "pending",
        "实际0，计划“6月开展”的时间已过，未有完成量",
    ),
    (f"{COUNT}|培训人次|≥2000人次|6月开展|未开展", "behind", "pending", "未达到计划“6月开展”"),
    # 0 of a ceiling is no lag
    ("产出指标/质量指标|问题整改|≤0个|6月底前完成整改|0", "on_track", "met", ""),
    (
        # the step done is the word reached (k31e): met, though more work goes on
        "效益指标/可持续影响指标|长效机制|建立|建立|已建立，正在完善",
        "on_track",
        "met",
        "",
    ),
    ("效益指标/可持续影响指标|信息平台|建成|建成|已建成，正在试运行", "on_track", "met", ""),
    ("效益指标/可持续影响指标|长效机制|建立|建立|已建立，进度滞后", "unknown", "unknown", ""),
]


@pytest.mark.parametrize(("row", "progress", "attainment", "why"), STATUS_WORDS)
def test_status_words_against_the_plan(row: str, progress: str, attainment: str, why: str) -> None:
    got = _track(row)
    assert got[:2] == (progress, attainment)
    assert why in got[2]


# ---------------------------------------------------------------------------
# F17: word shortfalls mid-year

WORD_SHORTFALLS: list[TrackRow] = [
    (
        "效益指标/可持续影响指标|长效机制|建立|/|正在建立",
        "not_applicable",
        "pending",
        "实际“正在建立”，部分达到“建立”，距年底尚有时间",
    ),
    (
        "效益指标/可持续影响指标|长效机制|建立健全|初步建立|初步建立",
        "on_track",
        "pending",
        "实际“初步建立”，部分达到“健全”，距年底尚有时间",
    ),
    (
        "效益指标/社会效益指标|社会影响|明显提升|有所提升|有所提升",
        "on_track",
        "pending",
        "实际“有所提升”，部分达到“明显提升”，距年底尚有时间",
    ),
    (
        "满意度指标/服务对象满意度指标|群众满意度|满意|满意|较满意",
        "behind",
        "pending",
        "实际“较满意”，程度低于年度指标“满意”，距年底尚有时间；实际“较满意”程度低于计划“满意”",
    ),
    ("满意度指标/服务对象满意度指标|群众满意度|满意|满意|非常满意", "on_track", "met", ""),
    (
        "产出指标/质量指标|工程验收|合格|/|基本合格",
        "not_applicable",
        "pending",
        "实际“基本合格”，部分达到“合格”，距年底尚有时间",
    ),
    # neighbours unchanged: an opposite is pending already, an event ruled out not_met
    (
        "效益指标/可持续影响指标|长效机制|健全|/|不健全",
        "not_applicable",
        "pending",
        "相反，距年底尚有时间",
    ),
    ("产出指标/质量指标|安全事故|零事故|/|发生1起", "not_applicable", "not_met", ""),
]


@pytest.mark.parametrize(("row", "progress", "attainment", "why"), WORD_SHORTFALLS)
def test_word_shortfalls_pending_mid_year(
    row: str, progress: str, attainment: str, why: str
) -> None:
    got = _track(row)
    assert got[:2] == (progress, attainment)
    assert why in got[2]


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ("效益指标/可持续影响指标|长效机制|建立|正在建立", "实际“正在建立”，部分达到“建立”"),
        (
            "满意度指标/服务对象满意度指标|群众满意度|满意|较满意",
            "实际“较满意”，程度低于年度指标“满意”，部分达成",
        ),
    ],
)
def test_word_shortfalls_partial_at_year_end(row: str, why: str) -> None:
    assert _self(row) == ("partial", why)


# ---------------------------------------------------------------------------
# F14: 生态效益 cells

ECO = "效益指标/生态效益指标"
SelfRow = tuple[str, str, str]

ECOLOGY: list[SelfRow] = [
    (f"{ECO}|碳排放|≤1000吨CO2|950吨", "met", "实际950吨二氧化碳，达到年度指标≤1000吨CO2"),
    (f"{ECO}|碳排放|≤1000吨CO2|1050吨", "not_met", "实际1050吨二氧化碳"),
    (
        f"{ECO}|碳减排量|≥1000tCO2e|1200吨二氧化碳当量",
        "met",
        "实际1200吨二氧化碳当量，达到年度指标≥1000tCO2e",
    ),
    (f"{ECO}|碳减排量|≥1000吨|1200吨二氧化碳", "met", "实际1200吨，达到年度指标≥1000吨"),
    (f"{ECO}|碳减排量|≥1万tCO2e|1.2万吨CO2", "met", "实际1.2万吨CO2，达到年度指标≥1万tCO2e"),
    (f"{ECO}|碳减排量|≥1000吨CO2|800000kgCO2", "not_met", "实际800000kgCO2"),
    (
        f"{ECO}|节约标准煤|≥500吨标准煤|节约标煤620吨",
        "met",
        "实际620吨标准煤，达到年度指标≥500吨标准煤",
    ),
    (f"{ECO}|节能量|≥1万吨标煤|1.2万吨标准煤", "met", "实际1.2万吨标准煤"),
    # a row that names neither coal nor carbon: tonnes of something else
    (f"{ECO}|垃圾清运|≤1000吨CO2|950吨", "unknown", "单位不可比"),
    (f"{ECO}|碳排放量|较上年下降|减少碳排放1200吨", "met", "实际“减少碳排放1200吨”，达到“下降”"),
    (f"{ECO}|化肥使用量|较上年下降|减少化肥使用量1200吨", "met", "达到“下降”"),
    (f"{ECO}|碳排放量|较上年下降|减少垃圾1200吨", "unknown", "无法与年度指标“较上年下降”对照"),
    (
        f"{ECO}|PM2.5年均浓度|较上年下降5%|32μg/m³，较上年下降6.1%",
        "met",
        "实际较上年下降6.1%，达到年度指标较上年下降5%",
    ),
    (
        f"{ECO}|PM2.5年均浓度|较上年下降5%|32μg/m³，较上年下降3%",
        "not_met",
        "实际较上年下降3%，未达年度指标较上年下降5%",
    ),
    (f"{ECO}|PM2.5年均浓度|较上年下降|32μg/m³，较上年下降3%", "met", "达到“下降”"),
    # against a level target the level is read, as before
    (f"{ECO}|PM2.5年均浓度|≤35μg/m³|32μg/m³，较上年下降3%", "met", "实际32μg/m³"),
    (
        f"{ECO}|能耗|单位GDP能耗下降3%|下降3.2%",
        "met",
        "实际下降3.2%，达到年度指标单位GDP能耗下降3%",
    ),
    (f"{ECO}|能耗|单位GDP能耗下降3%|下降2.2%", "not_met", "实际下降2.2%"),
    (f"{ECO}|能耗|单位GDP能耗下降3%|用水量下降3.2%", "unknown", "不是同一指标或同一基期的变化"),
    (
        f"{ECO}|水质|达到Ⅲ类标准|Ⅳ类（主要超标因子总磷）",
        "not_met",
        "实际“Ⅳ类（主要超标因子总磷）”低于“达到Ⅲ类标准”",
    ),
    (f"{ECO}|水质|Ⅲ类|Ⅳ类(总磷超标)", "not_met", "低于“Ⅲ类”"),
    # a note beside a grade that meets the target: the reviewer's, as before
    (f"{ECO}|水质|达到Ⅲ类标准|Ⅱ类（优于目标）", "unknown", ""),
]


@pytest.mark.parametrize(("row", "attainment", "why"), ECOLOGY)
def test_ecology_cells(row: str, attainment: str, why: str) -> None:
    got = _self(row)
    assert got[0] == attainment
    assert why in got[1]


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("1000tCO2e", "tCO2e"),
        ("1000吨CO2e", "吨CO2e"),
        ("1000吨CO₂", "吨CO₂"),
        ("1200吨二氧化碳", "吨二氧化碳"),
        ("1200吨二氧化碳当量", "吨二氧化碳当量"),
        ("1.2万tCO2e", "万tCO2e"),
        ("1000吨CO2当量", "吨CO2当量"),
    ],
)
def test_carbon_units_parse(cell: str, unit: str) -> None:
    value = parse_value(cell)
    assert isinstance(value, perftrack.Quantity)
    assert value.unit == unit
    target = parse_target(f"≥{cell}")
    assert isinstance(target, perftrack.Comparison)
    assert target.unit == unit


def test_carbon_words_stay_words() -> None:
    assert parse_value("减排二氧化碳1200吨") == parse_value("减排二氧化碳1200吨")
    value = parse_value("减排二氧化碳1200吨")
    assert isinstance(value, perftrack.Quantity)
    assert (value.unit, value.label) == ("吨", "减排二氧化碳")


def test_water_class_note_mid_year_pending() -> None:
    got = _track(f"{ECO}|水质|达到Ⅲ类标准|/|Ⅳ类（主要超标因子总磷）")
    assert got[1:] == (
        "pending",
        "实际“Ⅳ类（主要超标因子总磷）”低于“达到Ⅲ类标准”，距年底尚有时间",
    )


# ---------------------------------------------------------------------------
# F15: 经济/社会效益 cells

SOCIAL = "效益指标/社会效益指标"
ECONOMY = "效益指标/经济效益指标"

BENEFITS: list[SelfRow] = [
    (f"{SOCIAL}|带动就业|≥200人|带动就业二百余人", "met", "实际200余人，达到年度指标≥200人"),
    (f"{SOCIAL}|带动就业|≥200人|带动就业两百余人", "met", "实际200余人，达到年度指标≥200人"),
    (f"{SOCIAL}|带动就业|≥250人|带动就业二百余人", "unknown", "实际200余人不能确定"),
    (f"{SOCIAL}|带动就业|≥200人|带动就业二百三十六人", "met", "实际236人"),
    (f"{SOCIAL}|带动就业|≥200人|二百余人", "met", "实际200余人"),
    (f"{ECONOMY}|产值|≥5000万元|实现产值5200万元，利润600万元", "met", "实际5200万元"),
    (f"{ECONOMY}|利润|≥500万元|实现产值5200万元，实现利润600万元", "met", "实际600万元"),
    (f"{ECONOMY}|利润|≥700万元|实现产值5200万元，实现利润600万元", "not_met", "实际600万元"),
    (f"{ECONOMY}|产值|≥5000万元|产值5200万元，利润600万元", "met", "实际5200万元"),
    # a name asking neither clause: no figure chosen
    (f"{ECONOMY}|销售收入|≥5000万元|实现产值5200万元，利润600万元", "unknown", "不是数值"),
    (
        f"{ECONOMY}|拉动社会投资|≥1:3|1:3.5",
        "met",
        "实际1:3.5，达到年度指标≥1:3（比值后项3.5不低于3）",
    ),
    (
        f"{ECONOMY}|拉动社会投资|1:3|1:2.5",
        "not_met",
        "实际1:2.5，未达年度指标1:3（比值后项2.5低于3）",
    ),
    (f"{ECONOMY}|投入产出比|≥1:5|1:6", "met", "比值后项6不低于5"),
    (f"{ECONOMY}|拉动社会投资|≥1：3|拉动比为1：3.2", "met", "比值后项3.2不低于3"),
    (f"{ECONOMY}|拉动社会投资|≥1:3|未达到1:3", "unknown", ""),
    # a ratio better lower (师生比): the reviewer's
    (f"{SOCIAL}|师生比|1:15|1:16", "unknown", ""),
]


@pytest.mark.parametrize(("row", "attainment", "why"), BENEFITS)
def test_benefit_cells(row: str, attainment: str, why: str) -> None:
    got = _self(row)
    assert got[0] == attainment
    assert why in got[1]


def test_leverage_mid_year_pending() -> None:
    got = _track(f"{ECONOMY}|拉动社会投资|≥1:3|/|1:2.5")
    assert got[1:] == ("pending", "实际1:2.5，未达年度指标≥1:3（比值后项2.5低于3），距年底尚有时间")
