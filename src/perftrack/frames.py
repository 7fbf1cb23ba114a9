"""pandas DataFrames of indicators, budget lines and findings, for notebooks.

:func:`to_frame` turns a table, a scorecard, or a sequence of them into one
row per indicator (``kind="indicators"``), budget line (``"budget"``),
finding (``"findings"``) or note row (``"notes"``: 说明, 备注, 其他需要说明的问题…,
``Table.notes``). It needs the ``pandas`` extra
(``pip install 'perftrack[pandas]'``); pandas is imported on the first call,
never by ``import perftrack``.

Columns, in this order, whatever the input (an empty input gives an empty
frame with the same columns and dtypes):

- **ids**, stable across runs: ``file``, ``sheet``, ``table`` (the table's
  index in its file, ``Source.index``) and the row's index within its table:
  ``indicator``, ``line`` (budget), ``finding`` or ``note``. Together they identify a
  row of the tables read from files; the same export read again gives the same ids.
  ``file`` is ``Source.file``: a table read from memory (bytes, a nameless file
  object, ``read_text``) has none unless the input is named
  (``perftrack.read(data, name="上传/甲.xlsx")``), and two such tables share their
  ids; ``to_frame`` warns (``UserWarning``) when given different ones.
  (A budget line's role, ``line`` in the JSON, is the ``role`` column here.)
- **context**: ``table_kind``, ``project`` (the project's name), ``project_code``
  (its 项目编码, when printed), ``department`` (主管部门) and ``implementer`` (实施单位;
  a 区域自评表's county: two counties of one fund differ here); an indicator's 指标编码
  is ``code``.
- **enums** as pandas ``Categorical`` whose categories are the full list,
  whether or not every value occurs, in a meaningful order: ``attainment``
  best first (``met partial pending not_met unknown not_applicable``, the
  order in which scoring.md §3 ranks the options of an any_of), ``progress``
  (``on_track behind unknown not_applicable``), ``severity`` most severe
  first, ``level1``/``level2`` in the framework's order (domain.md §2; labels
  outside the framework follow in order of appearance). Categories are
  unordered (``<`` is not defined) but sorting and grouping follow them.
- **numbers** (amounts, rates, weights, points, parsed values) exact: with
  ``decimals="object"`` (the default) ``decimal.Decimal`` objects in
  ``object`` columns, missing as ``None``, digits as printed (``2.00`` stays
  ``2.00``); with ``decimals="pyarrow"`` the pyarrow type
  ``decimal128(38, 10)`` (:data:`ARROW_DECIMAL`), missing as ``pd.NA``.
  Precision 38 is the most a 128-bit decimal holds; scale 10 keeps every
  printed digit of a budget table (amounts in 元 or 万元 with 2 to 6 places,
  rates to 2 places) and the exact quotients of scoring (``66.666…``) to
  ten places, rounded half up, with 28 digits left before the point.
- **dates** (``due``, ``target_due``) as ``datetime64[s]``, missing as ``NaT``;
  text as pandas' ``string`` dtype, missing as ``pd.NA``; flags as ``bool``;
  counts that may be missing (a finding's ``row``) as ``Int64``.

A target, planned, actual or forecast cell gives its raw text (``target``,
``actual``…) plus the parsed ``*_kind`` and ``*_value`` (the number of a
comparison or quantity), ``*_unit``, and for targets ``target_op``,
``target_low``/``target_high`` (a range) and ``target_due`` (a deadline or
period); for values ``*_status``. ``midterm`` is the 中期/实施期指标值 a target
table prints beside the year's (``Indicator.midterm``), with ``midterm_*`` columns
like the target's (after them), missing without. ``previous`` is last year's actual
(上年实际完成值) where the table prints it, with ``previous_*`` columns like
the actual's; ``parts`` the columns for parts of the year beside the period's plan
or actual (``一季度：200公里；二季度：400公里…``). ``remarks`` (备注),
``deviation_reason`` (偏差原因分析) and ``about`` (``Indicator.about``: text printed
about the row that scoring does not read, its 年度履职目标 or 部门职责, a 跟踪表's
指标解释, each under its header: ``年度履职目标：目标1：完成国土空间规划编制``) are
``""`` when the row has none. Verdict columns (``attainment``,
``progress``, ``explanation``, ``direction_judged``, ``due``, ``points``,
``points_weight``; for budget lines ``rate_recomputed``, ``denominator``)
are always present and missing for plain tables, so frames of tables and of
scorecards line up. A budget row's ``time_progress`` is the scorecard's exact
序时进度 (for a plain table, the one it prints), to compare with
``rate_recomputed``. A budget row has the amounts (``initial``,
``period_budget``, ``planned``, ``executed``, ``forecast``; ``midterm``, after
``executed``, the 实施期资金总额 a target table prints beside the year's,
``BudgetLine.midterm``; ``last_year``, the amount of last year's column printed
beside this year's, ``BudgetLine.last_year``; ``last_year_same_period``, the amount
spent in last year's same months, ``BudgetLine.last_year_same_period``) and the printed
rates: ``rate`` (执行率) and ``forecast_rate`` (全年预计执行率, in %, when the
table prints one); ``quarters`` the 执行数 of columns for parts of the year beside
the period's, as text (``一季度执行数：420；二季度执行数：760``, empty without).

A finding row has its ``figures`` as text (``printed=35.00；computed=30.00``, a
figure's ``of`` in brackets, ``added(执行数)=1480.00``; empty for most findings).

A note row has the ids, the context, and the note's ``label`` (as printed,
without its colon: ``说明``, ``其他需要说明的问题``), ``text`` and ``cell`` (where the
text stands); a note is the table's, so a scorecard gives the same rows as its
table.

Example:
    >>> import perftrack
    >>> from perftrack.frames import to_frame
    >>> cards = [perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")]
    >>> df = to_frame(cards)
    >>> row = df.iloc[12]  # the second table's first indicator
    >>> int(row["table"]), int(row["indicator"]), row["name"], row["target"]
    (1, 0, '居委党群服务站建设', '=5.00(个)')
    >>> row["target_value"], row["actual_value"], row["attainment"]
    (Decimal('5.00'), Decimal('1.00'), 'pending')
    >>> df["actual_value"][0]
    Decimal('2.00')
    >>> list(df["attainment"].cat.categories)
    ['met', 'partial', 'pending', 'not_met', 'unknown', 'not_applicable']
    >>> to_frame(cards, kind="budget")["rate_recomputed"][0]
    Decimal('67.26762820512820512820512821')
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, get_args

from perftrack import vocabulary as voc
from perftrack._errors import PerftrackError
from perftrack.expressions import (
    AnyOf,
    Comparison,
    DateValue,
    Deadline,
    Descriptive,
    NotApplicable,
    Op,
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
)
from perftrack.model import BudgetRole, Direction, Likelihood, Severity, Table, TableKind
from perftrack.reports._common import ATTAINMENT_ORDER, PROGRESS_ORDER
from perftrack.scoring import Scorecard

if TYPE_CHECKING:
    import enum
    from types import ModuleType

    import pandas as pd

    from perftrack.scoring import PointItem
else:

    class _Pandas:
        """``pd`` in the annotations, at run time: pandas, imported when first looked into.

        ``typing.get_type_hints(to_frame)`` (and typeguard or pydantic's
        ``validate_call``) evaluates ``pd.DataFrame`` in this module; importing
        pandas with the module would cost every user who never makes a frame.
        """

        def __getattr__(self, name: str) -> object:
            return getattr(importlib.import_module("pandas"), name)

    pd = _Pandas()

__all__ = ["ARROW_DECIMAL", "FRAME_KINDS", "MissingExtraError", "to_frame"]

#: The ``kind`` values :func:`to_frame` accepts.
FRAME_KINDS: Final = ("indicators", "budget", "findings", "notes")

#: Precision and scale of the pyarrow decimals (``decimals="pyarrow"``).
ARROW_DECIMAL: Final = (38, 10)

FrameKind = Literal["indicators", "budget", "findings", "notes"]
DecimalMode = Literal["object", "pyarrow"]


class MissingExtraError(PerftrackError, ImportError):
    """An optional dependency is not installed; the message names the extra to install.

    Example:
        >>> import perftrack
        >>> print(perftrack.MissingExtraError("pandas", "pandas", "to_frame"))
        to_frame 需要可选依赖 pandas：请运行 pip install 'perftrack[pandas]'
    """

    def __init__(self, module: str, extra: str | None, feature: str) -> None:
        """Say that *feature* needs *module*, installed by the extra *extra* (if any)."""
        self.module = module
        self.extra = extra
        self.feature = feature
        install = f"perftrack[{extra}]" if extra else module
        super().__init__(f"{feature} 需要可选依赖 {module}：请运行 pip install '{install}'")


def _require(module: str, extra: str | None, feature: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(module, extra, feature) from None


# ---------------------------------------------------------------------------
# Columns


class _Column(NamedTuple):
    """A column: its name, how its values are typed, and a categorical's categories."""

    name: str
    type: Literal["int", "Int64", "bool", "text", "decimal", "date", "category"]
    categories: tuple[str, ...] = ()


