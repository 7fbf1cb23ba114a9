"""Policy weights must add up to 100 (scoring.md, Policy): 110 graded a project 103.88."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perftrack.policy import Policy, PolicyError, Weights

D = Decimal


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        pytest.param(
            {"rate": 20},
            "权重合计为110，应为100：rate 20 + output 50 + effect 30 + satisfaction 10",
            id="rate-20-on-central",
        ),
        pytest.param(
            {"rate": 20, "output": 50, "effect": 30, "satisfaction": 10},
            "权重合计为110，应为100",
            id="all-four-110",
        ),
        pytest.param({"output": "40"}, "权重合计为90，应为100", id="output-40-is-90"),
        pytest.param(
            {"preset": "hubei", "rate": 10},
            "权重合计为90，应为100：rate 10 + output 44.44 + effect 26.67 + satisfaction 8.89",
            id="hubei-with-rate-10",
        ),
        pytest.param(
            {"output": "33.333"},
            "权重合计为83.33，应为100：rate 10 + output 33.33",
            id="decimals-shown-to-the-cent",
        ),
    ],
)
def test_weights_that_do_not_add_up_to_100_are_refused(
    weights: dict[str, object], message: str
) -> None:
    settings = dict(weights)
    preset = settings.pop("preset", "central")
    with pytest.raises(PolicyError) as caught:
        Policy.from_mapping({"preset": preset, "weights": settings}, source="pol/w110.toml")
    text = str(caught.value)
    assert text.startswith("pol/w110.toml: 设置 weights = ")
    assert message in text


@pytest.mark.parametrize(
    ("preset", "weights", "expected"),
    [
        pytest.param("central", {}, Weights(), id="central"),
        pytest.param("hubei", {}, Policy.hubei().weights, id="hubei-thirds-in-decimal"),
        pytest.param(
            "central",
            {"rate": 20, "output": 40},
            Weights(D(20), D(40), D(30), D(10)),
            id="rate-20-output-40",
        ),
        pytest.param(
            "central",
            {"rate": "10", "output": "26.67", "effect": "26.67", "satisfaction": "36.67"},
            Weights(D(10), D("26.67"), D("26.67"), D("36.67")),
            id="a-cent-over-is-allowed",
        ),
    ],
)
def test_weights_that_add_up_to_100_are_accepted(
    preset: str, weights: dict[str, object], expected: Weights
) -> None:
    policy = Policy.from_mapping({"preset": preset, "weights": weights})
    assert policy.weights == expected


def test_weights_built_in_code_are_checked_too() -> None:
    with pytest.raises(PolicyError, match="权重合计为110"):
        Weights(D(20))
    with pytest.raises(PolicyError, match="权重合计为80"):
        Weights(D(10), D(40), D(20), D(10))


def test_a_policy_file_with_weights_of_110_names_the_file(tmp_path) -> None:
    path = tmp_path / "w110.toml"
    path.write_text(
        "[weights]\nrate = 20\noutput = 50\neffect = 30\nsatisfaction = 10\n", encoding="utf-8"
    )
    with pytest.raises(PolicyError) as caught:
        Policy.load(path)
    assert str(path) in str(caught.value)
    assert "权重合计为110" in str(caught.value)
