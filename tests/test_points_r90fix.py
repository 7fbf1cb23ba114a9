"""r90fix W2: a blank rate 得分 counts at its whole weight only when the rate earns it.

regress90 p2: 分值 30/10/30/10 (80), execution rate 40% with its 分值 and 得分 blank, 总分
100 | 优. The rate gives 4 (of the template's 10) or 8 (of the column's rest, 20), never
20: 80 + 20 = 100 is wrong arithmetic, said under both presets. The candidates are
named once each (p3: was 按5分、10分、10分或20分). Tables are written here as TSV.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.policy import Policy

if TYPE_CHECKING:
    from pathlib import Path

_HEAD = "项目支出绩效自评表\n（2023年度）\n项目名称\t机耕路建设\n主管部门\t某县农业农村局\t实施单位\t某县农业技术推广中心\n"
_ROWS = (
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t新建机耕路\t≥10(公里)\t10.5公里\t30\t30\t\n"
    "\t质量指标\t验收合格率\t=100%\t100%\t10\t10\t\n"
    "效益指标\t社会效益指标\t受益农户\t≥2000(户)\t2100户\t30\t30\t\n"
    "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t93%\t10\t10\t\n"
)


def _table(tmp_path: Path, executed: str, total: str) -> perftrack.Table:
    text = (
        _HEAD
        + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + f"\t年度资金总额\t100.00\t100.00\t{executed}\t\t{executed}%\t\n"
        + _ROWS
        + f"总分\t\t\t\t\t100\t{total}\t优\n"
    )
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    return perftrack.read(path)[0]


@pytest.mark.parametrize(
    ("executed", "total", "expected"),
    [
        # regress90 W2 (p2): was silent, 80 + the rest's whole 20
        pytest.param(
            "40.00",
            "100",
            [
                (
                    "各项得分合计80分（预算执行率未填得分，按4分或8分计为84分或88分），"
                    "与表中总分100分不符，按合计应评为“良”，表中为“优”"
                )
            ],
            id="rate40-total100",
        ),
        # regress90 p3: each candidate named once (was 5分、10分、10分或20分)
        pytest.param(
            "50.00",
            "96",
            [
                "各项得分合计80分（预算执行率未填得分，按5分或10分计为85分或90分），与表中总分96分不符"
            ],
            id="rate50-total96-no-repeats",
        ),
        # a full rate earns its whole weight: 80 + 20 (or 80 + 10)
        pytest.param("100.00", "100", [], id="rate100-total100"),
        pytest.param("100.00", "90", [], id="rate100-total90"),
        # policy35 t09/t15: the computed points, the same answer under both presets
        pytest.param("80.00", "88", [], id="t09-rate80-80+8"),
        pytest.param("80.00", "96", [], id="t15-rate80-80+16"),
    ],
)
@pytest.mark.parametrize("policy", [Policy.central(), Policy.hubei()], ids=["central", "hubei"])
def test_blank_rate_points_in_the_total(
    tmp_path: Path, executed: str, total: str, expected: list[str], policy: Policy
) -> None:
    card = perftrack.score(_table(tmp_path, executed, total), policy=policy)
    assert [f.message for f in card.findings if f.id == "points-sum-mismatch"] == expected
