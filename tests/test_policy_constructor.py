"""``Policy(...)`` converts and checks every knob, as a policy file's are.

A notebook user writes ``Policy(year_end_rate="85")`` first. Every knob but
``as_of`` used to be taken as given: a string or ``None`` failed each table scored
later with a ``TypeError``, a tuple of weights crashed ``to_json``, and a bad
``language`` or ``name`` made a document that failed perftrack's own schema.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

import perftrack
from perftrack import Policy, PolicyError, Weights
from perftrack.vocabulary import Family

D = Decimal
SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"


@pytest.mark.parametrize(
    ("knob", "given", "kept"),
    [
        ("year_end_rate", "85", D(85)),
        ("year_end_rate", 90, D(90)),
        ("year_end_rate", 90.5, D("90.5")),
        ("year_end_rate", " 95 ", D(95)),
        ("exceed_ratio", 1.2, D("1.2")),  # the float's shortest text, not its binary value
        ("exceed_ratio", "1.50", D("1.50")),
        ("exceed_ratio", D(3), D(3)),
        ("schedule_tolerance", 0, D(0)),
        ("optimism_gap", "20", D(20)),
        ("language", "en", "en"),
        ("month_before", "start", "start"),
        ("strict_equality", True, True),
        ("provisional_points", True, True),
        ("name", "四川", "四川"),
        ("weights", Weights(20, 40, 30, 10), Weights(D(20), D(40), D(30), D(10))),
        ("weights", {"rate": 20, "output": "40"}, Weights(D(20), D(40), D(30), D(10))),
        (
            "qualitative_bands",
            [(100, 80), (80, "50"), (50, 0)],
            ((D(100), D(80)), (D(80), D(50)), (D(50), D(0))),
        ),
        ("as_of", "2024-06-30", dt.date(2024, 6, 30)),
    ],
)
def test_knobs_are_converted(knob: str, given: Any, kept: Any) -> None:
    value = getattr(Policy(**{knob: given}), knob)
    assert value == kept
    assert type(value) is type(kept)
    if isinstance(kept, Weights):
        assert all(type(getattr(value, name)) is Decimal for name in ("rate", "output"))
    if isinstance(kept, tuple):
        assert all(type(part) is Decimal for band in value for part in band)


@pytest.mark.parametrize(
    ("knob", "given", "message"),
    [
        ("year_end_rate", "abc", "year_end_rate 应为数字，不是 'abc'"),
        ("year_end_rate", D(-5), "year_end_rate 应为不小于 0 的数，不是 Decimal('-5')"),
        ("year_end_rate", 101, "year_end_rate 应为 0 到 100 之间的百分数，不是 101"),
        ("optimism_gap", None, "optimism_gap 应为数字，不是 None"),
        ("exceed_ratio", float("nan"), "exceed_ratio 应为不小于 0 的数，不是 nan"),
        ("exceed_ratio", D("Infinity"), "exceed_ratio 应为不小于 0 的数，不是 Decimal('Infinity')"),
        ("exceed_ratio", True, "exceed_ratio 应为数字，不是 True"),
        ("schedule_tolerance", [5], "schedule_tolerance 应为数字，不是 [5]"),
        ("language", "fr", "language 应为 zh 或 en，不是 'fr'"),
        ("month_before", "x", "month_before 应为 end 或 start，不是 'x'"),
        ("name", 3, "name 应为文本，不是 3"),
        ("provisional_points", "yes", "provisional_points 应为 True 或 False，不是 'yes'"),
        ("strict_equality", 1, "strict_equality 应为 True 或 False，不是 1"),
        (
            "weights",
            (10, 50, 30, 10),
            (
                "weights 应为 Weights(rate=…, output=…, effect=…, satisfaction=…) 或这四项的映射，"
                "不是 (10, 50, 30, 10)"
            ),
        ),
        ("weights", {"rates": 20}, "未知的权重 rates（可用：effect、output、rate、satisfaction）"),
        ("weights", {"rate": 20}, "权重合计为110，应为100：rate 20 + output 50"),
        ("qualitative_bands", ((80, 100),), "qualitative_bands 应为三档"),
        ("qualitative_bands", ((100, 80), (80, 60), (60, -1)), "qualitative_bands 应为"),
        ("qualitative_bands", "100-80", "qualitative_bands 应为三档"),
        ("families", ("accuracy",), "families 应为 Family 的元组（增加词语请用 with_words）"),
        ("as_of", 20240630, "as_of 应为日期"),
    ],
)
def test_bad_knobs_are_policy_errors_naming_the_knob(
    knob: str,
    given: Any,
    message: str,
) -> None:
    with pytest.raises(PolicyError) as caught:
        Policy(**{knob: given})
    assert message in str(caught.value)
    with pytest.raises(PolicyError):  # evolve builds a policy too
        evolve(Policy.hubei(), **{knob: given})


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        (("10", "50", "30", "10"), None),
        ((10.5, 49.5, 30, 10), None),
        (("x", 50, 30, 10), "weights.rate 应为数字，不是 'x'"),
        ((10, -50, 130, 10), "weights.output 应为不小于 0 的数，不是 -50"),
        ((10, 50, None, 10), "weights.effect 应为数字，不是 None"),
    ],
)
def test_weights_are_exact_decimals(weights: tuple[Any, ...], message: str | None) -> None:
    if message is None:
        built = Weights(*weights)
        assert [type(getattr(built, n)) for n in ("rate", "output", "effect", "satisfaction")] == [
            Decimal
        ] * 4
        return
    with pytest.raises(PolicyError, match=message):
        Weights(*weights)


def test_families_stay_families() -> None:
    families = [*Policy().families, Family("accuracy2", ("无误",))]
    assert Policy(families=families).families == tuple(families)
    assert Policy().families is Policy.hubei().families  # the shared default, untouched


def test_presets_take_knobs() -> None:
    assert Policy.central(as_of="2024-06-30") == Policy(as_of=dt.date(2024, 6, 30))
    hubei = Policy.hubei(as_of="2024-06-30", language="en")
    assert hubei == evolve(Policy.hubei(), as_of=dt.date(2024, 6, 30), language="en")
    assert hubei.name == "hubei"
    assert hubei.weights.rate == 20
    with pytest.raises(PolicyError, match="language 应为 zh 或 en"):
        Policy.hubei(language="fr")
    with pytest.raises(TypeError, match="no_such_knob"):
        Policy.central(no_such_knob=1)


def test_a_converted_policy_scores_and_round_trips() -> None:
    policy = Policy(
        year_end_rate="85", exceed_ratio=1.2, weights={"rate": 20, "output": 40}, name="四川"
    )
    cards = tuple(perftrack.score(table, policy=policy) for table in perftrack.read(SEED))
    text = perftrack.to_json(cards)
    assert perftrack.from_json(text) == cards
    generator = json.loads(text)["generator"]["policy"]
    assert generator["exceed_ratio"] == "1.2"
    assert generator["weights"]["rate"] == "20"


def test_policy_files_say_the_same() -> None:
    assert Policy.from_mapping({"year_end_rate": "85", "exceed_ratio": 1.2}) == Policy(
        year_end_rate="85", exceed_ratio=1.2
    )
    with pytest.raises(PolicyError, match=r"policy: 设置 language = 'fr' 无效（应为 zh 或 en）"):
        Policy.from_mapping({"language": "fr"})
    with pytest.raises(PolicyError, match="应为 0 到 100 之间的百分数"):
        Policy.from_mapping({"optimism_gap": 120})
