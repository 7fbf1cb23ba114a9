"""Scoring of technical names, data rates and doses (m25).

- A technical name (``IPv6``, ``5G``) is judged as text, never as the number 6 or 5.
- On a row of a data rate (带宽, 网速, 速率, 出口) the bare spellings ``10G``, ``1000M``,
  ``100M`` and the words ``万兆``, ``千兆``, ``百兆`` are rates (10 Gbps, 1 Gbps, 100 Mbps).
- An actual beginning with ``最高`` is the highest figure observed, no ceiling:
  ``最高5600μSv`` against ``≤5mSv`` is 5.6 mSv, not_met.
- ``无拖欠农民工工资现象`` is a zero target: ``未发生拖欠`` and ``0起`` meet it.

Each case is a one-row 自评表 written as text and the exact verdict it gives.
"""

from __future__ import annotations

import pytest

from probe_tables import self_reading


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("网络协议支持", "支持IPv6", "已支持IPv6"),
            ("met", "实际“已支持IPv6”包含年度指标“支持IPv6”的全部内容，达到年度指标"),
            id="ipv6-supported",
        ),
        pytest.param(
            ("网络协议支持", "IPv4", "IPv6"),
            ("unknown", "年度指标为文字描述，实际完成情况需人工判断"),
            id="ipv4-not-6",
        ),
        pytest.param(
            ("网络建设", "5G", "5G"),
            ("met", "实际完成情况与年度指标表述一致"),
            id="5g-same-words",
        ),
        pytest.param(
            ("5G基站建设数量", "≥10个", "12个"),
            ("met", "实际12个，达到年度指标≥10个"),
            id="5g-count-control",
        ),
    ],
)
def test_technical_names(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("出口带宽", "≥10G", "万兆"),
            ("met", "实际10Gbps，达到年度指标≥10Gbps"),
            id="10g-against-wanzhao",
        ),
        pytest.param(
            ("出口带宽", "≥1000M", "千兆"),
            ("met", "实际1Gbps，达到年度指标≥1000Mbps"),
            id="1000m-against-qianzhao",
        ),
        pytest.param(
            ("出口带宽", "≥1000Mbps", "10G"),
            ("met", "实际10Gbps，达到年度指标≥1000Mbps"),
            id="bare-10g-actual",
        ),
        pytest.param(
            ("网速", "≥100M", "百兆"),
            ("met", "实际100Mbps，达到年度指标≥100Mbps"),
            id="baizhao",
        ),
        pytest.param(
            ("出口带宽", "不低于千兆", "百兆"),
            ("not_met", "实际100Mbps，未达年度指标≥1Gbps"),
            id="qianzhao-floor-missed",
        ),
        pytest.param(
            ("出口带宽", "万兆以上", "已实现万兆接入"),
            ("met", "实际10Gbps，达到年度指标≥10Gbps"),
            id="wanzhao-in-words",
        ),
        pytest.param(
            ("数据传输速率", "≥100M", "80M"),
            ("not_met", "实际80Mbps，未达年度指标≥100Mbps"),
            id="rate-bare-m",
        ),
        # controls: Gbps against Mbps already converted; 12G of storage is no rate
        pytest.param(
            ("出口带宽", "≥1000Mbps", "出口带宽1Gbps"),
            ("met", "实际1Gbps，达到年度指标≥1000Mbps"),
            id="gbps-control-met",
        ),
        pytest.param(
            ("出口带宽", "≥1000Mbps", "0.8Gbps"),
            ("not_met", "实际0.8Gbps，未达年度指标≥1000Mbps"),
            id="gbps-control-not-met",
        ),
        pytest.param(
            ("存储容量", "≥10G", "12G"), ("met", "实际12G，达到年度指标≥10G"), id="storage-control"
        ),
    ],
)
def test_data_rates(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("个人年有效剂量", "≤5mSv", "最高5600μSv"),
            ("not_met", "实际5600μSv已超出年度上限≤5mSv"),
            id="highest-microsievert-over",
        ),
        pytest.param(
            ("个人年有效剂量", "≤5mSv", "最高4600微希沃特"),
            ("met", "实际4600微希沃特，达到年度指标≤5mSv"),
            id="highest-microsievert-under",
        ),
        pytest.param(
            ("差错率", "≤1%", "最高1.2%"),
            ("not_met", "实际1.2%，超出年度指标≤1%"),
            id="highest-share-over",
        ),
        # controls: a ceiling said twice stays a ceiling; a labelled highest was read already
        pytest.param(
            ("差错率", "≤1%", "最高不超过0.8%"),
            ("met", "实际不超过0.8%，达到年度指标≤1%"),
            id="ceiling-said-twice",
        ),
        pytest.param(
            ("个人年有效剂量", "≤20mSv", "最高个人年有效剂量22.6毫希沃特"),
            ("not_met", "实际22.6毫希沃特已超出年度上限≤20mSv"),
            id="labelled-highest-control",
        ),
    ],
)
def test_observed_highest(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            ("农民工工资支付", "无拖欠农民工工资现象", "未发生拖欠"),
            ("met", "实际“未发生拖欠”，达到“无拖欠农民工工资现象”"),
            id="none-happened",
        ),
        pytest.param(
            ("农民工工资支付", "无拖欠农民工工资现象", "0起"),
            ("met", "实际0起，达到“无拖欠农民工工资现象”"),
            id="zero-cases",
        ),
        pytest.param(
            ("农民工工资支付", "无拖欠农民工工资现象", "发生拖欠2起"),
            ("not_met", "实际发生拖欠2起，未达到“无拖欠农民工工资现象”"),
            id="two-cases",
        ),
        pytest.param(
            ("农民工工资支付", "无拖欠工资", "未出现拖欠工资"),
            ("met", "实际“未出现拖欠工资”，达到“无拖欠工资”"),
            id="short-control",
        ),
    ],
)
def test_no_arrears(row: tuple[str, str, str], expected: tuple[str, str]) -> None:
    assert self_reading(*row) == expected
