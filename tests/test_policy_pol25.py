"""pol25: the table's own arithmetic beside a blank rate 得分, and policy-file typos.

Tables are written here as TSV, read by ``perftrack.read`` and scored under both presets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import perftrack
from perftrack.policy import Policy, PolicyError, as_policy

if TYPE_CHECKING:
    from pathlib import Path

_HEAD = "项目支出绩效自评表\n（2023年度）\n项目名称\t机耕路建设\n主管部门\t某县农业农村局\t实施单位\t某县农业技术推广中心\n"


def _table(tmp_path: Path, weights: tuple[str, str, str, str], total: str) -> perftrack.Table:
    """Rate 80%, its 分值 and 得分 blank; every indicator met at full points."""
    rows = [
        f"产出指标\t数量指标\t新建机耕路\t≥10(公里)\t10.5公里\t{weights[0]}\t{weights[0]}\t",
        f"\t质量指标\t验收合格率\t=100%\t100%\t{weights[1]}\t{weights[1]}\t",
        f"效益指标\t社会效益指标\t受益农户\t≥2000(户)\t2100户\t{weights[2]}\t{weights[2]}\t",
        f"满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t93%\t{weights[3]}\t{weights[3]}\t",
    ]
    text = (
        _HEAD
        + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100.00\t100.00\t80.00\t\t80.00%\t\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        + "\n".join(rows)
        + f"\n{total}\n"
    )
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    return perftrack.read(path)[0]


_EIGHTY = ("30", "10", "30", "10")
_NINETY = ("40", "10", "30", "10")


@pytest.mark.parametrize(
    ("weights", "total", "expected"),
    [
        # 80 + 8 (rate 80% of the template's 10): silent under Hubei too (was a warning)
        pytest.param(_EIGHTY, "总分\t\t\t\t\t90\t88\t良", [], id="80+8=88"),
        # 80 + 16 (80% of the rest, 20): silent under the central rules too (was a warning)
        pytest.param(_EIGHTY, "总分\t\t\t\t\t100\t96\t优", [], id="80+16=96"),
        # r90fix W2: the whole 10 only for a rate that earns it; 80% gives 8 or 16
        pytest.param(
            _EIGHTY,
            "总分\t\t\t\t\t100\t90\t优",
            [
                "各项得分合计80分（预算执行率未填得分，按8分或16分计为88分或96分），与表中总分90分不符"
            ],
            id="80+10=90-whole-weight-not-earned",
        ),
        pytest.param(
            _EIGHTY,
            "总分\t\t\t\t\t100\t93\t优",
            [
                (
                    "各项得分合计80分（预算执行率未填得分，按8分或16分计为88分或96分），"
                    "与表中总分93分不符"
                )
            ],
            id="80-under-93-says-what-was-assumed",
        ),
        pytest.param(
            _NINETY,
            "总分\t\t\t\t\t100\t96\t优",
            [("各项得分合计90分（预算执行率未填得分，按8分计为98分），与表中总分96分不符")],
            id="90-under-96-rest-is-the-template-10",
        ),
        pytest.param(
            _NINETY,
            "总分\t\t\t\t\t100\t85\t优",
            [("各项得分合计90分（预算执行率未填得分，按8分计为98分），与表中总分85分不符")],
            id="every-sum-优-as-printed-no-grade-named",
        ),
        pytest.param(
            _NINETY,
            "总分\t\t\t\t\t100\t85\t良",
            [
                (
                    "各项得分合计90分（预算执行率未填得分，按8分计为98分），"
                    "与表中总分85分不符，按合计应评为“优”，表中为“良”"
                )
            ],
            id="every-sum-in-one-other-band-named",
        ),
    ],
)
@pytest.mark.parametrize("policy", [Policy.central(), Policy.hubei()], ids=["central", "hubei"])
def test_points_sum_beside_a_blank_rate(
    tmp_path: Path,
    weights: tuple[str, str, str, str],
    total: str,
    expected: list[str],
    policy: Policy,
) -> None:
    card = perftrack.score(_table(tmp_path, weights, total), policy=policy)
    found = [f.message for f in card.findings if f.id == "points-sum-mismatch"]
    assert found == expected


# ---------------------------------------------------------------------------
# L2: policy-file typos get a "did you mean", as the family names do


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            'languag = "en"\n',
            "设置 languag = 'en' 无效（未知设置；是否想写 'language'？）",
            id="key",
        ),
        pytest.param(
            "year_end = 95\n",
            "设置 year_end = 95 无效（未知设置；是否想写 'year_end_rate'？）",
            id="key-short",
        ),
        pytest.param("foo = 1\n", "设置 foo = 1 无效（未知设置）", id="nothing-close"),
        pytest.param(
            'preset = "Hubei"\n',
            "未知的预设 'Hubei'（可用：central、hubei；是否想写 'hubei'？）",
            id="preset-case",
        ),
    ],
)
def test_a_policy_file_typo_gets_a_suggestion(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        Policy.load(path)
    assert str(caught.value) == f"{path}: {expected}"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param(
            "Hubei",
            "--policy 'Hubei'：不是预设（central、hubei），也没有这个文件（是否想写 'hubei'？）",
            id="case",
        ),
        pytest.param(
            "CENTRAL",
            "--policy 'CENTRAL'：不是预设（central、hubei），也没有这个文件（是否想写 'central'？）",
            id="upper",
        ),
        pytest.param(
            "hubie",
            "--policy 'hubie'：不是预设（central、hubei），也没有这个文件（是否想写 'hubei'？）",
            id="swap",
        ),
        pytest.param(
            "beijing",
            "--policy 'beijing'：不是预设（central、hubei），也没有这个文件",
            id="nothing-close",
        ),
    ],
)
def test_a_misspelt_preset_name_gets_a_suggestion(given: str, expected: str) -> None:
    with pytest.raises(PolicyError) as caught:
        as_policy(given, option="--policy")
    assert str(caught.value) == expected
