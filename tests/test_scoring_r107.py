"""r107: regressions of the k27b merge (regress107 W1, W2).

W1. A forecast date in the actual's cell past the deadline makes a pending row ``behind``
    only when it is the row's current forecast of its own completion: not a former one
    (``原预计11月完工``, superseded by ``现预计``/``经赶工预计``), not when the cell says
    the work done (``已于9月提前完工``), not a part's (``附属工程预计11月完工``), not a
    later step's (``预计11月中旬完成竣工验收`` on a 完工 row).
W2. A purchase's last step (``采购到位``, ``到货``, ``入库``) does not meet a deadline for a
    later step (安装, 调试, 验收, 投入使用, 运行, 完工) the row's name or target names: unknown.
"""

from __future__ import annotations

import pytest

import perftrack
from probe_tables import self_reading
from scoring_builders import indicator, tracking_table


def _tracked(target: str, actual: str, name: str = "疏浚工程完工时间") -> tuple[str, str, str]:
    row = indicator(
        name=name, target=target, planned="主体完工", actual=actual, forecast=None, year=2025
    )
    got = perftrack.score(tracking_table([row], period=(2025, 1, 2025, 9))).verdicts[0]
    return got.attainment.value, got.progress.value, got.explanation


def _pending(actual: str, due: str = "2025-10-31") -> tuple[str, str, str]:
    return ("pending", "unknown", f"实际“{actual}”，截止日期{due}未到")


def _behind(actual: str, said: str, due: str = "2025-10-31") -> tuple[str, str, str]:
    return (
        "pending",
        "behind",
        f"实际“{actual}”，截止日期{due}未到；实际注明“{said}”，晚于截止日期{due}",
    )


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        pytest.param(
            "2025年10月底前",
            "原预计11月完工，已于9月提前完工",
            _pending("原预计11月完工，已于9月提前完工"),
            id="former-forecast-beaten",
        ),
        pytest.param(
            "2025年10月底前",
            "已完工（原预计11月完工）",
            _pending("已完工（原预计11月完工）"),
            id="done-former-forecast-in-brackets",
        ),
        pytest.param(
            "2025年10月底前",
            "较原预计11月完工提前，已于9月完工",
            _pending("较原预计11月完工提前，已于9月完工"),
            id="ahead-of-former-forecast",
        ),
        pytest.param(
            "2025年12月底前",
            "原预计2026年1月完工，经赶工预计11月完工",
            _pending("原预计2026年1月完工，经赶工预计11月完工", "2025-12-31"),
            id="current-forecast-after-rush-in-time",
        ),
        pytest.param(
            "2025年10月底前",
            "进度75%，原预计11月完工，现预计10月中旬完工",
            _pending("进度75%，原预计11月完工，现预计10月中旬完工"),
            id="current-forecast-in-time",
        ),
        pytest.param(
            "2025年10月底前",
            "进度75%，原预计10月完工，现预计11月中旬完工",
            _behind("进度75%，原预计10月完工，现预计11月中旬完工", "预计11月中旬完工"),
            id="current-forecast-late-still-behind",
        ),
        pytest.param(
            "2025年10月底前",
            "预计11月完工，现已于9月提前完工",
            _pending("预计11月完工，现已于9月提前完工"),
            id="forecast-beaten-done-ahead",
        ),
        pytest.param(
            "2025年10月底前",
            "主体已完工，附属工程预计11月完工",
            _pending("主体已完工，附属工程预计11月完工"),
            id="part-forecast-not-judged",
        ),
        pytest.param(
            "2025年10月底前",
            "进度75%，预计11月中旬完成竣工验收",
            _pending("进度75%，预计11月中旬完成竣工验收"),
            id="later-step-forecast-not-judged",
        ),
        pytest.param(
            "2025年10月底前",
            "一期已完工，二期预计11月完工",
            _behind("一期已完工，二期预计11月完工", "预计11月完工"),
            id="last-phase-forecast-behind",
        ),
        pytest.param(
            "2025年10月底前",
            "进度75%，疏浚工程预计11月中旬完工",
            _behind("进度75%，疏浚工程预计11月中旬完工", "预计11月中旬完工"),
            id="row-subject-forecast-behind",
        ),
        pytest.param(
            "2025年10月底前",
            "进度75%，预计11月中旬完工",
            _behind("进度75%，预计11月中旬完工", "预计11月中旬完工"),
            id="bare-forecast-behind",
        ),
    ],
)
def test_forecast_in_cell_only_the_current_own_one(
    target: str, actual: str, expected: tuple[str, str, str]
) -> None:
    assert _tracked(target, actual) == expected


