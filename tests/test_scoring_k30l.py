"""k30l: counts of works started, rates of another measure, and 优良 as a band (parse55).

Each case is one row of the probe 自评表 (2025, as of its year's end) or of the probe
跟踪表 (2025, January to September):

1. H3 — a count said with a step before the work is done (``已开工120户``, ``120户已开工``,
   ``动工``, ``开建``, ``在建``, ``正在施工``) on a row counting the work itself
   (``危房改造户数``, ``新建校舍面积``) is not the count done: ``unknown`` in a 自评表
   (also when the cell says completion is next year: how many of the year's are done is
   not said), ``pending`` before due in a 跟踪表; never ``met``. A row or target naming
   the step (``开工数量``, ``项目开工率``) keeps reading it, as does a count done.
2. H5 — a label ending in 率 whose word before 率 shares nothing with the row's rate
   (``预算调整率`` on ``预算编制准确率``, ``资金支出率`` on ``资金到位率``, ``结转率`` on
   ``执行率``, ``参与率`` on ``覆盖率``) is another measure: ``unknown``, "口径不同". Words
   sharing a character (``验收合格率`` on ``工程合格率``), read as one (``支出率`` on
   ``执行率``), read as one by a family (``达标率`` on ``合格率``) or of any rate
   (``完成率``), and a plain ratio (``比率``), keep the comparison.
3. H7 — ``优良`` as a target is the band of 优 and 良: ``良好``, ``良`` and ``优秀`` meet
   it, ``合格`` and ``一般`` do not; ``优`` as a target still asks for 优.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading, track_verdict

SELF_CASES = [
    # H3: the works started, not done
    pytest.param(
        "危房改造户数",
        "≥120户",
        "已开工120户，预计明年3月竣工",
        "unknown",
        "实际“已开工120户（预计明年3月竣工）”为开工的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="started-count-completion-next-year",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "开工120户",
        "unknown",
        "实际“开工120户”为开工的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="started-count-label",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "120户已开工",
        "unknown",
        "实际“120户已开工”为开工的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="started-count-after",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "已动工120户",
        "unknown",
        "实际“已动工120户”为动工的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="started-count-dong",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "在建120户",
        "unknown",
        "实际“在建120户”为在建的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="under-way-count",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "正在施工120户",
        "unknown",
        "实际“正在施工120户”为施工中的数量，不是完成数，是否达到年度指标≥120户需人工判断",
        id="being-built-count",
    ),
    pytest.param(
        "新建校舍面积",
        "5000平方米",
        "已开工5000平方米",
        "unknown",
        "实际“已开工5000平方米”为开工的数量，不是完成数，是否达到年度指标=5000平方米需人工判断",
        id="started-area",
    ),
    # neighbours: the row counts starts, or the count is the work done
    pytest.param(
        "开工数量",
        "≥120户",
        "已开工120户",
        "met",
        "实际120户，达到年度指标≥120户",
        id="start-row-keeps-started",
    ),
    pytest.param(
        "开工数量",
        "≥120户",
        "开工120户",
        "met",
        "实际120户，达到年度指标≥120户",
        id="start-row-keeps-label",
    ),
    pytest.param(
        "项目开工率",
        "100%",
        "已开工100%",
        "met",
        "实际100%，达到年度指标=100%",
        id="start-rate-keeps",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "完成改造120户",
        "met",
        "实际120户，达到年度指标≥120户",
        id="done-count-unchanged",
    ),
    pytest.param(
        "危房改造户数",
        "≥120户",
        "120户",
        "met",
        "实际120户，达到年度指标≥120户",
        id="bare-count-unchanged",
    ),
    # H5: a labelled rate of another measure
    pytest.param(
        "预算编制准确率",
        "≥95%",
        "预算调整率3%",
        "unknown",
        "实际“预算调整率3%”统计的是预算调整率，年度指标“≥95%”统计的是预算编制准确率，"
        "口径不同（调整率≠准确率），需人工判断",
        id="other-rate-adjustment",
    ),
    pytest.param(
        "资金到位率",
        "100%",
        "资金支出率85%",
        "unknown",
        "实际“资金支出率85%”统计的是资金支出率，年度指标“100%”统计的是资金到位率，"
        "口径不同（支出率≠到位率），需人工判断",
        id="other-rate-spending",
    ),
    pytest.param(
        "执行率",
        "≥90%",
        "结转率8%",
        "unknown",
        "实际“结转率8%”统计的是结转率，年度指标“≥90%”统计的是执行率，"
        "口径不同（结转率≠执行率），需人工判断",
        id="other-rate-carried",
    ),
    pytest.param(
        "项目资金执行率",
        "≥90%",
        "资金结转率8%",
        "met",
        "实际完成值8%与按金额计算的执行率96.00%不符，按96.00%判断；实际96.00%，达到年度指标≥90%",
        id="other-rate-on-the-block-rate-row",  # the block's rate, no longer 结转率's
    ),
    pytest.param(
        "覆盖率",
        "≥90%",
        "参与率92%",
        "unknown",
        "实际“参与率92%”统计的是参与率，年度指标“≥90%”统计的是覆盖率，"
        "口径不同（参与率≠覆盖率），需人工判断",
        id="other-rate-taking-part",
    ),
    # neighbours: the same rate, read as one, of any rate, or a family's
    pytest.param(
        "工程合格率",
        "100%",
        "验收合格率100%",
        "met",
        "实际100%，达到年度指标=100%",
        id="contained-rate",
    ),
    pytest.param(
        "合格率", "100%", "达标率100%", "met", "实际100%，达到年度指标=100%", id="family-same"
    ),
    pytest.param(
        "任务完成率", "≥95%", "完成率96%", "met", "实际96%，达到年度指标≥95%", id="same-rate"
    ),
    pytest.param(
        "参保率", "≥95%", "参保覆盖率96%", "met", "实际96%，达到年度指标≥95%", id="longer-holds-row"
    ),
    pytest.param(
        "三公经费控制率",
        "≤100%",
        "三公经费支出率90%",
        "met",
        "实际90%，达到年度指标≤100%",
        id="control-as-spending",
    ),
    pytest.param(
        "验收合格率",
        "100%",
        "一次验收通过率100%",
        "met",
        "实际100%，达到年度指标=100%",
        id="passed-as-qualified",
    ),
    pytest.param(
        "资金拨付率", "100%", "到位率100%", "met", "实际100%，达到年度指标=100%", id="paid-arrived"
    ),
    pytest.param(
        "空气质量优良天数比率",
        "≥85%",
        "优良率90%",
        "met",
        "实际90%，达到年度指标≥85%",
        id="plain-ratio-row",
    ),
    pytest.param(
        "工程验收优良率",
        "≥85%",
        "验收合格率100%",
        "unknown",
        "实际“验收合格率100%”统计的是验收合格率，年度指标“≥85%”统计的是工程验收优良率，"
        "口径不同（合格率≠优良率），需人工判断",
        id="family-other-unchanged",
    ),
    # H7, the band of two grades
    pytest.param(
        "PPP项目绩效考核", "优良", "良好", "met", "实际“良好”，达到“优良”", id="good-meets-band"
    ),
    pytest.param("考核等次", "优良", "良", "met", "实际“良”，达到“优良”", id="liang-meets-band"),
    pytest.param(
        "PPP项目绩效考核", "优良", "优秀", "met", "实际“优秀”，达到“优良”", id="top-meets-band"
    ),
    pytest.param(
        "考核等次",
        "优良",
        "评估结果：良好",
        "met",
        "实际“评估结果：良好”，达到“优良”",
        id="labelled-good-meets-band",
    ),
    pytest.param(
        "PPP项目绩效考核",
        "优良",
        "合格",
        "not_met",
        "实际“合格”低于“优良”",
        id="pass-below-band",
    ),
    pytest.param(
        "考核等次", "优良", "一般", "not_met", "实际“一般”低于“优良”", id="fair-below-band"
    ),
    pytest.param("考核等次", "优", "良好", "not_met", "实际“良好”低于“优”", id="top-still-top"),
]


@pytest.mark.parametrize(("name", "target", "actual", "attainment", "explanation"), SELF_CASES)
def test_self_reading(
    name: str, target: str, actual: str, attainment: str, explanation: str
) -> None:
    assert self_reading(name, target, actual) == (attainment, explanation)


TRACK_CASES = [
    pytest.param(
        "危房改造户数",
        "≥120户",
        "90户",
        "已开工120户，预计11月底前全部竣工",
        "pending",
        "实际“已开工120户（预计11月底前全部竣工）”为开工的数量，不是完成数，"
        "是否达到年度指标≥120户需人工判断",
        id="started-count-mid-year",
    ),
    pytest.param(
        "新建校舍面积",
        "5000平方米",
        "3000平方米",
        "已开工5000平方米",
        "pending",
        "实际“已开工5000平方米”为开工的数量，不是完成数，是否达到年度指标=5000平方米需人工判断",
        id="started-area-mid-year",
    ),
    pytest.param(
        "开工数量",
        "≥120户",
        "90户",
        "已开工120户",
        "met",
        "实际120户，达到年度指标≥120户",
        id="start-row-mid-year",
    ),
]


@pytest.mark.parametrize(
    ("name", "target", "plan", "actual", "attainment", "explanation"), TRACK_CASES
)
def test_track_reading(  # noqa: PLR0913, PLR0917 - one argument per column of the row
    name: str, target: str, plan: str, actual: str, attainment: str, explanation: str
) -> None:
    verdict = track_verdict(name, target, plan, actual)
    assert (verdict.attainment.value, verdict.explanation) == (attainment, explanation)
