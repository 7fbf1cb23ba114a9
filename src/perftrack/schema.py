"""The JSON Schema (draft 2020-12) of the ``perftrack/1`` document (json.md).

:func:`schema` describes the document exactly as ``perftrack read --format
json``, ``perftrack score --format json`` and :func:`perftrack.to_json` print
it: every field perftrack prints is required, numbers and amounts are strings
holding exact decimals, dates ISO strings (``format: date``), enums listed.
A table is *scored* when it has ``as_of`` (the verdict fields, ``points`` and
the recomputed rates are then required too); a table from ``perftrack read``
has none of them. Fields may be added within ``perftrack/1`` (json.md), so
every object allows properties the schema does not name.

The targets and values of expressions.md §6 are the definitions ``target``
and ``value`` under ``$defs``, one ``oneOf`` branch per ``kind``; reference
them to check the output of ``perftrack parse --format json``.

Example:
    >>> from perftrack.schema import schema
    >>> s = schema()
    >>> s["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> s["properties"]["schema"]
    {'const': 'perftrack/1'}
    >>> sorted(branch["$ref"] for branch in s["$defs"]["value"]["oneOf"])[:2]
    ['#/$defs/value_date', '#/$defs/value_not_applicable']
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Final

from perftrack.expressions import Bound, Op, Part, Status
from perftrack.model import BudgetRole, BudgetSpan, Direction, Likelihood, Severity, TableKind
from perftrack.scoring import Attainment, Progress

if TYPE_CHECKING:
    import enum
    from collections.abc import Iterable

__all__ = ["DECIMAL_PATTERN", "DIALECT", "json_schema", "schema"]

#: The JSON Schema dialect of :func:`schema`.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

#: An exact decimal as perftrack prints it: ``format(Decimal, "f")``, no exponent.
DECIMAL_PATTERN: Final = r"^-?[0-9]+(\.[0-9]+)?$"

#: A decimal shown to two places, half up (``time_progress``, ``rate_recomputed``).
_SHOWN_PATTERN: Final = r"^-?[0-9]+\.[0-9]{2}$"
_DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_YEAR_MONTH_PATTERN: Final = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
_CELL_PATTERN: Final = r"^[A-Z]+[1-9][0-9]*$"
_FINDING_ID_PATTERN: Final = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_SHA256_PATTERN: Final = r"^[0-9a-f]{64}$"

_Json = dict[str, Any]

# ---------------------------------------------------------------------------
# Building blocks


def _ref(name: str) -> _Json:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(schema: _Json) -> _Json:
    return {"anyOf": [schema, {"type": "null"}]}


def _object(
    properties: _Json,
    *,
    optional: tuple[str, ...] = (),
    description: str | None = None,
) -> _Json:
    """An object whose properties are all required except *optional*; others allowed."""
    data: _Json = {"type": "object"}
    if description is not None:
        data["description"] = description
    data["properties"] = properties
    data["required"] = [name for name in properties if name not in optional]
    data["additionalProperties"] = True  # json.md: fields may be added within perftrack/1
    return data


def _enum(values: list[str], *, nullable: bool = False, description: str | None = None) -> _Json:
    data: _Json = {"enum": [*values, None] if nullable else list(values)}
    if description is not None:
        data = {"description": description} | data
    return data


def _values(members: Iterable[enum.Enum]) -> list[str]:
    return [str(member.value) for member in members]


_STRING: Final[_Json] = {"type": "string"}
_STRING_OR_NULL: Final[_Json] = {"type": ["string", "null"]}
_BOOLEAN: Final[_Json] = {"type": "boolean"}
_INT_OR_NULL: Final[_Json] = {"type": ["integer", "null"]}
_INDEX: Final[_Json] = {"type": "integer", "minimum": 0}


def _text(description: str) -> _Json:
    return {"type": "string", "description": description}


# ---------------------------------------------------------------------------
# Targets and values (expressions.md §6)


def _expression(
    kind: str, description: str, properties: _Json, *, optional: tuple[str, ...] = ()
) -> _Json:
    return _object(
        {"text": _text("the cell as printed"), "kind": {"const": kind}, **properties},
        optional=optional,
        description=description,
    )


def _date_parts() -> _Json:
    return {
        "year": _INT_OR_NULL,
        "month": {"type": ["integer", "null"], "minimum": 1, "maximum": 12},
        "day": {"type": ["integer", "null"], "minimum": 1, "maximum": 31},
    }


def _expression_defs() -> _Json:
    status = _enum(_values(Status), nullable=True)
    targets: _Json = {
        "target_comparison": _expression(
            "comparison",
            "a number to reach with its operator: ≥80.00(%)",
            {
                "op": _enum(_values(Op)),
                "value": _ref("decimal"),
                "unit": _STRING_OR_NULL,
                "label": _STRING_OR_NULL,
                "note": _STRING_OR_NULL,
            },
        ),
        "target_range": _expression(
            "range",
            "a band: 90%-95%",
            {
                "low": _ref("decimal"),
                "high": _ref("decimal"),
                "unit": _STRING_OR_NULL,
                "label": _STRING_OR_NULL,
            },
        ),
        "target_deadline": _expression(
            "deadline",
            "a date by which the work is done: 2023年12月前完成; due is null without a year",
            {
                "due": _ref("date_or_null"),
                **_date_parts(),
                "part": _enum(_values(Part)),
                "strict": _BOOLEAN,
                "note": _STRING_OR_NULL,
            },
            # added within perftrack/1: documents written before it have none
            optional=("note",),
        ),
        "target_period": _expression(
            "period",
            "a window of time: 2023.07-2024.01",
            {
                "start": _ref("date_or_null"),
                "end": _ref("date_or_null"),
                "from": _object(_date_parts()),
                "to": _object(_date_parts()),
            },
        ),
        "target_qualitative": _expression(
            "qualitative",
            "a target stated as a word of a family: 准确, ≥良好",
            {
                "word": _STRING,
                "family": _STRING,
                "minimum": _STRING_OR_NULL,
                "degree": _STRING_OR_NULL,
                "strict": _BOOLEAN,
            },
        ),
        "target_any_of": _expression(
            "any_of",
            "two or more targets joined by 或",
            {"options": {"type": "array", "items": _ref("target"), "minItems": 2}},
        ),
        "target_descriptive": _expression(
            "descriptive",
            "a target in prose; recurring for schedules (每月中旬发放)",
            {"recurring": _BOOLEAN, "description": _STRING},
        ),
        "target_not_applicable": _expression("not_applicable", "不适用, / or —", {"word": _STRING}),
    }
    values: _Json = {
        "value_quantity": _expression(
            "quantity",
            "a number: 104.00, 200余人",
            {
                "value": _ref("decimal"),
                "unit": _STRING_OR_NULL,
                "bound": _enum(_values(Bound)),
                "label": _STRING_OR_NULL,
                "status": status,
                "note": _STRING_OR_NULL,
                # 3月底前开工10个: the date the label opens with (r37e)
                "when": _object(
                    {**_date_parts(), "part": _enum(_values(Part))},
                    optional=("part",),
                    description="the date the label opens with: 3月底前开工10个 (March)",
                ),
            },
            # added within perftrack/1: documents written before them have none; when
            # is written only when the label opens with a date
            optional=("note", "when"),
        ),
        "value_status": _expression(
            "status",
            "progress in words: 开展中, 已完成",
            {"status": _enum(_values(Status)), "word": _STRING},
        ),
        "value_qualitative": _expression(
            "qualitative",
            "a value stated as a word: 准确, 基本健全, 不合格",
            {
                "word": _STRING,
                "family": _STRING,
                "partial": _BOOLEAN,
                "negated": _BOOLEAN,
                "negation": _STRING_OR_NULL,
                "degree": _STRING_OR_NULL,
                "minimum": _STRING_OR_NULL,
            },
            # added within perftrack/1: documents written before it have none
            optional=("minimum",),
        ),
        "value_date": _expression(
            "date",
            "a date: 2023年10月; part names a 旬, a quarter or a half-year (2025年3月上旬)",
            {**_date_parts(), "status": status, "part": _enum(_values(Part))},
            # added within perftrack/1, and written only when the value names a part
            optional=("part",),
        ),
        "value_text": _expression("text", "anything else, kept as text", {"description": _STRING}),
        "value_not_applicable": _expression("not_applicable", "不适用, / or —", {"word": _STRING}),
    }
    return {
        "target": {
            "description": "an annual target (年度指标值), by kind",
            "oneOf": [_ref(name) for name in targets],
        },
        "value": {
            "description": "a planned, actual or forecast value, by kind",
            "oneOf": [_ref(name) for name in values],
        },
        **targets,
        **values,
    }


# ---------------------------------------------------------------------------
# The document (json.md)


def _decimal() -> _Json:
    return _ref("decimal")


def _decimal_or_null(description: str | None = None) -> _Json:
    data = _ref("decimal_or_null")
    return data if description is None else {"description": description} | data


_LINE_ROLE: Final = _values(BudgetRole)


def _policy() -> _Json:
    pair = {
        "type": "array",
        "prefixItems": [_ref("decimal"), _ref("decimal")],
        "items": False,
        "minItems": 2,
    }
    family = _object(
        {
            "name": _STRING,
            "words": {"type": "array", "items": _STRING},
            "opposite": _STRING_OR_NULL,
            "ranks": {"type": "array", "items": {"type": "array", "items": _STRING}},
        }
    )
    return _object(
        {
            "name": _STRING,
            "as_of": _ref("date_or_null"),
            "language": _enum(["zh", "en"]),
            "strict_equality": _BOOLEAN,
            "month_before": _enum(["end", "start"]),
            "exceed_ratio": _decimal(),
            "schedule_tolerance": _decimal(),
            "year_end_rate": _decimal(),
            "optimism_gap": _decimal(),
            "provisional_points": _BOOLEAN,
            "weights": _object(
                {
                    "rate": _decimal(),
                    "output": _decimal(),
                    "effect": _decimal(),
                    "satisfaction": _decimal(),
                }
            ),
            "qualitative_bands": {"type": "array", "items": pair},
            "families": {"type": "array", "items": family},
        },
        description="the scoring policy (scoring.md §8)",
    )


def _cells() -> _Json:
    return {
        "description": "the A1 address of each cell that gave a field",
        "type": "object",
        "additionalProperties": _ref("cell"),
    }


def _budget_line() -> _Json:
    return _object(
        {
            "line": _enum(_LINE_ROLE, description="the line's role (scoring.md §5)"),
            "source": _text("the row label as printed"),
            "initial": _decimal_or_null("年初预算数"),
            "period_budget": _decimal_or_null("跟踪期预算数, or 全年预算数 / 调整后预算数"),
            "planned": _decimal_or_null("the period's share of the budget: 1-6月预算数, 用款计划"),
            "executed": _decimal_or_null("执行数"),
            "rate": _decimal_or_null("the printed 执行率"),
            "forecast": _decimal_or_null("全年预计执行数"),
            "weight": _decimal_or_null("the printed 分值"),
            "published_points": _decimal_or_null("the printed 得分"),
            "cell": _ref("cell_or_null"),
            "cells": _cells(),
            "forecast_rate": _decimal_or_null(
                "the printed 全年预计执行率 (%); only on a line that prints one"
            ),
            "rate_printed": _text(
                "the 执行率 cell's text when it prints a rate of 1 or less as a percent "
                "(0.5%, 0.8 under 执行率(%)): that percent, no share; only on such a line"
            ),
            "forecast_rate_printed": _text(
                "the 全年预计执行率 cell's text when it prints 1 or less as a percent "
                "(0.5%): that percent, no share; only on such a line"
            ),
            "quarters": {
                "type": "array",
                "description": "the line's 执行数 in columns for parts of the year beside the"
                " period's (一季度执行数, 1-3月执行数 beside 1-8月执行数), in month order; only on"
                " a line of a table that prints some",
                "items": _object(
                    {
                        "label": _text("the column's header as printed"),
                        "start": {"type": "integer", "minimum": 1, "maximum": 12},
                        "end": {"type": "integer", "minimum": 1, "maximum": 12},
                        "amount": _decimal_or_null("the line's amount in that column"),
                        "cell": _ref("cell_or_null"),
                    }
                ),
            },
            "midterm": _decimal_or_null(
                "the line's amount for the whole implementation period (实施期资金总额) a"
                " target table prints beside the year's; only on a line that prints one"
            ),
            "last_year": _decimal_or_null(
                "the line's amount in last year's column printed beside this year's (上年预算数,"
                " 2023年预算数 in a 2024 table, 上年实际支出数); only on a line that prints one"
            ),
            "last_year_same_period": _decimal_or_null(
                "the line's amount spent in the same months of last year (上年同期执行数,"
                " 2023年1-6月执行数 in a 2024 1-6月 table), never this year's execution;"
                " only on a line that prints one"
            ),
            # Scored tables only (required by the table's if/then).
            "rate_recomputed": {"type": ["string", "null"], "pattern": _SHOWN_PATTERN},
            "rate_recomputed_exact": _decimal_or_null(),
            "denominator": _enum(["period_budget", "initial"], nullable=True),
        },
        # planned: added within perftrack/1, documents written before it have none
        optional=(
            "planned",
            "forecast_rate",
            "rate_printed",
            "forecast_rate_printed",
            "quarters",
            "midterm",
            "last_year",
            "last_year_same_period",
            "rate_recomputed",
            "rate_recomputed_exact",
            "denominator",
        ),
        description="a row of the budget block (预算执行情况)",
    )


_VERDICT_FIELDS: Final = ("attainment", "progress", "explanation", "direction_judged", "due")


def _indicator() -> _Json:
    return _object(
        {
            "level1": _STRING_OR_NULL,
            "level2": _STRING_OR_NULL,
            "name": _text("the name without numbering prefix and ★"),
            "raw_name": _text("the name as printed"),
            "core": _BOOLEAN,
            "target": _nullable(_ref("target")),
            "planned": _nullable(_ref("value")),
            "actual": _nullable(_ref("value")),
            "forecast": _nullable(_ref("value")),
            "likelihood": _enum(_values(Likelihood), nullable=True),
            "likelihood_text": _STRING_OR_NULL,
            "direction": _enum(_values(Direction), nullable=True),
            "remarks": _STRING,
            "deviation_reason": _STRING,
            "weight": _decimal_or_null("the printed 分值/权重"),
            "published_points": _decimal_or_null("the printed 得分"),
            "unit": _STRING_OR_NULL,
            "code": _nullable(_text("the 指标编码 as printed")),
            "previous": _ref("value"),
            "midterm": {
                **_ref("target"),
                "description": "the 中期/实施期指标值 printed beside the year's target",
            },
            "parts": {
                "type": "array",
                "description": "columns for parts of the year beside the period's plan or"
                " actual (一季度 … under 分季度计划值, 7月完成值), as printed",
                "items": _object(
                    {
                        "role": _enum(["planned", "actual"]),
                        "label": _text("the column's header"),
                        "start": {"type": "integer", "minimum": 1, "maximum": 12},
                        "end": {"type": "integer", "minimum": 1, "maximum": 12},
                        "value": _ref("value"),
                        "cell": _ref("cell_or_null"),
                    }
                ),
            },
            "about": _text(
                "text printed about the row that scoring does not read: its 年度履职目标"
                " or 部门职责,"
                " and in a 跟踪表 or 自评表 its 指标解释 and 评（扣）分标准, each under its"
                " header, joined with ；; only on a row that has some"
            ),
            "cell": _ref("cell_or_null"),
            "cells": _cells(),
            # Scored tables only (required by the table's if/then).
            "attainment": _enum(_values(Attainment)),
            "progress": _enum(_values(Progress)),
            "explanation": _STRING,
            "direction_judged": _enum(_values(Direction), nullable=True),
            "due": _ref("date_or_null"),
        },
        optional=("code", "previous", "parts", "midterm", "about", *_VERDICT_FIELDS),
        description="one 三级指标 row",
    )


def _finding() -> _Json:
    where = _object(
        {
            "indicator": {"type": ["integer", "null"], "minimum": 0},
            "name": _STRING_OR_NULL,
            "budget_line": _enum(_LINE_ROLE, nullable=True),
            "file": _STRING_OR_NULL,
            "sheet": _STRING_OR_NULL,
            "row": {"type": ["integer", "null"], "minimum": 1},
            "column": {"type": ["integer", "null"], "minimum": 1},
            "cell": _ref("cell_or_null"),
        }
    )
    return _object(
        {
            "id": {
                "type": "string",
                "pattern": _FINDING_ID_PATTERN,
                "examples": ["budget-behind-schedule", "malformed-target", "missing-actual"],
            },
            "severity": _enum(_values(Severity)),
            "message": _STRING,
            "where": where,
            "figures": {
                "description": (
                    "the figures the message states, as data (printed and computed rates, "
                    "sums and totals…); only when it states some"
                ),
                "type": "array",
                "items": _object(
                    {
                        "name": {
                            "type": "string",
                            "examples": ["printed", "computed", "added", "whole", "published"],
                        },
                        "value": _ref("decimal"),
                        "of": {
                            "type": "string",
                            "description": "what the figure is of (执行数); only when said",
                        },
                    },
                    optional=("of",),
                ),
            },
            "stage": _enum(["read", "score"], description="made while reading or scoring"),
        },
        optional=("figures",),
        description="something a reviewer would flag (scoring.md §6)",
    )


def _points() -> _Json:
    common: _Json = {
        "name": _STRING,
        "weight": _decimal(),
        "points": _decimal_or_null(),
        "published_points": _decimal_or_null(),
        "rule": _STRING,
    }
    return _object(
        {
            "total": _decimal_or_null(
                "null when nothing could be scored: every item undecided, or the weights"
                " unknown (weights-unknown)"
            ),
            "grade": _enum(["优", "良", "中", "差"], nullable=True),
            "provisional": _BOOLEAN,
            "undecided": {"type": "array", "items": _STRING},
            "printed_kept": {
                "type": "array",
                "items": _STRING,
                "description": "items not judged whose printed 得分 counts as it stands",
            },
            "items": {
                "type": "array",
                "items": {
                    "oneOf": [
                        _object({"indicator": _INDEX, **common}),
                        _object({"budget_line": _enum(_LINE_ROLE), **common}),
                    ]
                },
            },
        },
        optional=("printed_kept",),
        description="points and grade (scoring.md §7)",
    )


_SCORED_FIELDS: Final = (
    "as_of",
    "as_of_source",
    "time_progress_exact",
    "time_progress_printed",
    "points",
)


def _table() -> _Json:
    likelihood = _enum(_values(Likelihood), nullable=True)
    table = _object(
        {
            "source": _object(
                {
                    "file": _STRING_OR_NULL,
                    "sheet": _STRING_OR_NULL,
                    "index": {**_INDEX, "description": "the table's position in its file"},
                    "sha256": {"type": ["string", "null"], "pattern": _SHA256_PATTERN},
                }
            ),
            "kind": _enum(_values(TableKind)),
            "title": _STRING_OR_NULL,
            "project": _object(
                {
                    "name": _STRING_OR_NULL,
                    "department": _STRING_OR_NULL,
                    "implementer": _STRING_OR_NULL,
                    "code": _nullable(_text("the 项目编码 as printed")),
                },
                optional=("code",),
            ),
            "period": _nullable(
                _object(
                    {
                        "start": _ref("year_month"),
                        "end": _ref("year_month"),
                        "text": _text("the period as printed"),
                        "term": _text(
                            "the school term a title names over printed months (第二学期), "
                            "only when there is one"
                        ),
                        "term_end": _ref("year_month"),
                    },
                    optional=("term", "term_end"),
                )
            ),
            "as_of": _ref("date_or_null"),
            "as_of_source": _enum(["policy", "period"], nullable=True),
            "time_progress": {
                "description": "序时进度: printed (read), or computed, shown to 2 places (score)",
                **_ref("decimal_or_null"),
            },
            "time_progress_exact": _decimal_or_null(),
            "time_progress_printed": _decimal_or_null(),
            "budget_unit": _STRING_OR_NULL,
            "budget_span": _enum(
                _values(span for span in BudgetSpan if span is not BudgetSpan.UNKNOWN),
                description=(
                    "which budget the 预算数 column is: 跟踪期预算数 (period) or 全年预算数 "
                    "(year); only when its header says"
                ),
            ),
            "budget": {"type": "array", "items": _ref("budget_line")},
            "overall_goal": _nullable(
                _object(
                    {"expected": _STRING, "achieved": _STRING, "midterm": _STRING},
                    optional=("midterm",),
                )
            ),
            "indicators": {"type": "array", "items": _ref("indicator")},
            "judgement": _nullable(
                _object(
                    {
                        "budget_completion": _STRING_OR_NULL,
                        "budget_likelihood": likelihood,
                        "goal_completion": _STRING_OR_NULL,
                        "goal_likelihood": likelihood,
                    }
                )
            ),
            "corrective_measures": _STRING,
            "published": _object(
                {
                    "total": _decimal_or_null("the printed 总分"),
                    "grade": _enum(["优", "良", "中", "差"], nullable=True),
                    "grade_text": {
                        "description": "the word printed for the grade when not the grade's"
                        " own (较好, 良好, B级), or printed for no grade (基本合格)",
                        "type": "string",
                    },
                },
                optional=("grade_text",),
            ),
            "findings": {"type": "array", "items": _ref("finding")},
            "level1_weights": {
                "description": "weights printed in level-1 labels (产出指标(50分))",
                "type": "array",
                "items": {
                    "type": "array",
                    "prefixItems": [_STRING, _ref("decimal")],
                    "items": False,
                    "minItems": 2,
                },
            },
            "notes": {
                "description": (
                    "the table's note rows (说明, 备注, 其他需要说明的问题…); "
                    "only when it prints some"
                ),
                "type": "array",
                "items": _object(
                    {
                        "label": _text("the row's label, without its colon (说明, 注)"),
                        "text": _text("what the unit wrote after the label"),
                        "cell": _ref("cell_or_null"),
                    }
                ),
            },
            "absent_fields": {
                "description": (
                    "the optional fields the form itself has no place for (no grid column, "
                    "no row): deviation_reason (偏差原因分析), corrective_measures (纠偏措施); "
                    "only when it lacks some"
                ),
                "type": "array",
                "items": _enum(["deviation_reason", "corrective_measures"]),
                "uniqueItems": True,
            },
            "cells": {
                "description": (
                    "the A1 address of each table-level field's cell, by the field's dotted "
                    "path (title, project.name, period, overall_goal.expected, "
                    "judgement.budget_completion, corrective_measures, published.total, "
                    "published.grade…); only for a table read from cells"
                ),
                "type": "object",
                "additionalProperties": _ref("cell"),
            },
            "points": _nullable(_ref("points")),
        },
        optional=(*_SCORED_FIELDS, "notes", "budget_span", "absent_fields", "cells"),
        description="a performance table; scored (perftrack score) when it has as_of",
    )
    table["if"] = {"required": ["as_of"]}
    table["then"] = {
        "required": list(_SCORED_FIELDS),
        "properties": {
            "time_progress": {"type": ["string", "null"], "pattern": _SHOWN_PATTERN},
            "budget": {
                "items": {"required": ["rate_recomputed", "rate_recomputed_exact", "denominator"]}
            },
            "indicators": {"items": {"required": list(_VERDICT_FIELDS)}},
        },
    }
    return table


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ``perftrack/1`` document; a new dict each call.

    Example:
        >>> import perftrack
        >>> s = perftrack.json_schema()
        >>> s["required"]
        ['schema', 'generator', 'errors', 'tables']
        >>> s["$defs"]["decimal"]["type"], s["$defs"]["date_or_null"]["format"]
        ('string', 'date')
        >>> [branch["$ref"] for branch in s["$defs"]["target"]["oneOf"]][0]
        '#/$defs/target_comparison'
    """
    defs: _Json = {
        "decimal": {
            "description": "an exact decimal, as a string (never a JSON number)",
            "type": "string",
            "pattern": DECIMAL_PATTERN,
        },
        "decimal_or_null": {"type": ["string", "null"], "pattern": DECIMAL_PATTERN},
        "date_or_null": {"type": ["string", "null"], "format": "date", "pattern": _DATE_PATTERN},
        "year_month": {"type": "string", "pattern": _YEAR_MONTH_PATTERN},
        "cell": {"description": "an A1 cell address", "type": "string", "pattern": _CELL_PATTERN},
        "cell_or_null": {"type": ["string", "null"], "pattern": _CELL_PATTERN},
        **_expression_defs(),
        "policy": _policy(),
        "budget_line": _budget_line(),
        "indicator": _indicator(),
        "finding": _finding(),
        "points": _points(),
        "table": _table(),
    }
    document = _object(
        {
            "schema": {"const": "perftrack/1"},
            "generator": _object(
                {
                    "name": {"const": "perftrack"},
                    "version": _STRING,
                    "policy": _nullable(_ref("policy")),
                }
            ),
            "errors": {
                "description": "files that could not be read",
                "type": "array",
                "items": _object({"file": _STRING, "message": _STRING}),
            },
            "tables": {"type": "array", "items": _ref("table")},
        },
    )
    result = {
        "$schema": DIALECT,
        "title": "perftrack/1",
        "description": (
            "The JSON document of perftrack read/score --format json and perftrack.to_json "
            "(json.md). Numbers and amounts are exact decimal strings; fields may be added "
            "within perftrack/1, none renamed or removed."
        ),
        **document,
        "$defs": defs,
    }
    return copy.deepcopy(result)  # no part shared with another call


#: :func:`schema` under the name the package exports: ``perftrack.json_schema()``
#: (``perftrack.schema`` is this module).
json_schema = schema
