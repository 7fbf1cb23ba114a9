"""``from_json`` checks every number string, and messages quote a huge cell by its head (r34l).

An adversarial review found that ``from_json`` took ``"1e5"``, ``"NaN"``, ``" 12"``,
``"1_000"`` and JSON numbers as amounts (``Decimal(str(value))``), let a bad
number inside a target (``"value": "abc"``) escape as ``decimal.InvalidOperation``,
took 10,000-digit amounts (a score document then failed in scoring), and that a
100,000-character cell was quoted whole in a finding's message.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import perftrack
from perftrack import Table
from perftrack._errors import quoted_cell, shorten_quotes
from perftrack.cli import main

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

TSV = """财政项目支出绩效跟踪表
跟踪时段：（ 2024-1月 至 2024-6月 ）
项目名称\t耕地地力保护补贴发放
主管部门\t某县农业农村局\t\t实施单位\t某县农业技术推广中心
预算执行情况 (万元)\t\t\t年初预算数\t跟踪期预算数\t跟踪期实际执行数\t执行率(%)
\t年度资金总额\t\t1200.00\t{budget}\t600.00\t50.00
\t其中：财政拨款\t\t1200.00\t1200.00\t600.00\t50.00
一级指标\t二级指标\t三级指标\t年度指标值\t跟踪期计划完成值\t跟踪期实际完成值\t偏差原因分析
产出指标\t数量指标\t补贴面积\t{target}\t20万亩\t21万亩\t
绩效跟踪总体判断\t年度项目预算完成可能性\t确定能
"""


def _table(tmp_path: Path, budget: str = "1200.00", target: str = "≥35万亩") -> Table:
    path = tmp_path / "t.tsv"
    path.write_text(TSV.format(budget=budget, target=target), encoding="utf-8")
    found = perftrack.read(path)
    return found[0] if isinstance(found, tuple) else found


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(perftrack.to_json(_table(tmp_path_factory.mktemp("d"))))
    return data


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    card = perftrack.score(_table(tmp_path_factory.mktemp("s")))
    data: dict[str, Any] = json.loads(perftrack.to_json(card))
    return data


HEAD = "perftrack/1 文档不完整或有误（"
BUDGET = "$.tables[0].budget[1].period_budget"


def _line(value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"][0]["budget"][1].__setitem__("period_budget", value)


def _target(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"][0]["indicators"][0]["target"].__setitem__(key, value)


def _actual(value: object) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"][0]["indicators"][0]["actual"].__setitem__("value", value)


def _any_of(d: dict[str, Any]) -> None:
    d["tables"][0]["indicators"][0]["target"] = {
        "text": "≥1或1-2",
        "kind": "any_of",
        "options": [
            {"kind": "comparison", "op": ">=", "value": "1", "unit": None},
            {"kind": "range", "low": "x", "high": "2", "unit": None},
        ],
    }


WRONG = "：应为数字字符串，不是 "
CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("comma", _line("12,3"), f'{BUDGET}{WRONG}"12,3"'),
    ("letters", _line("abc"), f'{BUDGET}{WRONG}"abc"'),
    ("exponent", _line("1e5"), f'{BUDGET}{WRONG}"1e5"'),
    ("nan", _line("NaN"), f'{BUDGET}{WRONG}"NaN"'),
    ("infinity", _line("Infinity"), f'{BUDGET}{WRONG}"Infinity"'),
    ("empty", _line(""), f'{BUDGET}{WRONG}""'),
    ("space", _line(" 12"), f'{BUDGET}{WRONG}" 12"'),
    ("newline", _line("12\n"), f'{BUDGET}{WRONG}"12\\n"'),
    ("plus", _line("+5"), f'{BUDGET}{WRONG}"+5"'),
    ("underscore", _line("1_000"), f'{BUDGET}{WRONG}"1_000"'),
    ("arabic digits", _line("١٢"), f'{BUDGET}{WRONG}"١٢"'),
    ("bare point", _line(".5"), f'{BUDGET}{WRONG}".5"'),
    ("json int", _line(12), f"{BUDGET}{WRONG}JSON 数字 12"),
    ("json float", _line(12.5), f"{BUDGET}{WRONG}JSON 数字 12.5"),
    ("true", _line(True), f"{BUDGET}{WRONG}true"),  # noqa: FBT003
    ("object", _line({}), f"{BUDGET}{WRONG}对象"),
    (
        "long garbage quoted by its head",
        _line("x" * 100000),
        f'{BUDGET}{WRONG}"{"x" * 40}…（共100000字）"',
    ),
    (
        "target value",
        _target("value", "1e5"),
        f'$.tables[0].indicators[0].target.value{WRONG}"1e5"',
    ),
    (
        "actual value number",
        _actual(21),
        f"$.tables[0].indicators[0].actual.value{WRONG}JSON 数字 21",
    ),
    ("any_of option", _any_of, f'$.tables[0].indicators[0].target.options[1].low{WRONG}"x"'),
    (
        "weight",
        lambda d: d["tables"][0]["indicators"][0].__setitem__("weight", "NaN"),
        f'$.tables[0].indicators[0].weight{WRONG}"NaN"',
    ),
]


@pytest.mark.parametrize(("mutate", "detail"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_number_is_a_read_error_naming_its_path(
    document: dict[str, Any], mutate: Callable[[dict[str, Any]], None], detail: str
) -> None:
    data = json.loads(json.dumps(document))
    mutate(data)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.from_json(json.dumps(data, ensure_ascii=False), Table)
    assert caught.value.message == f"{HEAD}{detail}）"


def test_a_policy_weight_is_named_under_the_generator(scored: dict[str, Any]) -> None:
    data = json.loads(json.dumps(scored))
    data["generator"]["policy"]["weights"]["output"] = "5e1"
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.from_json(json.dumps(data, ensure_ascii=False))
    assert caught.value.message == f'{HEAD}$.generator.policy.weights.output{WRONG}"5e1"）'


def test_an_integer_past_pythons_digit_limit_is_said_in_chinese(document: dict[str, Any]) -> None:
    text = json.dumps(document, ensure_ascii=False).replace('"index": 0', '"index": ' + "1" * 5000)
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.from_json(text, Table)
    assert caught.value.message == "不是 JSON 文本（整数位数过多（5000位，至多4300位））"


@pytest.mark.parametrize(
    "value", ["-12.50", "0", "1" * 100, "-" + "9" * 98 + ".5", "1" * 400, "9" * 10000]
)
def test_a_number_as_to_json_writes_it_is_read(document: dict[str, Any], value: str) -> None:
    data = json.loads(json.dumps(document))
    data["tables"][0]["budget"][1]["period_budget"] = value
    table = perftrack.from_json(json.dumps(data, ensure_ascii=False), Table)
    assert isinstance(table, Table)
    assert table.budget[1].period_budget == Decimal(value)


def test_a_score_document_with_a_100_digit_amount_scores(scored: dict[str, Any]) -> None:
    # the budget-unit-slip message rounded it in a 28-digit context: InvalidOperation
    data = json.loads(json.dumps(scored))
    data["tables"][0]["budget"][0]["period_budget"] = "1" * 100
    (card,) = perftrack.from_json(json.dumps(data, ensure_ascii=False))
    assert isinstance(card, perftrack.Scorecard)
    assert card.table.budget[0].period_budget == Decimal("1" * 100)


@pytest.mark.parametrize("digits", [150, 5000, 1_000_000])
def test_a_table_with_a_figure_of_any_length_scores_and_reads_back(
    tmp_path: Path, digits: int
) -> None:
    # a table read from a file keeps a figure of any length: its document reads back
    # equal (a 100-digit cap refused it), and scoring it no longer overflows the
    # default context's exponent (a million digits: decimal.Overflow escaped score)
    table = _table(tmp_path, budget="1" * digits, target="≥" + "9" * digits + "万亩")
    assert perftrack.from_json(perftrack.to_json(table)) == (table,)
    card = perftrack.score(table)
    (verdict,) = card.verdicts
    assert verdict.attainment is perftrack.Attainment.PENDING
    assert verdict.explanation.startswith("实际21万亩，未达年度指标≥" + "9" * 100)
    (back,) = perftrack.from_json(perftrack.to_json(card))
    assert isinstance(back, perftrack.Scorecard)
    assert back.table == table


def test_score_rounds_a_60_digit_slip_without_invalid_operation(tmp_path: Path) -> None:
    card = perftrack.score(_table(tmp_path, budget="1" * 60))
    slip = [f for f in card.findings if f.id == "budget-unit-slip"]
    assert [f.figure("printed", "年度资金总额") for f in slip] == [Decimal("1" * 60 + ".00")]


# -- the property: a mutated number string is read, or refused with a ReadError

_NUMBER_KEYS = frozenset({"initial", "period_budget", "executed", "rate", "value", "weight"})


def _number_paths(node: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "cells":  # A1 addresses, no numbers
                continue
            if key in _NUMBER_KEYS and isinstance(value, str):
                found.append((*path, key))
            else:
                found.extend(_number_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_number_paths(value, (*path, index)))
    return found


_REPLACEMENTS = st.one_of(
    st.text(max_size=12),
    st.text(alphabet="0123456789-.eE+,_ ", max_size=12),
    st.integers().map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=90, max_value=5000).map(lambda n: "7" * n),
    st.integers(),
    st.floats(allow_nan=False),
    st.none(),
    st.booleans(),
)


@given(data=st.data(), replacement=_REPLACEMENTS, scored_doc=st.booleans())
def test_a_mutated_number_is_read_or_a_read_error(
    document: dict[str, Any],
    scored: dict[str, Any],
    data: st.DataObject,
    replacement: object,
    scored_doc: bool,  # noqa: FBT001
) -> None:
    doc = json.loads(json.dumps(scored if scored_doc else document))
    path = data.draw(st.sampled_from(_number_paths(doc["tables"])))
    node: Any = doc["tables"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = replacement
    try:
        result = perftrack.from_json(json.dumps(doc, ensure_ascii=False))
    except perftrack.ReadError:
        return
    (item,) = result
    table = item.table if isinstance(item, perftrack.Scorecard) else item
    assert isinstance(table, Table)
    # what was read is what to_json writes again
    node = json.loads(perftrack.to_json(table))["tables"]
    for key in path[:-1]:
        node = node[key]
    if replacement is None:
        return
    assert isinstance(replacement, str)
    assert Decimal(node[path[-1]]) == Decimal(replacement)


# -- long cells quoted by their head


def test_quoted_cell_keeps_a_short_text_and_cuts_a_long_one() -> None:
    assert quoted_cell("甲" * 80) == "甲" * 80
    assert quoted_cell("甲" * 81) == "甲" * 60 + "…（共81字）"
    cut = shorten_quotes("“" + "乙" * 100000 + "”为文字描述")
    assert cut == "“" + "乙" * 60 + "…（共100000字）”为文字描述"
    assert shorten_quotes(cut) == cut  # never cut twice


def test_a_100000_character_cell_is_quoted_by_its_head(tmp_path: Path) -> None:
    huge = "甲" * 100000
    path = tmp_path / "t.csv"
    text = TSV.format(budget="1200.00", target=f'"{huge}"').replace("\t", ",")
    path.write_text(text, encoding="utf-8")
    found = perftrack.read(path)
    table = found[0] if isinstance(found, tuple) else found
    assert table.indicators[0].target is not None
    assert table.indicators[0].target.text == huge  # the object keeps the cell whole
    card = perftrack.score(table)
    messages = [(f.id, f.message) for f in card.findings if f.id == "target-not-measurable"]
    assert messages == [
        (
            "target-not-measurable",
            "“补贴面积”年度指标“" + "甲" * 60 + "…（共100000字）”为定性或文字描述，难以量化考核",
        )
    ]


def test_a_read_error_quotes_a_long_cell_by_its_head() -> None:
    error = perftrack.ReadError("无法识别“" + "丙" * 500 + "”")
    assert error.message == "无法识别“" + "丙" * 60 + "…（共500字）”"
    assert str(error) == error.message


# -- the command line: a JSON document is no input, said without a traceback


@pytest.mark.parametrize("command", ["score", "read", "check"])
def test_the_commands_refuse_a_bad_json_document_cleanly(
    tmp_path: Path,
    document: dict[str, Any],
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = json.loads(json.dumps(document))
    data["tables"][0]["budget"][1]["period_budget"] = "1e5"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"perftrack: {path}: 未找到绩效指标表" in err


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            '{"kind": "comparison", "op": ">=", "value": "abc"}',
            '$.value：应为数字字符串，不是 "abc"',
        ),
        ('{"kind": "quantity", "value": 80}', "$.value：应为数字字符串，不是 JSON 数字 80"),
        ('{"kind": "range", "low": "1", "high": "1e3"}', '$.high：应为数字字符串，不是 "1e3"'),
    ],
)
def test_a_bad_number_in_a_lone_target_or_value_is_a_read_error(text: str, detail: str) -> None:
    # "abc" was a bare decimal.InvalidOperation
    with pytest.raises(perftrack.ReadError) as caught:
        perftrack.from_json(text)
    assert caught.value.message == f"不是 perftrack 写出的对象或 perftrack/1 文档（{detail}）"
