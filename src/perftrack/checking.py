"""Findings as a linter reports them: filtering, baselines, and the outputs of ``perftrack check``.

Every finding of every scorecard becomes a :class:`FileFinding` (the finding
with its file, sheet, table and project). :func:`select_findings` keeps the
ones asked for; a :class:`Baseline` holds the findings a team has accepted,
each with a reason, and :meth:`Baseline.split` tells new findings from accepted
ones; :func:`text_lines`, :func:`json_text` and :func:`github_lines` print them.

Example:
    >>> import perftrack
    >>> cards = [perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")]
    >>> found = select_findings(findings_of(cards), select=["budget-behind-schedule"])
    >>> for line in text_lines(found):
    ...     print(line)
    examples/000_7a0b2a9980fedb64.txt:H38: budget-behind-schedule 执行率21.77%低于序时进度66.67%
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import frozen

from perftrack._errors import (
    PerftrackError,
    display_name,
    encodable,
    writable_line,
    writable_text,
)
from perftrack.model import Finding, Severity, Where

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence

    from perftrack.batch import FileError
    from perftrack.scoring import Scorecard

__all__ = [
    "BASELINE_SCHEMA",
    "FINDING_IDS",
    "Baseline",
    "BaselineEntry",
    "BaselineError",
    "FileFinding",
    "Split",
    "at_least",
    "displayed",
    "escape_data",
    "escape_property",
    "findings_of",
    "github_lines",
    "in_input_order",
    "in_reading_order",
    "is_selected",
    "json_text",
    "select_findings",
    "text_lines",
]

#: The version of the baseline file's format.
BASELINE_SCHEMA: Final = "perftrack-baseline/1"

#: The finding ids perftrack makes (scoring.md §6, and the readers' own, and
#: ``unreadable-file`` of ``perftrack check``), for warning about a misspelt
#: ``--select`` / ``--ignore``.
FINDING_IDS: Final = frozenset(
    {
        "actual-after-period",
        "points-unsupported",
        "points-rescaled",
        "full-points-partial",
        "deduction-not-taken",
        "actual-copies-target",
        "actual-from-reason",
        "actual-implausible",
        "actual-is-target-form",
        "actual-other-measure",
        "actual-without-figure",
        "actuals-copy-targets",
        "actuals-not-reported",
        "actuals-as-ratios",
        "amount-unit-converted",
        "columns-swapped",
        "missing-target",
        "time-progress-mismatch",
        "unreadable-file",
        "level1-weight-mismatch",
        "level-points-mismatch",
        "budget-adjusted",
        "budget-behind-schedule",
        "budget-amount-missing",
        "budget-rate-as-share",
        "budget-rate-mismatch",
        "budget-rate-missing",
        "budget-sum-mismatch",
        "budget-unit-slip",
        "budget-unlikely",
        "category-suspect",
        "category-normalised",
        "cost-not-ceiling",
        "core-indicator-missed",
        "reason-in-actual",
        "deadline-passed",
        "duplicate-indicator",
        "duplicate-sheet",
        "missing-name",
        "name-is-level",
        "split-row",
        "exceeds-target",
        "excel-date-serial",
        "paid-above-standard",
        "outcome-copies-output",
        "file-truncated",
        "formula-without-result",
        "full-points-not-met",
        "grade-mismatch",
        "judgement-optimistic",
        "likelihood-unclear",
        "judgement-missing",
        "layout-normalised",
        "budget-line-unread",
        "budget-column-duplicate",
        "budget-column-same-period",
        "budget-quarters-mismatch",
        "budget-quarters-unsure",
        "budget-quarters-to-date",
        "budget-executed-period-end",
        "grid-column-duplicate",
        "grid-column-unread",
        "grid-monthly-actual",
        "malformed-actual",
        "malformed-amount",
        "malformed-cell",
        "malformed-points",
        "missing-points",
        "weights-unknown",
        "malformed-target",
        "missing-actual",
        "actual-not-numeric",
        "missing-category",
        "missing-corrective-measures",
        "missing-deviation-reason",
        "missing-indicators",
        "missing-project-name",
        "negative-amount",
        "over-execution",
        "period-unread",
        "period-missing",
        "period-not-cumulative",
        "period-title-mismatch",
        "period-date-invalid",
        "period-spans-years",
        "period-start-mid-month",
        "period-school-year",
        "period-school-term",
        "period-term-to-date",
        "project-from-sheet-name",
        "period-header-mismatch",
        "plan-exceeds-target",
        "points-differ",
        "points-over-maximum",
        "points-sum-mismatch",
        "possible-ocr-artifact",
        "reason-carried",
        "reason-contradicts-result",
        "satisfaction-not-percent",
        "satisfaction-target-low",
        "satisfaction-target-full",
        "sheet-unread",
        "target-missing-unit",
        "target-unit-suspect",
        "target-not-measurable",
        "target-above-midterm",
        "targets-not-measurable",
        "targets-copied",
        "target-direction-suspect",
        "target-multi-year",
        "target-implausible",
        "deadline-outside-year",
        "target-below-last-year",
        "missing-level2",
        "cost-above-budget",
        "missing-overall-goal",
        "unit-mismatch",
        "weights-not-100",
        "weights-as-shares",
    }
)

_RANK: Final = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

# Standard input among the paths (perftrack.batch.STDIN), and the file its tables name.
_STDIN: Final = "-"
_STDIN_NAME: Final = "<stdin>"


def at_least(severity: Severity, threshold: Severity) -> bool:
    """Whether *severity* is *threshold* or worse (info < warning < error).

    Example:
        >>> at_least(Severity.ERROR, Severity.WARNING), at_least(Severity.INFO, Severity.WARNING)
        (True, False)
    """
    return _RANK[severity] >= _RANK[threshold]


def _norm_file(file: str | None) -> str | None:
    r"""A path as compared: relative to the working directory, with forward slashes.

    So ``./a/b.xlsx``, ``a\b.xlsx`` (written on Windows) and the absolute path
    of ``a/b.xlsx`` are the same file.
    """
    if file is None:
        return None
    # a finding names its file decoded (display_name); a path found on disk may not be
    return _relative(display_name(file), display_name(os.getcwd()))  # noqa: PTH109 - a str


_RELATIVE_PATHS: Final = "relative-to-baseline"


def _relative_to(file: str, folder: str) -> str:
    """*file* (as given on the command line) relative to *folder*, with forward slashes."""
    absolute = os.path.abspath(file.replace("\\", "/"))  # noqa: PTH100 - str in, str out
    with contextlib.suppress(ValueError):  # another drive on Windows: keep it absolute
        absolute = os.path.relpath(absolute, os.path.abspath(folder or "."))  # noqa: PTH100
    return absolute.replace(os.sep, "/")


@functools.lru_cache(maxsize=4096)
def _relative(file: str, cwd: str) -> str:
    path = os.path.join(cwd, file.replace("\\", "/"))  # noqa: PTH118 - str in, str out
    with contextlib.suppress(ValueError):  # another drive on Windows: keep it absolute
        path = os.path.relpath(path, cwd)
    return os.path.normpath(path).replace(os.sep, "/")


#: What a finding is matched on: file, sheet, table, id, and what it points at.
_Key = tuple[str | None, str | None, tuple[str, str | int], str, tuple[str, str] | None]


@frozen
class FileFinding:
    """A finding with the table it belongs to: file, sheet, table index, project.

    ``stage`` is when it was made, as in the JSON of ``perftrack score``:
    ``"read"`` while reading the table, ``"score"`` while scoring it.

    Example:
        >>> from perftrack.model import Where
        >>> f = FileFinding(
        ...     "a.xlsx",
        ...     "Sheet1",
        ...     0,
        ...     "两新党建工作",
        ...     Finding("missing-actual", Severity.WARNING, "实际完成值为空", Where(cell="F17")),
        ... )
        >>> f.id, f.severity.value, f.where.cell
        ('missing-actual', 'warning', 'F17')
    """

    file: str | None
    sheet: str | None
    table: int
    project: str | None
    finding: Finding
    stage: str = "score"

    @property
    def id(self) -> str:
        """The finding's id (``budget-behind-schedule``)."""
        return self.finding.id

    @property
    def severity(self) -> Severity:
        """The finding's severity."""
        return self.finding.severity

    @property
    def message(self) -> str:
        """The finding's message."""
        return self.finding.message

    @property
    def where(self) -> Where:
        """Where the finding points."""
        return self.finding.where

    @property
    def key(self) -> _Key:
        """What a baseline entry is matched on (see :class:`Baseline`)."""
        return BaselineEntry.of(self).key

    def as_dict(self) -> dict[str, Any]:
        """The object ``perftrack check --format json`` prints."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "table": self.table,
            "project": self.project,
            "id": self.id,
            "severity": self.severity.value,
            "message": self.message,
            "where": attrs.asdict(self.where),
            "stage": self.stage,
        }


# severity first, worst first, in the order a reviewer reads them
_SEVERITY_RANK: Final = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _reading_key(finding: Finding) -> tuple[int, int, int]:
    where = finding.where
    return (_SEVERITY_RANK[finding.severity], where.row or 0, where.column or 0)


def displayed(findings: Iterable[Finding]) -> list[Finding]:
    """A table's findings in the order they are shown: severity, then row, then column.

    Errors first, then warnings, then notes; within a severity, top to bottom and
    left to right on the sheet, a finding of the whole table (no cell: 缺少效益指标)
    before those at a cell, and findings at one cell in the order they were made
    (r37r C). The JSON keeps the order the findings were made in (read, then score):
    that order is the score JSON's, which ``check --format json`` follows.

    Example:
        >>> found = [
        ...     Finding("b", Severity.INFO, "提示", Where(row=6, column=7, cell="G6")),
        ...     Finding("c", Severity.WARNING, "警告", Where(row=16, column=7, cell="G16")),
        ...     Finding("d", Severity.WARNING, "警告", Where(row=10, column=7, cell="G10")),
        ...     Finding("e", Severity.WARNING, "警告"),
        ...     Finding("a", Severity.ERROR, "错误", Where(row=20, column=1, cell="A20")),
        ... ]
        >>> [finding.id for finding in displayed(found)]
        ['a', 'e', 'd', 'c', 'b']
    """
    return sorted(findings, key=_reading_key)


def in_reading_order(found: Iterable[FileFinding]) -> list[FileFinding]:
    """*found* with each table's findings in :func:`displayed`'s order.

    The tables keep their order (files as given, tables as read); only the findings
    of one table, which come together, are sorted among themselves.
    """
    tables: dict[tuple[str | None, int], list[FileFinding]] = {}
    for item in found:
        tables.setdefault((item.file, item.table), []).append(item)
    return [
        item
        for items in tables.values()
        for item in sorted(items, key=lambda item: _reading_key(item.finding))
    ]


def findings_of(cards: Iterable[Scorecard]) -> list[FileFinding]:
    """Every finding of the scorecards, in order (reading findings, then scoring ones).

    Each has its ``stage``: the first ``len(card.table.findings)`` of a scorecard's
    findings were made reading the table, the others scoring it.

    Example:
        >>> import perftrack
        >>> cards = [
        ...     perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        ... ]
        >>> found = findings_of(cards)
        >>> len(found), found[0].id, found[0].table, found[-1].project
        (28, 'category-normalised', 0, '社区党群服务中心工作')
        >>> found[0].stage, found[-1].stage
        ('read', 'score')
    """
    found: list[FileFinding] = []
    for card in cards:
        source = card.table.source
        reading = len(card.table.findings)
        found.extend(
            FileFinding(
                source.file,
                finding.where.sheet or source.sheet,
                source.index,
                card.table.project.name,
                finding,
                "read" if index < reading else "score",
            )
            for index, finding in enumerate(card.findings)
        )
    return found


def in_input_order(
    findings: Iterable[FileFinding],
    errors: Iterable[FileError],
    *,
    paths: Sequence[str],
    files: Sequence[str],
) -> list[FileFinding | FileError]:
    """The findings with the unreadable files in their place: in the order files were given.

    *paths* are the files and folders as given (``perftrack check a.xlsx 表格/``),
    *files* the files they stand for, in order (:attr:`perftrack.batch.ScoreResult.files`:
    a folder's files sorted by path). Each file's findings keep their order, and a
    file that could not be read comes where it was given; a folder that could not be
    listed, or holds no table, comes before its files. Anything from no path given
    (a table passed in memory) comes last, in its order.

    Example:
        >>> from perftrack.batch import FileError
        >>> finding = Finding("missing-actual", Severity.WARNING, "实际完成值为空")
        >>> entries = in_input_order(
        ...     [FileFinding("b.txt", None, 0, None, finding)],
        ...     [FileError("a.pdf", "a.pdf: 不支持"), FileError("c.pdf", "c.pdf: 不支持")],
        ...     paths=["a.pdf", "b.txt", "c.pdf"],
        ...     files=["a.pdf", "b.txt", "c.pdf"],
        ... )
        >>> [entry.file for entry in entries]
        ['a.pdf', 'b.txt', 'c.pdf']
    """
    # findings and errors name their files decoded (display_name); paths on disk may not be
    paths = [display_name(path) for path in paths]
    files = [display_name(file) for file in files]

    def given(name: str, start: int = 0) -> int | None:
        """The first path from *start* that is *name* or a folder holding it."""
        for number in range(start, len(paths)):
            path = paths[number]
            if name == path or name.startswith((path.rstrip("/\\") + os.sep, path + "/")):
                return number
        return None

    # The files keep their order: each stands after its path (or the one before).
    keys: dict[str | None, tuple[int, int]] = {}
    current = 0
    for number, file in enumerate(files):
        if file not in keys:
            current = given(file, current) or current
            keys[file] = (current, number)
    if _STDIN in keys:
        keys[_STDIN_NAME] = keys[_STDIN]  # the tables read from standard input name it so

    def key(file: str | None) -> tuple[int, int]:
        if file not in keys:
            # a folder that could not be listed or holds nothing: before its files
            path = None if file is None else given(file)
            keys[file] = (len(paths), len(files)) if path is None else (path, -1)
        return keys[file]

    entries: list[FileFinding | FileError] = [*findings, *errors]
    # stable: a file's findings keep their order, and its errors follow them
    return sorted(entries, key=lambda entry: key(entry.file))


def select_findings(
    findings: Iterable[FileFinding],
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    min_severity: Severity = Severity.INFO,
) -> list[FileFinding]:
    """The findings selected (every id when *select* is empty), not ignored, and severe enough.

    Example:
        >>> import perftrack
        >>> cards = [
        ...     perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        ... ]
        >>> kept = select_findings(
        ...     findings_of(cards),
        ...     select=["budget-adjusted", "budget-behind-schedule"],
        ...     ignore=["budget-adjusted"],
        ... )
        >>> [f.id for f in kept]
        ['budget-behind-schedule']
    """
    selected, ignored = set(select), set(ignore)
    return [
        finding
        for finding in findings
        if is_selected(finding.id, selected, ignored) and at_least(finding.severity, min_severity)
    ]


def is_selected(
    finding_id: str, select: Collection[str] = (), ignore: Collection[str] = ()
) -> bool:
    """Whether *finding_id* is selected (every id is when *select* is empty) and not ignored.

    Example:
        >>> is_selected("missing-actual", ignore=["missing-actual"]), is_selected("missing-actual")
        (False, True)
    """
    return (not select or finding_id in select) and finding_id not in ignore


# ---------------------------------------------------------------------------
# Baselines


class BaselineError(PerftrackError, ValueError):
    """A baseline file that cannot be used (names the file and the entry).

    Example:
        >>> print(BaselineError("baseline.json", "不是 JSON"))
        baseline.json: 不是 JSON
    """

    def __init__(self, file: str, message: str) -> None:
        """*message* says what is wrong with the baseline *file*."""
        self.file = file
        self.message = message
        super().__init__(f"{file}: {message}")


@frozen
class BaselineEntry:
    """An accepted finding, and why it is accepted.

    ``cell``, ``severity`` and ``message`` are kept for the reader of the file;
    matching uses the file, sheet, table (the project name, else the index), id
    and where the finding points (the indicator, else the budget line), as
    :class:`Baseline` explains.

    Example:
        >>> entry = BaselineEntry(
        ...     "a.xlsx", None, 0, "两新党建工作", "missing-actual", reason="年底补填"
        ... )
        >>> entry.reason
        '年底补填'
    """

    file: str | None
    sheet: str | None
    table: int
    project: str | None
    id: str
    indicator: str | None = None
    budget_line: str | None = None
    cell: str | None = None
    severity: str | None = None
    message: str | None = None
    reason: str = ""

    @property
    def key(self) -> _Key:
        """What the entry is matched on, as :class:`Baseline` explains.

        The project stands for the table when it has one, the indicator or
        budget line for the cell, so moved tables and shifted rows still match;
        a finding on the whole table has no place, its cell moving with the table.
        """
        table: tuple[str, str | int] = (
            ("project", self.project) if self.project else ("table", self.table)
        )
        place: tuple[str, str] | None = None
        if self.indicator:
            place = ("indicator", self.indicator)
        elif self.budget_line:
            place = ("budget_line", self.budget_line)
        return (_norm_file(self.file), self.sheet, table, self.id, place)

    @classmethod
    def of(cls, finding: FileFinding, reason: str = "") -> BaselineEntry:
        """The entry that accepts *finding*."""
        where = finding.where
        return cls(
            file=finding.file,
            sheet=finding.sheet,
            table=finding.table,
            project=finding.project,
            id=finding.id,
            indicator=where.name,
            budget_line=where.budget_line,
            cell=where.cell,
            severity=finding.severity.value,
            message=finding.message,
            reason=reason,
        )


@frozen
class Split:
    """Findings against a baseline.

    ``new`` are the findings no entry accepts, ``accepted`` the others with their
    entry, ``stale`` the entries no finding matched any more.
    """

    new: tuple[FileFinding, ...]
    accepted: tuple[tuple[FileFinding, BaselineEntry], ...]
    stale: tuple[BaselineEntry, ...]


#: The fields of an entry that are a string or null.
_TEXT_FIELDS: Final = (
    "file",
    "sheet",
    "project",
    "indicator",
    "budget_line",
    "cell",
    "severity",
    "message",
)


def _entry(data: object, file: str, number: int) -> BaselineEntry:
    where = f"第{number}条"
    if not isinstance(data, dict):
        raise BaselineError(file, f"{where}应为对象")
    finding_id, table, reason = data.get("id"), data.get("table", 0), data.get("reason", "")
    if not isinstance(finding_id, str) or not finding_id:
        raise BaselineError(file, f"{where}缺少 id")
    if not isinstance(table, int) or isinstance(table, bool):
        raise BaselineError(file, f"{where}的 table 应为整数")
    if not isinstance(reason, str):
        raise BaselineError(file, f"{where}的 reason 应为字符串")
    fields: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise BaselineError(file, f"{where}的 {name} 应为字符串或 null")
        fields[name] = value
    return BaselineEntry(
        file=fields["file"],
        sheet=fields["sheet"],
        table=table,
        project=fields["project"],
        id=finding_id,
        indicator=fields["indicator"],
        budget_line=fields["budget_line"],
        cell=fields["cell"],
        severity=fields["severity"],
        message=fields["message"],
        reason=reason,
    )


@frozen
class Baseline:
    """Accepted findings, each with a reason: ``perftrack check`` reports only the others.

    A finding matches an entry with the same file, sheet, table, id and place:
    the table is its project name when it has one (else its index in the file),
    the place the indicator's name, else the budget line; a finding on the whole
    table has no place (its cell moves with the table). So reordered tables and
    inserted rows keep their matches. Two findings with the same key need two
    entries; messages may change (a rate that moved) and still match.

    Example:
        >>> import perftrack
        >>> cards = [
        ...     perftrack.score(t) for t in perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        ... ]
        >>> found = findings_of(cards)
        >>> baseline = Baseline.of(found)
        >>> split = Baseline.loads(baseline.dumps(), "baseline.json").split(found)
        >>> len(split.new), len(split.accepted), len(split.stale)
        (0, 28, 0)
    """

    entries: tuple[BaselineEntry, ...] = ()
    relative: bool = attrs.field(default=False, eq=False)  # files relative to its folder

    @classmethod
    def of(
        cls,
        findings: Iterable[FileFinding],
        previous: Baseline | None = None,
        *,
        relative_to: str | None = None,
    ) -> Baseline:
        """A baseline accepting *findings*; reasons are taken from *previous* where it matches.

        With *relative_to* (the folder the baseline is written to), files are
        written relative to it, so the baseline matches from any working folder.
        """
        reasons: dict[_Key, list[str]] = {}
        for entry in previous.entries if previous is not None else ():
            reasons.setdefault(entry.key, []).append(entry.reason)
        entries = []
        for finding in findings:
            kept = reasons.get(finding.key)
            entry = BaselineEntry.of(finding, kept.pop(0) if kept else "")
            if relative_to is not None and entry.file is not None:
                entry = attrs.evolve(entry, file=_relative_to(entry.file, relative_to))
            entries.append(entry)
        return cls(tuple(entries), relative=relative_to is not None)

    @classmethod
    def loads(cls, text: str, file: str) -> Baseline:
        """Read a baseline from its JSON text; *file* names it in errors."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise BaselineError(file, f"不是有效的 JSON（{exc}）") from None
        if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
            raise BaselineError(
                file, f'不是 perftrack 基线文件（应有 "schema": "{BASELINE_SCHEMA}"）'
            )
        findings = data.get("findings")
        if not isinstance(findings, list):
            raise BaselineError(file, "findings 应为列表")
        entries = tuple(_entry(item, file, number) for number, item in enumerate(findings, 1))
        if data.get("paths") == _RELATIVE_PATHS:  # files relative to the baseline's folder
            folder = os.path.dirname(file)  # noqa: PTH120 - str in, str out
            entries = tuple(
                attrs.evolve(e, file=os.path.join(folder, e.file))  # noqa: PTH118
                if e.file is not None and not os.path.isabs(e.file)  # noqa: PTH117
                else e
                for e in entries
            )
        return cls(entries)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        """Read a baseline file (:exc:`BaselineError` when it cannot be used)."""
        from pathlib import Path  # noqa: PLC0415

        name = os.fspath(path)
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise BaselineError(name, "文件不存在") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(name, f"无法读取：{exc}") from None
        return cls.loads(text, name)

    def dumps(self) -> str:
        """The baseline as JSON text, one object per entry, ``reason`` last."""
        data: dict[str, object] = {"schema": BASELINE_SCHEMA}
        if self.relative:
            data["paths"] = _RELATIVE_PATHS
        data["findings"] = [attrs.asdict(entry) for entry in self.entries]
        return encodable(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"

    def split(
        self,
        findings: Iterable[FileFinding],
        *,
        files: Iterable[str] | None = None,
        select: Collection[str] = (),
        ignore: Collection[str] = (),
    ) -> Split:
        """Tell new findings from accepted ones (with their entry), and find the stale entries.

        An entry is stale when no finding matched it, its file is among *files*
        (every file when ``None``: those checked) and its id is selected by
        *select* and *ignore* (as :func:`select_findings` selects); entries out
        of that scope are neither used nor stale.
        """
        waiting: dict[_Key, list[int]] = {}
        for index, entry in enumerate(self.entries):
            waiting.setdefault(entry.key, []).append(index)
        new: list[FileFinding] = []
        accepted: list[tuple[FileFinding, BaselineEntry]] = []
        for finding in findings:
            indices = waiting.get(finding.key)
            if indices:
                accepted.append((finding, self.entries[indices.pop(0)]))
            else:
                new.append(finding)
        checked = None if files is None else {_norm_file(file) for file in files}
        stale = tuple(
            entry
            for entry in (self.entries[i] for i in sorted(i for v in waiting.values() for i in v))
            if (checked is None or _norm_file(entry.file) in checked)
            and is_selected(entry.id, select, ignore)
        )
        return Split(tuple(new), tuple(accepted), stale)


# ---------------------------------------------------------------------------
# Outputs


def _line(finding: FileFinding) -> str:
    parts = [finding.file or "<内存>", finding.sheet, finding.where.cell]
    place = writable_line(":".join(part for part in parts if part))
    return writable_text(f"{place}: {finding.id} {_one_line(finding.message)}")


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def text_lines(findings: Iterable[FileFinding]) -> list[str]:
    """One line per finding: ``file:sheet:cell: id message`` (no sheet or cell when there is none).

    Example:
        >>> from perftrack.model import Where
        >>> finding = Finding(
        ...     "missing-actual", Severity.WARNING, "实际完成值为空", Where(cell="F17")
        ... )
        >>> text_lines([FileFinding("a.xlsx", "Sheet1", 0, None, finding)])
        ['a.xlsx:Sheet1:F17: missing-actual 实际完成值为空']
    """
    return [_line(finding) for finding in findings]


def json_text(findings: Iterable[FileFinding | FileError], errors: Iterable[FileError] = ()) -> str:
    """The findings as JSON: a list of :meth:`FileFinding.as_dict` objects.

    A file that could not be read is an ``unreadable-file`` error (stage ``read``)
    in the list, as in the GitHub annotations, so a CI that keeps the JSON keeps it
    too: in its place among *findings* (:func:`in_input_order`), or after them when
    given as *errors*.

    Example:
        >>> from perftrack.batch import FileError
        >>> print(json_text([FileError("a.pdf", "a.pdf: 不支持")]))  # doctest: +ELLIPSIS
        [
          {
            "file": "a.pdf",
            ...
            "id": "unreadable-file",
            "severity": "error",
            "message": "不支持",
            "where": {
        ...
            "stage": "read"
          }
        ]
    """
    items = [_entry_dict(entry) for entry in (*findings, *errors)]
    return encodable(json.dumps(items, ensure_ascii=False, indent=2))


def _entry_dict(entry: FileFinding | FileError) -> dict[str, object]:
    if isinstance(entry, FileFinding):
        return entry.as_dict()
    return {
        "file": entry.file,
        "sheet": None,
        "table": None,
        "project": None,
        "id": "unreadable-file",
        "severity": "error",
        # the path is the file field's: the message says why, as score's JSON errors do
        "message": entry.as_dict()["message"],
        # the same keys as every finding's where, so a consumer needs no special case
        "where": attrs.asdict(Where(file=entry.file)),
        "stage": "read",
    }


def escape_data(text: str) -> str:
    r"""A workflow command's message, escaped as GitHub Actions requires.

    Example:
        >>> escape_data("50%\n下一行")
        '50%25%0A下一行'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (``file=``, ``title=``), escaped for GitHub Actions.

    Example:
        >>> escape_property("a,b:c.xlsx")
        'a%2Cb%3Ac.xlsx'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


_COMMANDS: Final = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _annotation(command: str, file: str | None, title: str, message: str) -> str:
    # check's lines: a control character from a file name or a table is a space
    properties = [f"file={escape_property(writable_text(file))}"] if file else []
    properties.append(f"title={escape_property(title)}")
    return f"::{command} {','.join(properties)}::{escape_data(writable_text(message))}"


def github_lines(
    findings: Iterable[FileFinding | FileError], errors: Sequence[FileError] = ()
) -> list[str]:
    """GitHub Actions annotations of the findings, and one ``::error`` per unreadable file.

    An unreadable file among *findings* is annotated in its place
    (:func:`in_input_order`), one in *errors* after the findings.

    A finding gives ``::warning file=…,title=id::message`` (``::error`` and
    ``::notice`` for errors and infos); properties and messages are escaped as
    GitHub requires (:func:`escape_property`, :func:`escape_data`).

    The message starts with the sheet and cell when the finding has them, since
    an annotation on a spreadsheet has no line to point at.

    Example:
        >>> from perftrack.model import Where
        >>> finding = Finding(
        ...     "budget-behind-schedule",
        ...     Severity.WARNING,
        ...     "执行率21.77%低于序时进度66.67%",
        ...     Where(cell="H38"),
        ... )
        >>> line = github_lines([FileFinding("exports/a,b.txt", None, 0, None, finding)])[0]
        >>> command, message = line.split("::")[1:]
        >>> command
        'warning file=exports/a%2Cb.txt,title=budget-behind-schedule'
        >>> message
        'H38: 执行率21.77%25低于序时进度66.67%25'
    """
    lines = []
    for finding in (*findings, *errors):
        if not isinstance(finding, FileFinding):
            # the path is the annotation's file: the message is why alone, as in the JSON
            lines.append(_annotation("error", finding.file, "unreadable-file", finding.reason))
            continue
        place = "!".join(part for part in (finding.sheet, finding.where.cell) if part)
        message = f"{place}: {finding.message}" if place else finding.message
        lines.append(_annotation(_COMMANDS[finding.severity], finding.file, finding.id, message))
    return lines