def _values(members: Iterable[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in members)


# The categories of the kind columns, in the order of the model's unions.
_TARGET_KINDS: Final = tuple(cls.kind for cls in get_args(Target))
_VALUE_KINDS: Final = tuple(cls.kind for cls in get_args(Value))
_LEVEL2_ORDER: Final = tuple(
    name for level1 in voc.LEVEL1 for name, parent in voc.LEVEL2_PARENT.items() if parent == level1
)

_IDS: Final = (
    _Column("file", "text"),
    _Column("sheet", "text"),
    _Column("table", "int"),
)
_CONTEXT: Final = (
    _Column("table_kind", "category", _values(TableKind)),
    _Column("project", "text"),
    _Column("project_code", "text"),
    _Column("department", "text"),
    _Column("implementer", "text"),
)


def _target_columns(prefix: str) -> tuple[_Column, ...]:
    return (
        _Column(prefix, "text"),
        _Column(f"{prefix}_kind", "category", _TARGET_KINDS),
        _Column(f"{prefix}_op", "category", _values(Op)),
        _Column(f"{prefix}_value", "decimal"),
        _Column(f"{prefix}_low", "decimal"),
        _Column(f"{prefix}_high", "decimal"),
        _Column(f"{prefix}_unit", "text"),
        _Column(f"{prefix}_due", "date"),
    )


def _value_columns(prefix: str) -> tuple[_Column, ...]:
    return (
        _Column(prefix, "text"),
        _Column(f"{prefix}_kind", "category", _VALUE_KINDS),
        _Column(f"{prefix}_value", "decimal"),
        _Column(f"{prefix}_unit", "text"),
        _Column(f"{prefix}_status", "category", _values(Status)),
    )


_INDICATOR_COLUMNS: Final = (
    *_IDS,
    _Column("indicator", "int"),
    *_CONTEXT,
    _Column("level1", "category", voc.LEVEL1),
    _Column("level2", "category", _LEVEL2_ORDER),
    _Column("name", "text"),
    _Column("raw_name", "text"),
    _Column("code", "text"),
    _Column("core", "bool"),
    _Column("unit", "text"),
    *_target_columns("target"),
    *_target_columns("midterm"),
    *_value_columns("planned"),
    *_value_columns("actual"),
    *_value_columns("forecast"),
    *_value_columns("previous"),
    _Column("parts", "text"),
    _Column("likelihood", "category", _values(Likelihood)),
    _Column("direction", "category", _values(Direction)),
    _Column("weight", "decimal"),
    _Column("published_points", "decimal"),
    _Column("remarks", "text"),
    _Column("deviation_reason", "text"),
    _Column("about", "text"),
    _Column("cell", "text"),
    _Column("attainment", "category", _values(ATTAINMENT_ORDER)),
    _Column("progress", "category", _values(PROGRESS_ORDER)),
    _Column("explanation", "text"),
    _Column("direction_judged", "category", _values(Direction)),
    _Column("due", "date"),
    _Column("points_weight", "decimal"),
    _Column("points", "decimal"),
)

_BUDGET_COLUMNS: Final = (
    *_IDS,
    _Column("line", "int"),
    *_CONTEXT,
    _Column("role", "category", _values(BudgetRole)),
    _Column("source", "text"),
    _Column("unit", "text"),
    _Column("initial", "decimal"),
    _Column("period_budget", "decimal"),
    _Column("planned", "decimal"),
    _Column("executed", "decimal"),
    _Column("midterm", "decimal"),
    _Column("last_year", "decimal"),
    _Column("last_year_same_period", "decimal"),
    _Column("quarters", "text"),
    _Column("rate", "decimal"),
    _Column("forecast", "decimal"),
    _Column("forecast_rate", "decimal"),
    _Column("weight", "decimal"),
    _Column("published_points", "decimal"),
    _Column("cell", "text"),
    _Column("time_progress", "decimal"),
    _Column("rate_recomputed", "decimal"),
    _Column("denominator", "category", ("period_budget", "initial")),
    _Column("points_weight", "decimal"),
    _Column("points", "decimal"),
)

_FINDING_COLUMNS: Final = (
    *_IDS,
    _Column("finding", "int"),
    *_CONTEXT,
    _Column("id", "text"),
    _Column("severity", "category", _values(Severity)),
    _Column("stage", "category", ("read", "score")),
    _Column("message", "text"),
    _Column("figures", "text"),
    _Column("indicator", "Int64"),
    _Column("name", "text"),
    _Column("budget_line", "category", _values(BudgetRole)),
    _Column("row", "Int64"),
    _Column("column", "Int64"),
    _Column("cell", "text"),
)

_NOTE_COLUMNS: Final = (
    *_IDS,
    _Column("note", "int"),
    *_CONTEXT,
    _Column("label", "text"),
    _Column("text", "text"),
    _Column("cell", "text"),
)

_Row = dict[str, object]


# ---------------------------------------------------------------------------
# Rows


def _enum(value: enum.Enum | None) -> str | None:
    return None if value is None else str(value.value)


def _head(table: Table) -> _Row:
    source = table.source
    return {
        "file": source.file,
        "sheet": source.sheet,
        "table": source.index,
        "table_kind": table.kind.value,
        "project": table.project.name,
        "project_code": table.project.code,
        "department": table.project.department,
        "implementer": table.project.implementer,
    }


def _text(obj: Target | Value | None) -> str | None:
    if obj is None:
        return None
    return obj.text or str(obj)


def _target_fields(target: Target | None, prefix: str = "target") -> _Row:
    row: _Row = {
        prefix: _text(target),
        f"{prefix}_kind": None if target is None else target.kind,
        f"{prefix}_op": None,
        f"{prefix}_value": None,
        f"{prefix}_low": None,
        f"{prefix}_high": None,
        f"{prefix}_unit": None,
        f"{prefix}_due": None,
    }
    match target:
        case Comparison():
            row |= {f"{prefix}_op": target.op.value, f"{prefix}_value": target.value}
            row[f"{prefix}_unit"] = target.unit
        case Range():
            row |= {f"{prefix}_low": target.low, f"{prefix}_high": target.high}
            row[f"{prefix}_unit"] = target.unit
        case Deadline() | PeriodTarget():
            row[f"{prefix}_due"] = target.due
        case QualitativeTarget() | AnyOf() | Descriptive() | NotApplicable() | None:
            pass
    return row


def _value_fields(prefix: str, value: Value | None) -> _Row:
    number: Decimal | None = None
    unit: str | None = None
    status: Status | None = None
    match value:
        case Quantity():
            number, unit, status = value.value, value.unit, value.status
        case StatusValue():
            status = value.status
        case DateValue():
            status = value.status
        case QualitativeValue() | TextValue() | NotApplicable() | None:
            pass
    return {
        prefix: _text(value),
        f"{prefix}_kind": None if value is None else value.kind,
        f"{prefix}_value": number,
        f"{prefix}_unit": unit,
        f"{prefix}_status": _enum(status),
    }


def _point_items(card: Scorecard | None) -> tuple[PointItem, ...]:
    if card is None or card.points is None:
        return ()
    return card.points.items


def _indicator_rows(table: Table, card: Scorecard | None) -> list[_Row]:
    points = {item.indicator: item for item in _point_items(card) if item.budget_line is None}
    rows: list[_Row] = []
    for index, indicator in enumerate(table.indicators):
        row = _head(table) | {
            "indicator": index,
            "level1": indicator.level1,
            "level2": indicator.level2,
            "name": indicator.name,
            "raw_name": indicator.raw_name,
            "code": indicator.code,
            "core": indicator.core,
            "unit": indicator.unit,
        }
        row |= _target_fields(indicator.target)
        row |= _target_fields(indicator.midterm, "midterm")  # 中期/实施期指标值
        row |= _value_fields("planned", indicator.planned)
        row |= _value_fields("actual", indicator.actual)
        row |= _value_fields("forecast", indicator.forecast)
        row |= _value_fields("previous", indicator.previous)
        row |= {
            # 一季度：200公里；二季度：400公里… (the columns for parts of the year, as printed)
            "parts": "；".join(f"{part.label}：{part.value.text}" for part in indicator.parts)
            or None,
            "likelihood": _enum(indicator.likelihood),
            "direction": _enum(indicator.direction),
            "weight": indicator.weight,
            "published_points": indicator.published_points,
            "remarks": indicator.remarks,
            "deviation_reason": indicator.deviation_reason,
            # 年度履职目标, 部门职责, a 跟踪表's 指标解释…: text about the row (r35k; r35o)
            "about": indicator.about,
            "cell": indicator.position.cell if indicator.position else None,
        }
        if card is not None:
            verdict = card.verdicts[index]
            row |= {
                "attainment": verdict.attainment.value,
                "progress": verdict.progress.value,
                "explanation": verdict.explanation,
                "direction_judged": _enum(verdict.direction),
                "due": verdict.due,
            }
        item = points.get(index)
        if item is not None:
            row |= {"points_weight": item.weight, "points": item.points}
        rows.append(row)
    return rows


def _budget_rows(table: Table, card: Scorecard | None) -> list[_Row]:
    points = {item.budget_line: item for item in _point_items(card) if item.budget_line}
    rows: list[_Row] = []
    for index, line in enumerate(table.budget):
        row = _head(table) | {
            "line": index,
            "role": line.role.value,
            "source": line.source,
            "unit": table.budget_unit,
            "initial": line.initial,
            "period_budget": line.period_budget,
            "planned": line.planned,
            "executed": line.executed,
            "midterm": line.midterm,  # 实施期资金总额 beside 年度资金总额
            "last_year": line.last_year,  # 上年预算数 beside 本年预算数
            "last_year_same_period": line.last_year_same_period,  # 上年同期执行数
            # 一季度执行数 … beside 1-8月执行数: the line's amounts in them, as text
            "quarters": "；".join(
                f"{part.label}：{'' if part.amount is None else part.amount}"
                for part in line.quarters
            ),
            "rate": line.rate,
            "forecast": line.forecast,
            "forecast_rate": line.forecast_rate,
            "weight": line.weight,
            "published_points": line.published_points,
            "cell": line.position.cell if line.position else None,
            "time_progress": table.time_progress,
        }
        if card is not None:
            analysis = card.budget[index]
            row |= {
                "time_progress": card.time_progress,
                "rate_recomputed": analysis.rate_recomputed,
                "denominator": analysis.denominator,
            }
            item = points.pop(line.role.value, None)  # the first line of its role only
            if item is not None:
                row |= {"points_weight": item.weight, "points": item.points}
        rows.append(row)
    return rows


def _finding_rows(table: Table, card: Scorecard | None) -> list[_Row]:
    findings = table.findings if card is None else card.findings
    reading = len(table.findings)
    rows: list[_Row] = []
    for index, finding in enumerate(findings):
        where = finding.where
        rows.append(
            _head(table)
            | {
                "finding": index,
                "id": finding.id,
                "severity": finding.severity.value,
                "stage": "read" if index < reading else "score",
                "message": finding.message,
                # the figures the message states, as text: printed=35.00；computed=30.00
                "figures": "；".join(
                    f"{figure.name}{f'({figure.of})' if figure.of else ''}={figure.value}"
                    for figure in finding.figures
                ),
                "indicator": where.indicator,
                "name": where.name,
                "budget_line": where.budget_line,
                "row": where.row,
                "column": where.column,
                "cell": where.cell,
            }
        )
    return rows


def _note_rows(table: Table, card: Scorecard | None) -> list[_Row]:
    del card  # a note is the table's, scored or not
    return [
        _head(table)
        | {
            "note": index,
            "label": note.label,
            "text": note.text,
            "cell": note.position.cell if note.position else None,
        }
        for index, note in enumerate(table.notes)
    ]


_BUILDERS: Final = {
    "indicators": (_INDICATOR_COLUMNS, _indicator_rows),
    "budget": (_BUDGET_COLUMNS, _budget_rows),
    "findings": (_FINDING_COLUMNS, _finding_rows),
    "notes": (_NOTE_COLUMNS, _note_rows),
}


# ---------------------------------------------------------------------------
# Series


_ARROW_CONTEXT: Final = Context(prec=ARROW_DECIMAL[0], rounding=ROUND_HALF_UP)
_ARROW_QUANTUM: Final = Decimal(1).scaleb(-ARROW_DECIMAL[1])


def _to_arrow_scale(value: object) -> object:
    if not isinstance(value, Decimal):
        return value
    try:
        return value.quantize(_ARROW_QUANTUM, context=_ARROW_CONTEXT)
    except InvalidOperation:
        precision, scale = ARROW_DECIMAL
        msg = f"{value} does not fit decimal128({precision}, {scale}); use decimals='object'"
        raise ValueError(msg) from None


def _categories(column: _Column, values: list[object]) -> list[str]:
    """The column's categories, then any other value in order of appearance."""
    categories = list(column.categories)
    known = set(categories)
    for value in values:
        if isinstance(value, str) and value not in known:
            known.add(value)
            categories.append(value)
    return categories


_DTYPES: Final = {
    "int": "int64",
    "Int64": "Int64",
    "bool": "bool",
    "text": "string",
    "date": "datetime64[s]",
}


def _series(
    pandas: ModuleType, column: _Column, values: list[object], decimal_dtype: object
) -> pd.Series:
    data: object = values
    dtype: object = _DTYPES.get(column.type)
    if column.type == "category":
        data = pandas.Categorical(values, categories=_categories(column, values))
    elif column.type == "decimal":
        dtype = decimal_dtype
        if decimal_dtype is not object:
            data = [_to_arrow_scale(value) for value in values]
    series: pd.Series = pandas.Series(data, dtype=dtype, name=column.name)
    return series


def _pairs(obj: object) -> list[tuple[Table, Scorecard | None]]:
    from perftrack.batch import BatchResult, ScoreResult  # noqa: PLC0415 - on first use

    if isinstance(obj, ScoreResult):  # score_many(...): its scorecards
        obj = obj.cards
    elif isinstance(obj, BatchResult):  # read_many(...): its tables
        obj = obj.tables
    items: Iterable[object]
    if isinstance(obj, (Table, Scorecard)):
        items = [obj]
    elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, Mapping)):
        items = obj
    else:
        msg = f"to_frame takes a Table, a Scorecard or a sequence of them, not {type(obj).__name__}"
        raise TypeError(msg)
    pairs: list[tuple[Table, Scorecard | None]] = []
    for item in items:
        if isinstance(item, Scorecard):
            pairs.append((item.table, item))
        elif isinstance(item, Table):
            pairs.append((item, None))
        else:
            msg = f"to_frame takes tables and scorecards, not {type(item).__name__}"
            raise TypeError(msg)
    return pairs