def test_later_step_forecast_on_its_own_row_behind() -> None:
    actual = "进度75%，预计11月中旬完成竣工验收"
    got = _tracked("2025年10月底前", actual, name="疏浚工程竣工验收时间")
    assert got == _behind(actual, "预计11月中旬完成竣工验收")


BOUGHT_UNKNOWN = (
    "实际“{}”是采购到位（到货、入库）的日期，指标考核的“{}”在其后，"
    "无法判断是否于截止日期{}前完成，需人工判断"
)


@pytest.mark.parametrize(
    ("name", "target", "actual", "expected"),
    [
        pytest.param(
            "监控设备采购安装",
            "10月前完成安装调试",
            "9月采购到位",
            ("unknown", BOUGHT_UNKNOWN.format("9月采购到位", "安装", "2025-10-31")),
            id="bought-against-installation",
        ),
        pytest.param(
            "设备安装调试",
            "10月底前完成安装调试",
            "9月采购到位",
            ("unknown", BOUGHT_UNKNOWN.format("9月采购到位", "安装", "2025-10-31")),
            id="bought-on-installation-row",
        ),
        pytest.param(
            "设备采购",
            "10月底前完成验收",
            "9月采购到位",
            ("unknown", BOUGHT_UNKNOWN.format("9月采购到位", "验收", "2025-10-31")),
            id="bought-against-acceptance",
        ),
        pytest.param(
            "设备安装",
            "7月底前完成安装",
            "6月25日到货，7月10日入库",
            (
                "unknown",
                BOUGHT_UNKNOWN.format("6月25日到货，7月10日入库", "安装", "2025-07-31"),
            ),
            id="stored-against-installation",
        ),
        pytest.param(
            "设备投入使用时间",
            "10月底前",
            "9月到货",
            ("unknown", BOUGHT_UNKNOWN.format("9月到货", "投入使用", "2025-10-31")),
            id="arrived-on-use-row",
        ),
        pytest.param(
            "设备采购",
            "10月前采购到位",
            "9月采购到位",
            ("met", "实际“9月采购到位”，未晚于截止日期2025-10-31"),
            id="bought-on-purchase-row-met",
        ),
        pytest.param(
            "设备采购",
            "10月底前完成采购",
            "9月采购到位",
            ("met", "实际“9月采购到位”，未晚于截止日期2025-10-31"),
            id="bought-against-purchase-met",
        ),
        pytest.param(
            "物资储备入库",
            "7月底前入库",
            "6月25日到货，7月10日入库",
            ("met", "实际“6月25日到货，7月10日入库”，未晚于截止日期2025-07-31"),
            id="stored-on-storage-row-met",
        ),
        pytest.param(
            "物资采购验收入库",
            "7月底前",
            "7月10日入库",
            ("met", "实际“7月10日入库”，未晚于截止日期2025-07-31"),
            id="stored-on-inspected-storage-row-met",
        ),
        pytest.param(
            "监控设备采购安装",
            "10月前完成安装调试",
            "9月采购到位，10月20日完成安装调试",
            ("met", "实际“9月采购到位，10月20日完成安装调试”，未晚于截止日期2025-10-31"),
            id="installation-said-done-met",
        ),
        pytest.param(
            "设备安装",
            "7月底前完成安装",
            "8月10日到货",
            ("not_met", "实际“8月10日到货”，晚于截止日期2025-07-31"),
            id="arrived-after-due-still-late",
        ),
    ],
)
def test_purchase_date_does_not_meet_a_later_step(
    name: str, target: str, actual: str, expected: tuple[str, str]
) -> None:
    assert self_reading(name, target, actual) == expected
