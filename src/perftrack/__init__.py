"""perftrack: read, parse and check the performance tables of Chinese public budgets.

The public API is re-exported here and loaded on first use, so ``import
perftrack`` does no work and loads no optional dependency.

Example:
    >>> import perftrack
    >>> target = perftrack.parse_target("≥80.00(%)")
    >>> actual = perftrack.parse_value("85%")
    >>> target.op.value, target.value, actual.value
    ('>=', Decimal('80.00'), Decimal('85'))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from perftrack._version import __version__

if TYPE_CHECKING:
    from perftrack._errors import ExpressionError, PerftrackError, ReadError
    from perftrack.batch import (
        SUFFIXES,
        BatchResult,
        FileError,
        ScoreResult,
        read_many,
        score_many,
    )
    from perftrack.expressions import (
        AnyOf,
        Bound,
        Comparison,
        DateValue,
        Deadline,
        Descriptive,
        NotApplicable,
        Op,
        Part,
        PeriodTarget,
        QualitativeTarget,
        QualitativeValue,
        Quantity,
        Range,
        Status,
        StatusValue,
        Target,
        TextValue,
        Value,
        parse_target,
        parse_value,
    )
    from perftrack.frames import MissingExtraError, to_frame
    from perftrack.model import (
        Breakdown,
        BudgetLine,
        BudgetPart,
        BudgetRole,
        BudgetSpan,
        Direction,
        Figure,
        Finding,
        Indicator,
        Judgement,
        Likelihood,
        Note,
        OverallGoal,
        Period,
        Position,
        Project,
        Published,
        Severity,
        Source,
        Table,
        TableKind,
        Where,
        YearMonth,
    )
    from perftrack.policy import Policy, PolicyError, Weights
    from perftrack.readers import FORMATS, read, read_text
    from perftrack.schema import json_schema
    from perftrack.scoring import (
        Attainment,
        BudgetAnalysis,
        PointItem,
        Points,
        Progress,
        Scorecard,
        Verdict,
        score,
    )
    from perftrack.serialization import from_json, to_json
    from perftrack.vocabulary import Family

_EXPRESSIONS = (
    "AnyOf",
    "Bound",
    "Comparison",
    "DateValue",
    "Deadline",
    "Descriptive",
    "NotApplicable",
    "Op",
    "Part",
    "PeriodTarget",
    "QualitativeTarget",
    "QualitativeValue",
    "Quantity",
    "Range",
    "Status",
    "StatusValue",
    "Target",
    "TextValue",
    "Value",
    "parse_target",
    "parse_value",
)
_MODEL = (
    "Breakdown",
    "BudgetLine",
    "BudgetPart",
    "BudgetRole",
    "BudgetSpan",
    "Direction",
    "Figure",
    "Finding",
    "Indicator",
    "Judgement",
    "Likelihood",
    "Note",
    "OverallGoal",
    "Period",
    "Position",
    "Project",
    "Published",
    "Severity",
    "Source",
    "Table",
    "TableKind",
    "Where",
    "YearMonth",
)
_WHERE: dict[str, str] = {
    **dict.fromkeys(_EXPRESSIONS, "perftrack.expressions"),
    **dict.fromkeys(_MODEL, "perftrack.model"),
    "ExpressionError": "perftrack._errors",
    "PerftrackError": "perftrack._errors",
    "ReadError": "perftrack._errors",
    "from_json": "perftrack.serialization",
    "read": "perftrack.readers",
    "to_frame": "perftrack.frames",
    **dict.fromkeys(
        ("SUFFIXES", "BatchResult", "FileError", "ScoreResult", "read_many", "score_many"),
        "perftrack.batch",
    ),
    "FORMATS": "perftrack.readers",
    "Family": "perftrack.vocabulary",
    "MissingExtraError": "perftrack.frames",
    "json_schema": "perftrack.schema",
    **dict.fromkeys(("Policy", "PolicyError", "Weights"), "perftrack.policy"),
    **dict.fromkeys(
        (
            "Attainment",
            "BudgetAnalysis",
            "PointItem",
            "Points",
            "Progress",
            "Scorecard",
            "Verdict",
            "score",
        ),
        "perftrack.scoring",
    ),
    "read_text": "perftrack.readers",
    "to_json": "perftrack.serialization",
}

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "AnyOf",
    "Attainment",
    "BatchResult",
    "Bound",
    "Breakdown",
    "BudgetAnalysis",
    "BudgetLine",
    "BudgetPart",
    "BudgetRole",
    "BudgetSpan",
    "Comparison",
    "DateValue",
    "Deadline",
    "Descriptive",
    "Direction",
    "ExpressionError",
    "Family",
    "Figure",
    "FileError",
    "Finding",
    "Indicator",
    "Judgement",
    "Likelihood",
    "MissingExtraError",
    "NotApplicable",
    "Note",
    "Op",
    "OverallGoal",
    "Part",
    "PerftrackError",
    "Period",
    "PeriodTarget",
    "PointItem",
    "Points",
    "Policy",
    "PolicyError",
    "Position",
    "Progress",
    "Project",
    "Published",
    "QualitativeTarget",
    "QualitativeValue",
    "Quantity",
    "Range",
    "ReadError",
    "ScoreResult",
    "Scorecard",
    "Severity",
    "Source",
    "Status",
    "StatusValue",
    "Table",
    "TableKind",
    "Target",
    "TextValue",
    "Value",
    "Verdict",
    "Weights",
    "Where",
    "YearMonth",
    "__version__",
    "from_json",
    "json_schema",
    "parse_target",
    "parse_value",
    "read",
    "read_many",
    "read_text",
    "score",
    "score_many",
    "to_frame",
    "to_json",
]


#: The public submodules, imported when first reached as attributes
#: (``perftrack.scoring.show(…)`` right after ``import perftrack``).
_SUBMODULES: Final = frozenset(
    {
        "batch",
        "checking",
        "expressions",
        "frames",
        "model",
        "policy",
        "portfolio",
        "readers",
        "report",
        "reports",
        "schema",
        "scoring",
        "serialization",
        "vocabulary",
    }
)


def __getattr__(name: str) -> Any:  # noqa: ANN401 - module attributes are of any type
    if name in _SUBMODULES:
        return importlib.import_module(f"perftrack.{name}")  # binds itself as an attribute
    module = _WHERE.get(name)
    if module is None:
        msg = f"module 'perftrack' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