def _warn_shared_ids(pairs: Sequence[tuple[Table, Scorecard | None]]) -> None:
    """A ``UserWarning`` when different unnamed tables would share their ids.

    A table read from memory without ``name=`` has no ``source.file``: two such
    tables at the same sheet and index get the same ``file``, ``sheet`` and
    ``table`` ids, and a join on them would mix the projects.
    """
    unnamed: dict[tuple[str | None, int], set[Table]] = {}
    for table, _ in pairs:
        if table.source.file is None:
            unnamed.setdefault((table.source.sheet, table.source.index), set()).add(table)
    shared = sum(len(group) for group in unnamed.values() if len(group) > 1)
    if shared:
        msg = (
            f"to_frame：{shared} 张不同的表没有文件名（从内存读取）且工作表、序号相同，"
            "file、sheet、table 三列无法区分它们：读取时请用 "
            "perftrack.read(..., name=...) 或 read_text(..., name=...) 为每个输入命名"
        )
        warnings.warn(msg, UserWarning, stacklevel=3)


def to_frame(
    obj: Table | Scorecard | Iterable[Table | Scorecard],
    *,
    kind: FrameKind = "indicators",
    decimals: DecimalMode = "object",
) -> pd.DataFrame:
    """One row per indicator, budget line or finding of the tables or scorecards.

    *obj* is a :class:`~perftrack.Table`, a :class:`~perftrack.Scorecard`, or a
    sequence of them (mixed is fine: tables get missing verdicts), or what
    ``score_many``/``read_many`` return (their scorecards or tables). *kind* is
    ``"indicators"``, ``"budget"``, ``"findings"`` or ``"notes"``; *decimals* ``"object"``
    (``Decimal`` objects) or ``"pyarrow"`` (``decimal128(38, 10)``). See the
    module documentation for the columns. Raises :class:`MissingExtraError`
    without pandas (or without pyarrow for ``decimals="pyarrow"``).

    Example:
        >>> import attrs, perftrack
        >>> tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        >>> df = perftrack.to_frame(tables, kind="budget", decimals="pyarrow")
        >>> total = df[df["role"] == "total"]
        >>> total["table"].tolist(), total["line"].tolist()
        ([0, 1], [0, 0])
        >>> total["executed"].tolist()
        [Decimal('50.3700000000'), Decimal('83.4700000000')]
        >>> str(df["executed"].dtype)
        'decimal128(38, 10)[pyarrow]'
        >>> findings = perftrack.to_frame(perftrack.score(tables[0]), kind="findings")
        >>> findings.groupby("severity", observed=False).size().to_dict()
        {'error': 0, 'warning': 0, 'info': 16}
        >>> from perftrack import Note
        >>> noted = attrs.evolve(tables[0], notes=(Note("说明", "资金已全部拨付。"),))
        >>> perftrack.to_frame(noted, kind="notes")[
        ...     ["table", "note", "label", "text"]
        ... ].values.tolist()
        [[0, 0, '说明', '资金已全部拨付。']]
    """
    if kind not in _BUILDERS:
        msg = f"kind must be one of {', '.join(FRAME_KINDS)}, not {kind!r}"
        raise ValueError(msg)
    if decimals not in ("object", "pyarrow"):
        msg = f"decimals must be 'object' or 'pyarrow', not {decimals!r}"
        raise ValueError(msg)
    pandas = _require("pandas", "pandas", "to_frame")
    decimal_dtype: object = object
    if decimals == "pyarrow":
        pyarrow = _require("pyarrow", None, "to_frame(decimals='pyarrow')")
        decimal_dtype = pandas.ArrowDtype(pyarrow.decimal128(*ARROW_DECIMAL))
    columns, build = _BUILDERS[kind]
    pairs = _pairs(obj)
    _warn_shared_ids(pairs)
    rows = [row for table, card in pairs for row in build(table, card)]
    data = {
        column.name: _series(pandas, column, [row.get(column.name) for row in rows], decimal_dtype)
        for column in columns
    }
    frame: pd.DataFrame = pandas.DataFrame(data)
    return frame
