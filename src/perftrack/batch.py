"""Batch runs: many files and folders, read and scored, in parallel processes.

:func:`read_many` and :func:`score_many` take files and folders (folders are
searched recursively for the formats in :data:`SUFFIXES`; hidden files and
``~$`` Office lock files are skipped), carry on past files that cannot be read,
and return every table or scorecard with the files that failed and why. The
order is stable whatever ``jobs`` is: by file, as given or expanded (a
folder's files sorted by path), then by table.

Example:
    >>> from perftrack.batch import score_many
    >>> result = score_many(["examples/000_7a0b2a9980fedb64.txt", "examples/seed-cells.txt"])
    >>> [card.table.project.name for card in result.cards]
    ['两新党建工作', '社区党群服务中心工作']
    >>> [error.file for error in result.errors]
    ['examples/seed-cells.txt']
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import signal
import stat
import sys
from collections import abc

# Imported at run time, not for type checking only: typing.get_type_hints (and so
# typeguard, pydantic's validate_call) resolves read_many's and score_many's
# annotations in this module. collections.abc and the policy are loaded already.
from collections.abc import Callable, Iterable, Sequence  # noqa: TC003
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from decimal import ROUND_DOWN, Decimal
from pathlib import Path
from typing import Final

from attrs import frozen

from perftrack._errors import (
    PerftrackError,
    ReadError,
    display_name,
    escaped_breaks,
    exception_detail,
    os_reason,
)
from perftrack.model import Table, TableKind
from perftrack.policy import Policy, default_policy
from perftrack.portfolio import PortfolioRow
from perftrack.scoring import Scorecard

__all__ = [
    "SUFFIXES",
    "BatchResult",
    "FileError",
    "RenderResult",
    "Rendered",
    "ScoreResult",
    "read_many",
    "render_many",
    "rendered",
    "score_many",
    "summary_of",
    "summary_text",
]

#: The file name endings a folder is searched for (lower case; matched case-insensitively).
SUFFIXES: Final = frozenset(
    {".txt", ".tsv", ".csv", ".html", ".htm", ".md", ".xlsx", ".xls", ".docx", ".doc"}
    # macro-enabled workbooks and templates (provincial templates are often .xlsm)
    | {".xlsm", ".xltx", ".xltm", ".docm", ".dotx"}
    # WPS 文字 documents are Word 97-2003 documents (read by their content)
    | {".wps"}
    # web archives (单个文件网页); .xml files are read when their root is a format's
    | {".mht", ".mhtml", ".xml"}
)


@frozen
class FileError:
    """A file that could not be read or scored: the path as given or found, and why.

    ``message`` is the whole line, the file first, as ``str()`` of a
    :class:`perftrack.ReadError` prints it (and as the commands print it);
    ``reason`` is why alone, without the file: what ``ReadError.message`` holds
    and what :meth:`as_dict` (the JSON entry) writes. ``str()`` is ``message``.
    To build a line of your own, use ``file`` and ``reason``.

    Example:
        >>> import perftrack
        >>> error = perftrack.FileError("坏文件.xlsx", "坏文件.xlsx: 文件为空")
        >>> error.message, error.reason, str(error)
        ('坏文件.xlsx: 文件为空', '文件为空', '坏文件.xlsx: 文件为空')
    """

    file: str
    message: str

    @property
    def reason(self) -> str:
        """Why the file failed, without the file (``ReadError.message``)."""
        for shown in (self.file, escaped_breaks(self.file)):  # a6566 W4: 'a.txt\n' as a.txt\n
            if self.message.startswith(f"{shown}: "):
                return self.message[len(shown) + 2 :]
        return self.message

    def __str__(self) -> str:
        """The whole line, file first: ``message``."""
        return self.message

    def as_dict(self) -> dict[str, str]:
        """The entry of the JSON document's ``errors`` list (json.md).

        The message does not repeat the file, which has its own field.

        Example:
            >>> import perftrack
            >>> perftrack.FileError("坏.xlsx", "坏.xlsx: 文件不存在").as_dict()
            {'file': '坏.xlsx', 'message': '文件不存在'}
        """
        return {"file": self.file, "message": self.reason}


@frozen
class BatchResult:
    """What :func:`read_many` read: every table, and the files that failed.

    ``files`` are the files read or tried (folders expanded), in order;
    ``tables`` and ``errors`` follow that order, then the table index.
    ``skipped`` are the files a folder held that were left out, and why: the
    reports perftrack wrote, and the *exclude* files (the command's ``--output``).
    ``from_json(to_json(result), BatchResult)`` gives the tables and errors back,
    with ``files`` and ``skipped`` ``()``: the document holds neither.

    Example:
        >>> import perftrack
        >>> result = perftrack.read_many(["examples/000_7a0b2a9980fedb64.txt"])
        >>> len(result.tables), result.errors, result.files
        (2, (), ('examples/000_7a0b2a9980fedb64.txt',))
    """

    tables: tuple[Table, ...]
    errors: tuple[FileError, ...]
    files: tuple[str, ...] = ()
    skipped: tuple[FileError, ...] = ()


@frozen
class ScoreResult:
    """What :func:`score_many` scored: every scorecard, and the files that failed.

    ``files`` are the files read or tried (folders expanded), in order;
    ``cards`` and ``errors`` follow that order, then the table index;
    ``skipped`` as for :class:`BatchResult`. ``from_json(to_json(result),
    ScoreResult)`` gives the scorecards (scored again with the document's policy)
    and errors back, with ``files`` and ``skipped`` ``()``: the document holds neither.

    Example:
        >>> import perftrack
        >>> result = perftrack.score_many(["examples/000_7a0b2a9980fedb64.txt"])
        >>> [len(card.verdicts) for card in result.cards], result.errors
        ([12, 12], ())
    """

    cards: tuple[Scorecard, ...]
    errors: tuple[FileError, ...]
    files: tuple[str, ...] = ()
    skipped: tuple[FileError, ...] = ()


@frozen
class RenderResult:
    """What :func:`render_many` printed: each scorecard's output, and the files that failed."""

    rendered: tuple[Rendered, ...]
    errors: tuple[FileError, ...]
    files: tuple[str, ...] = ()
    skipped: tuple[FileError, ...] = ()


# ---------------------------------------------------------------------------
# Finding the files


def _wanted(name: str) -> bool:
    """Whether a file met in a folder is an export to read (or to report as unsupported)."""
    if name.startswith((".", "~$")):
        return False
    suffix = os.path.splitext(name)[1].lower()  # noqa: PTH122 - str in, str out
    return suffix in SUFFIXES or suffix in UNSUPPORTED


def _is_export(path: str) -> bool:
    """Whether a wanted file met in a folder is to be read.

    An ``.xml`` file is read only when its root is one of the XML formats
    perftrack reads; any other XML (a settings file) is no export, and passed over.
    """
    if not path.lower().endswith(".xml"):
        return True
    from perftrack.readers._detect import markup_format  # noqa: PLC0415 - on first .xml

    try:
        with open(path, "rb") as stream:  # noqa: PTH123 - str in
            head = stream.read(_XML_HEAD)
    except OSError:
        return True  # read, and reported, like any file that cannot be opened
    return markup_format(head) is not None


_XML_HEAD: Final = 1 << 16


def _web_folder_of(folder: str, name: str, names: Sequence[str]) -> bool:
    """Whether the folder *name* holds the pages of Excel's web page ``X.htm`` beside it.

    Excel saves a workbook as a web page as ``X.htm`` (a frameset listing the
    worksheets) and ``X.files/`` (``sheet001.htm``, ``tabstrip.htm``,
    ``filelist.xml``, ``stylesheet.css``): ``X.htm`` reads the worksheets, so the
    folder is passed over, as a file manager shows the two as one.
    """
    stem, dot, kind = name.rpartition(".")
    if not dot or kind.lower() != "files":
        return False
    from perftrack.readers._mhtml import lists_worksheets  # noqa: PLC0415 - on first X.files

    for page in names:
        page_stem, _, suffix = page.rpartition(".")
        if page_stem == stem and suffix.lower() in ("htm", "html"):
            try:
                with open(os.path.join(folder, page), "rb") as stream:  # noqa: PTH118, PTH123
                    head = stream.read(_XML_HEAD)
            except OSError:
                continue
            if lists_worksheets(head.decode("latin-1")):
                return True
    return False


#: The page of sheet tabs in Excel's web folder (``X.files/tabstrip.htm``), passed over
#: in a walk of the folder itself (cli27 M3): it links to the sheets and holds no table.
_TAB_STRIPS: Final = frozenset({"tabstrip.htm", "tabstrip.html"})

#: Exports met in folders that perftrack cannot read yet: each is reported as a
#: failed file rather than passed over, so that no table goes unseen.
UNSUPPORTED: Final = frozenset({".pdf", ".et", ".rtf", ".odt", ".ods"})


@frozen
class _Walked:
    """A file found in a folder given (not named by the user): a report of ours is skipped."""

    path: str


@frozen
class _Skipped:
    """A file found in a folder given and left out, with the note that says so."""

    note: FileError


def _expand(
    paths: Iterable[str], exclude: Sequence[os.stat_result] = ()
) -> list[str | _Walked | FileError | _Skipped]:
    """Files to read, in order: files as given, each folder's wanted files sorted by path.

    A folder without any file to read, or one that cannot be listed, is an error;
    a file met twice is read once, where it first appears: by its name, and by
    what it is (a symbolic or hard link to a file already found is no second
    file). Files in a folder that are one of *exclude* are left out with a note.
    """
    found: list[str | _Walked | FileError | _Skipped] = []
    seen: set[str] = set()
    identities: set[tuple[int, int]] = set()
    output = _stdout_file()

    def add(file: str, *, walked: bool = False) -> None:
        key = os.path.normcase(os.path.abspath(file))  # noqa: PTH100 - str in, str out
        if key in seen:
            return
        seen.add(key)
        identity = _identity(file) if file != STDIN else None
        if identity is not None:
            if identity in identities:
                return
            identities.add(identity)
        found.append(_Walked(file) if walked else file)

    for path in paths:
        if path == STDIN or not os.path.isdir(path):  # noqa: PTH112 - a missing file is read, and reported, later
            add(path)
            continue
        files: list[tuple[tuple[str, ...], str | FileError | _Skipped]] = []
        problems: list[OSError] = []
        for folder, dirs, names in os.walk(path, onerror=problems.append):
            dirs[:] = [
                d for d in dirs if not d.startswith(".") and not _web_folder_of(folder, d, names)
            ]
            rel = Path(os.path.relpath(folder, path)).parts if folder != path else ()
            for name in [d for d in dirs if _excluded_folder(os.path.join(folder, d), exclude)]:  # noqa: PTH118
                # exclude=["导出/旧版"]: the folder's files are left out, said once
                dirs.remove(name)
                shown = display_name(os.path.join(folder, name))  # noqa: PTH118
                note = FileError(shown, f"{shown}: 目录在排除之列（exclude），未读取")
                files.append(((*rel, name), _Skipped(note)))
            for name in [d for d in dirs if os.path.islink(os.path.join(folder, d))]:  # noqa: PTH114, PTH118
                # not followed (a link to .. or / would walk the disk): said, not passed over
                shown = display_name(os.path.join(folder, name))  # noqa: PTH118
                note = FileError(shown, f"{shown}: 符号链接指向一个目录，未跟随")
                files.append(((*rel, name), _Skipped(note)))
            in_web_folder = os.path.basename(os.path.normpath(folder)).lower().endswith(".files")  # noqa: PTH119
            for name in names:
                if not _wanted(name) or (in_web_folder and name.lower() in _TAB_STRIPS):
                    # X.files/tabstrip.htm: the sheet tabs of Excel's web page, no table
                    continue
                file = os.path.join(folder, name)  # noqa: PTH118 - keeps the path as given
                if not os.path.isfile(file):  # noqa: PTH113 - str in
                    # a file the user sees in the folder is reported, not passed over; a
                    # FIFO or a device under a wanted name would block the read
                    files.append(((*rel, name), _not_a_file(file)))
                elif any(_same_file(file, other) for other in exclude):
                    # perftrack score 导出 -o 导出/汇总.xlsx, run again: the report of the last run
                    shown = display_name(file)
                    note = FileError(shown, f"{shown}: 这是本次的输出文件，已跳过")
                    files.append(((*rel, name), _Skipped(note)))
                elif _is_export(file) and (
                    # perftrack score . > 结果.txt: the shell made the output file before the walk
                    output is None or not _same_file(file, output)
                ):
                    files.append(((*rel, name), file))
        for problem in problems:
            where = display_name(problem.filename or path)
            found.append(FileError(where, f"{where}: 无法列出目录：{os_reason(problem)}"))
        if not files and not problems:
            shown = display_name(path)
            found.append(FileError(shown, f"{shown}: 目录中没有可读取的文件（{_suffix_list()}）"))
        for _, entry in sorted(files, key=lambda pair: pair[0]):
            if isinstance(entry, str):
                add(entry, walked=True)
            else:
                found.append(entry)
    return found


def _identity(path: str) -> tuple[int, int] | None:
    """What *path* is on disk (device and inode), through links; ``None`` when unknown.

    On Windows an inode of 0 says nothing: names alone tell files apart there.
    """
    try:
        status = os.stat(path)  # noqa: PTH116 - str in
    except (OSError, ValueError):
        return None
    if not status.st_ino or not stat.S_ISREG(status.st_mode):
        return None
    return status.st_dev, status.st_ino


def _not_a_file(path: str) -> FileError:
    """Why a name met in a folder is no file to read: a broken link, a pipe, a device."""
    shown = display_name(path)
    if os.path.islink(path) and not os.path.exists(path):  # noqa: PTH110, PTH114 - str in
        try:
            os.stat(path)  # noqa: PTH116 - str in
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return FileError(shown, f"{shown}: 符号链接循环（链接最终指回自身），未读取")
        return FileError(shown, f"{shown}: 符号链接指向的文件不存在")
    return FileError(shown, f"{shown}: 不是普通文件（命名管道、设备或套接字），未读取")


def _stdout_file() -> os.stat_result | None:
    """The file standard output is redirected to, if it is a regular file."""
    try:
        status = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no descriptor: a notebook, a test
        return None
    return status if stat.S_ISREG(status.st_mode) else None


def _excluded_folder(path: str, exclude: Sequence[os.stat_result]) -> bool:
    """Whether *path* is a folder named in *exclude* (a link to a folder is never walked)."""
    if not exclude or os.path.islink(path):  # noqa: PTH114 - str in
        return False
    return any(stat.S_ISDIR(other.st_mode) and _same_file(path, other) for other in exclude)


def _same_file(path: str, other: os.stat_result) -> bool:
    try:
        return os.path.samestat(os.stat(path), other)  # noqa: PTH116 - str in
    except OSError:
        return False


#: The name that stands for standard input among the paths (read once, in this process).
STDIN: Final = "-"
#: The file standard input's tables and errors name.
STDIN_NAME: Final = "<stdin>"


def _suffix_list() -> str:
    return " ".join(sorted(SUFFIXES))


# ---------------------------------------------------------------------------
# The work, done in this process or in worker processes


@frozen
class _Job:
    """One unit of work: a file to read (and maybe score), or a table to score."""

    item: str | Table
    score: bool
    format: str | None = None
    encoding: str | None = None
    render: str | None = None  # "text" or "json": send back the output, not the scorecard
    walked: bool = False  # found in a folder: a report of ours there is skipped, not an error


@frozen
class _Outcome:
    """What one job gave: tables (reading) or scorecards (scoring), and errors."""

    tables: tuple[Table, ...] = ()
    cards: tuple[Scorecard, ...] = ()
    errors: tuple[FileError, ...] = ()
    rendered: tuple[Rendered, ...] = ()
    skipped: tuple[FileError, ...] = ()


@frozen
class Rendered:
    """A scorecard as a command prints it, made where it was scored.

    Sending a whole scorecard back from a worker process costs half as much as
    scoring it; its text, its portfolio row and a few flags cost next to nothing.
    ``flags`` holds ``not_met``, ``behind`` and ``warning`` when they apply, and
    ``year_end`` for a self-evaluation table (its bar is the year-end requirement).
    """

    text: str
    row: PortfolioRow
    unit: str
    flags: frozenset[str]


def rendered(card: Scorecard, fmt: str) -> Rendered:
    """*card* as ``perftrack score --format text|json`` prints it.

    Example:
        >>> result = score_many(["examples/000_7a0b2a9980fedb64.txt"])
        >>> sorted(rendered(result.cards[1], "text").flags)
        ['behind', 'warning']
    """
    from perftrack.model import Severity  # noqa: PLC0415 - workers import on first use
    from perftrack.portfolio import portfolio  # noqa: PLC0415
    from perftrack.scoring import Attainment, Progress  # noqa: PLC0415

    if fmt == "json":
        from perftrack.serialization import dumps, scorecard_data  # noqa: PLC0415

        text = dumps(scorecard_data(card))
    else:
        from perftrack.report import scorecard_text  # noqa: PLC0415

        text = scorecard_text(card)
    flags = set()
    if any(v.attainment is Attainment.NOT_MET for v in card.verdicts):
        flags.add("not_met")
    if any(
        v.attainment is Attainment.NOT_MET or v.progress is Progress.BEHIND for v in card.verdicts
    ):
        flags.add("behind")
    if any(f.severity in (Severity.WARNING, Severity.ERROR) for f in card.findings):
        flags.add("warning")
    if card.table.kind is TableKind.SELF_EVALUATION:
        flags.add("year_end")
    return Rendered(text, portfolio([card])[0], card.table.budget_unit or "", frozenset(flags))


def _name(item: str | Table) -> str:
    if item == STDIN:  # as its tables name it (source.file), so errors join them by file
        return STDIN_NAME
    if isinstance(item, str):
        return display_name(item)  # opened by its real name, shown decoded
    return item.source.file or "<内存>"


def _unexpected(name: str, what: str, exc: BaseException) -> FileError:
    return FileError(name, f"{name}: {what}（{exception_detail(exc)}）")


def _run_job(job: _Job, policy: Policy | None) -> _Outcome:
    """Read and score one file or table; every exception becomes an error naming the file."""
    name = _name(job.item)
    if isinstance(job.item, Table):
        tables: tuple[Table, ...] = (job.item,)
    else:
        from perftrack.readers import _OUR_REPORT as OUR_REPORT  # noqa: PLC0415
        from perftrack.readers import read  # noqa: PLC0415 - workers import on first use

        stdin = getattr(sys.stdin, "buffer", None) if job.item == STDIN else None
        if job.item == STDIN and stdin is None:
            return _Outcome(errors=(FileError(name, f"{name}: 没有可读取的标准输入"),))
        try:
            # a path holding a line break (a real file name) is no table text: a PathLike
            path = _Path(job.item) if "\n" in job.item or "\t" in job.item else job.item
            tables = read(stdin or path, format=job.format, encoding=job.encoding)
        except ReadError as exc:
            if job.walked and exc.message == OUR_REPORT:
                note = FileError(name, f"{name}: 这是 perftrack 生成的报告，已跳过")
                return _Outcome(skipped=(note,))
            return _Outcome(errors=(FileError(name, str(exc)),))
        except Exception as exc:  # noqa: BLE001 - a worker must never raise
            return _Outcome(errors=(_unexpected(name, "无法读取", exc),))
    if not job.score:
        return _Outcome(tables=tables)
    from perftrack.scoring import score  # noqa: PLC0415

    cards: list[Scorecard] = []
    errors: list[FileError] = []
    outputs: list[Rendered] = []
    for table in tables:
        try:
            card = score(table, policy=policy)
            if job.render is None:
                cards.append(card)
            else:
                outputs.append(rendered(card, job.render))
        except Exception as exc:  # noqa: BLE001 - a worker must never raise
            errors.append(_unexpected(name, f"第{table.source.index + 1}张表无法评分", exc))
    return _Outcome(cards=tuple(cards), errors=tuple(errors), rendered=tuple(outputs))


class _Path(os.PathLike[str]):
    """A path as it is (``Path`` would drop a leading ``./``), read as a path whatever it holds."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


#: The policy of the worker process, set once when it starts (not sent with every job).
_worker_policy: Policy | None = None


def _init_worker(policy: Policy | None) -> None:
    global _worker_policy  # noqa: PLW0603 - one value per worker process, set at its start
    _worker_policy = policy
    # Ctrl-C reaches the whole process group: the parent stops the workers. A worker
    # that took it as its chunk's result went on to the next chunk, and the batch
    # ran to its end before perftrack exited.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.enable()  # forked while the parent had paused the collector (see _run)


def _run_chunk(jobs: Sequence[_Job]) -> list[_Outcome]:
    """The worker's entry point: a few jobs at once, to save round trips."""
    return [_run_job(job, _worker_policy) for job in jobs]


def _stop(pool: ProcessPoolExecutor) -> None:
    """End *pool* now (Ctrl-C): drop the chunks not started, terminate the workers.

    ``shutdown(cancel_futures=True)`` alone lets the running chunks finish, and
    the interpreter's exit then waits for them.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):  # ended already
            process.terminate()


def _workers(jobs: int) -> int:
    if jobs < 0:
        msg = f"jobs must be 0 (one per CPU) or more, not {jobs}"
        raise ValueError(msg)
    return jobs or os.cpu_count() or 1


def _run(
    items: Sequence[str | FileError | _Skipped | _Job],
    *,
    policy: Policy | None,
    jobs: int,
    progress: Callable[[int, int], object] | None,
) -> list[_Outcome]:
    """The outcome of every item, in the items' order, whatever the number of processes."""
    outcomes: list[_Outcome | None] = [
        _Outcome(errors=(item,))
        if isinstance(item, FileError)
        else _Outcome(skipped=(item.note,))
        if isinstance(item, _Skipped)
        else None
        for item in items
    ]
    todo = [(index, item) for index, item in enumerate(items) if isinstance(item, _Job)]
    total, done = len(todo), 0
    workers = min(_workers(jobs), total)
    if workers > 1:
        # Standard input is this process's: a worker process reads an empty one.
        for index, job in todo:
            if job.item == STDIN:
                outcomes[index] = _run_job(job, policy)
                done += 1
        todo = [(index, job) for index, job in todo if outcomes[index] is None]
    if workers <= 1:
        if progress is not None:
            progress(0, total)
        for index, job in todo:
            outcomes[index] = _run_job(job, policy)
            done += 1
            if progress is not None:
                progress(done, total)
        return [outcome or _Outcome() for outcome in outcomes]
    # A few jobs per round trip, but enough chunks to keep every worker busy to the end.
    size = max(1, min(32, len(todo) // (workers * 8)))
    chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(policy,))
    # Unpickling the results makes many objects and no cycles; without a pause, the
    # collector walks the growing heap of results again and again (a third of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        futures = {pool.submit(_run_chunk, [job for _, job in chunk]): chunk for chunk in chunks}
        # Only now, with the workers started: a progress bar's thread must not be forked.
        if progress is not None:
            progress(0, total)
        started = False
        for future in as_completed(futures):
            chunk = futures[future]
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                if not started:
                    # no worker ever finished a chunk: the workers did not start (cli31 M1)
                    raise _not_started(exc) from exc
                results = [
                    _Outcome(errors=(_unexpected(_name(job.item), "处理失败", exc),))
                    for _, job in chunk
                ]
            except Exception as exc:  # noqa: BLE001 - an unpicklable result
                results = [
                    _Outcome(errors=(_unexpected(_name(job.item), "处理失败", exc),))
                    for _, job in chunk
                ]
            started = True
            for (index, _), outcome in zip(chunk, results, strict=True):
                outcomes[index] = outcome
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    except BaseException:
        _stop(pool)
        raise
    finally:
        if collecting:
            gc.enable()
    pool.shutdown()
    return [outcome or _Outcome() for outcome in outcomes]


def _not_started(exc: BrokenProcessPool) -> PerftrackError:
    """The one error for worker processes that died before any work was done.

    Under the ``spawn`` start method (the default on Windows and macOS) each worker
    imports the calling script again; a script that calls :func:`score_many` at its
    top level, without ``if __name__ == "__main__":``, makes every worker fail as it
    starts. That is no fault of the files: no file is blamed.
    """
    import multiprocessing  # noqa: PLC0415 - only when the pool broke

    method = multiprocessing.get_start_method(allow_none=True) or "spawn"
    cause = (
        f"以 {method} 方式启动进程时（Windows、macOS 的默认），"
        '多进程需在 `if __name__ == "__main__":` 下调用 score_many / read_many'
        if method != "fork"
        else "工作进程被系统终止（内存不足？）"
    )
    return PerftrackError(
        f"工作进程未能启动，没有读取任何文件（{exception_detail(exc)}）：{cause}；"
        "或用 jobs=1 在本进程中处理"
    )


# ---------------------------------------------------------------------------
# The public face


def _entries(given: object, what: str) -> list[str | os.PathLike[str] | Table]:
    """The files, folders and tables of a batch: one path (or table) alone is one entry.

    A plain string is iterable too, character by character: ``read_many("绩效表")``
    read the folders ``绩效表`` and the current one by their letters.
    """
    if isinstance(given, str | os.PathLike | Table):
        _refuse_text(given)
        return [given]
    if callable(getattr(given, "read", None)):  # a file object iterates its lines
        msg = f"{what} takes paths and folders, not a file object: read one with perftrack.read(f)"
        raise TypeError(msg)
    if isinstance(given, bytes | bytearray) or not isinstance(given, abc.Iterable):
        msg = f"{what} takes a path, a folder or a list of them, not {type(given).__name__}"
        raise TypeError(msg)
    takes = "paths, folders or tables" if what == "score_many" else "paths or folders"
    entries: list[str | os.PathLike[str] | Table] = []
    for entry in given:
        if not isinstance(entry, str | os.PathLike | Table):
            hint = (
                " (a file's content? read it with perftrack.read)"
                if isinstance(entry, bytes | bytearray)
                else ""
            )
            msg = f"{what} takes {takes}, not {type(entry).__name__}: {_short(entry)}{hint}"
            raise TypeError(msg)
        _refuse_text(entry)
        entries.append(entry)
    return entries


def _refuse_text(entry: object) -> None:
    """The text of a table given as a path raises :func:`perftrack.read`'s ReadError.

    A string with a line break or a tab that names no file is no path
    (``read_many(open(f).read())``), and would have been shown three times in
    full, as the file, the error's file and its message. A file whose real name
    holds a line break is still read; a ``PathLike`` is always a path.
    """
    if not isinstance(entry, str):
        return
    from perftrack.readers import looks_like_text, text_not_path  # noqa: PLC0415

    if looks_like_text(entry) and not _exists(entry):
        raise ReadError(text_not_path(entry))


def _exists(path: str) -> bool:
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def _short(value: object) -> str:
    """*value*'s repr for a message, cut short: not the 5 MB of a workbook's bytes."""
    text = repr(value)
    return text if len(text) <= _SHORT else f"{text[:_SHORT]}… ({len(text)} characters)"


_SHORT: Final = 60


def _check_options(jobs: object, progress: object, fmt: str | None, encoding: str | None) -> None:
    """Options wrong for every file are raised once, before any file is read.

    ``format="bogus"`` gave one identical error per file of the batch, and
    ``jobs="2"`` or ``progress=1`` a Python error from deep inside.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        msg = f"jobs must be a whole number (0: one per CPU), not {jobs!r}"
        raise TypeError(msg)
    if progress is not None and not callable(progress):
        msg = f"progress must be a function of (done, total), not {progress!r}"
        raise TypeError(msg)
    if fmt is not None:
        from perftrack.readers import FORMATS  # noqa: PLC0415 - workers import on first use

        if fmt not in FORMATS:
            msg = f"未知格式 {fmt!r}，可用：{', '.join(FORMATS)}"
            raise ReadError(msg)
    if encoding is not None:
        import codecs  # noqa: PLC0415

        try:
            text = getattr(codecs.lookup(encoding), "_is_text_encoding", True)
        except (LookupError, TypeError):
            text = False
        if not text:  # unknown names, and codecs that are no text encodings (rot13)
            msg = f"未知的文本编码 {encoding!r}"
            raise ReadError(msg)


def read_many(  # noqa: PLR0913 - the options of perftrack.read, and the batch's
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    jobs: int = 1,
    format: str | None = None,  # noqa: A002 - the name perftrack.read uses
    encoding: str | None = None,
    progress: Callable[[int, int], object] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> BatchResult:
    """Read every table in files and folders, past the files that cannot be read.

    Folders are searched recursively for :data:`perftrack.SUFFIXES` (hidden files and
    ``~$`` lock files skipped). *jobs* is the number of worker processes
    (``0``: one per CPU; ``1``, the default, reads in this process); the result
    is the same for any *jobs*. *format* and *encoding* force the input format
    and text encoding as for :func:`perftrack.read`. *progress*, when given, is
    called with (files done, files in all) as files finish.

    A report perftrack wrote, met in a folder, and a file in a folder that is one
    of *exclude* (the output of the run: ``perftrack score 导出 -o 导出/汇总.xlsx``)
    are not read: they are listed in ``skipped``, so that a run gives the same
    result the second time. A folder in *exclude* leaves out every file under
    it (one ``skipped`` entry names the folder). *exclude* applies to what the
    folders hold: a file or folder given by name is read. Given by name, a
    report is an error.

    The text of a table given for a path (``read_many(open(f).read())``) raises
    the :class:`perftrack.ReadError` :func:`perftrack.read` raises for it.

    Example:
        >>> import perftrack
        >>> result = perftrack.read_many(
        ...     ["examples/000_7a0b2a9980fedb64.txt", "examples/missing.txt"]
        ... )
        >>> [table.source.index for table in result.tables]
        [0, 1]
        >>> print(result.errors[0].message)
        examples/missing.txt: 文件不存在
    """
    _check_options(jobs, progress, format, encoding)
    entries = _entries(paths, "read_many")
    if any(isinstance(entry, Table) for entry in entries):
        msg = "read_many reads files and folders; score tables already read with score_many"
        raise TypeError(msg)
    found = _expand(
        (os.fspath(path) for path in entries if not isinstance(path, Table)), _stats(exclude)
    )
    items = [_job(item, score=False, format=format, encoding=encoding) for item in found]
    outcomes = _run(items, policy=None, jobs=jobs, progress=progress)
    return BatchResult(
        tables=tuple(table for outcome in outcomes for table in outcome.tables),
        errors=tuple(error for outcome in outcomes for error in outcome.errors),
        files=_tried([_path(item) for item in found if isinstance(item, str | _Walked)], outcomes),
        skipped=tuple(note for outcome in outcomes for note in outcome.skipped),
    )


def _job(
    item: str | _Walked | FileError | _Skipped,
    *,
    score: bool,
    render: str | None = None,
    format: str | None = None,  # noqa: A002 - the name perftrack.read uses
    encoding: str | None = None,
) -> FileError | _Skipped | _Job:
    """The work for one item :func:`_expand` found (an error or a note stays what it is)."""
    if isinstance(item, FileError | _Skipped):
        return item
    return _Job(
        _path(item),
        score=score,
        render=render,
        format=format,
        encoding=encoding,
        walked=isinstance(item, _Walked),
    )


def _tried(files: Sequence[str], outcomes: Sequence[_Outcome]) -> tuple[str, ...]:
    """*files* without the reports of ours that were skipped."""
    skipped = {note.file for outcome in outcomes for note in outcome.skipped}
    if not skipped:
        return tuple(files)
    return tuple(file for file in files if display_name(file) not in skipped)


def _path(item: str | _Walked) -> str:
    return item.path if isinstance(item, _Walked) else item


def _stats(exclude: Iterable[str | os.PathLike[str]]) -> list[os.stat_result]:
    """The files *exclude* names that exist (one not written yet cannot be met)."""
    if isinstance(exclude, str | os.PathLike):
        exclude = [exclude]
    stats = []
    for path in exclude:
        with contextlib.suppress(OSError, ValueError):
            stats.append(os.stat(path))  # noqa: PTH116 - str in
    return stats


def score_many(  # noqa: PLR0913 - the options of read_many, and a policy
    paths_or_tables: Iterable[str | os.PathLike[str] | Table] | str | os.PathLike[str] | Table,
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], object] | None = None,
    format: str | None = None,  # noqa: A002 - the name perftrack.read uses
    encoding: str | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> ScoreResult:
    """Read and score every table in files and folders (or score tables already read).

    Paths are expanded as by :func:`read_many`; tables are scored as they are.
    *policy* is what :func:`perftrack.score` takes (a Policy, a preset's name or a
    policy file's path) and defaults to :meth:`perftrack.Policy.central`. *jobs*,
    *progress*, *format* and *encoding* are as for :func:`read_many`, and so is
    *exclude*; the result is the same for any *jobs*.

    Example:
        >>> import perftrack
        >>> tables = perftrack.read("examples/000_7a0b2a9980fedb64.txt")
        >>> result = perftrack.score_many(tables)
        >>> [card.verdicts[0].attainment.value for card in result.cards]
        ['met', 'pending']
    """
    outcomes, files = _score_items(
        paths_or_tables, policy, jobs, progress, None, (format, encoding), exclude
    )
    return ScoreResult(
        cards=tuple(card for outcome in outcomes for card in outcome.cards),
        errors=tuple(error for outcome in outcomes for error in outcome.errors),
        files=_tried(files, outcomes),
        skipped=tuple(note for outcome in outcomes for note in outcome.skipped),
    )


def render_many(  # noqa: PLR0913 - the options of score_many, and the output format
    paths_or_tables: Iterable[str | os.PathLike[str] | Table] | str | os.PathLike[str] | Table,
    fmt: str,
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], object] | None = None,
    format: str | None = None,  # noqa: A002 - the name perftrack.read uses
    encoding: str | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> RenderResult:
    """Like :func:`score_many`, but each scorecard comes back as ``perftrack score`` prints it.

    *fmt* is ``text`` or ``json``. This is what the command needs, and cheap to
    send between processes, so ``--jobs`` pays off.

    Example:
        >>> result = render_many(["examples/000_7a0b2a9980fedb64.txt"], "text")
        >>> [item.row.project for item in result.rendered]
        ['两新党建工作', '社区党群服务中心工作']
    """
    if fmt not in ("text", "json"):
        msg = f"render_many prints text or json, not {fmt!r}"
        raise ValueError(msg)
    outcomes, files = _score_items(
        paths_or_tables, policy, jobs, progress, fmt, (format, encoding), exclude
    )
    return RenderResult(
        rendered=tuple(item for outcome in outcomes for item in outcome.rendered),
        errors=tuple(error for outcome in outcomes for error in outcome.errors),
        files=_tried(files, outcomes),
        skipped=tuple(note for outcome in outcomes for note in outcome.skipped),
    )


def _score_items(  # noqa: PLR0913, PLR0917 - score_many's and render_many's options
    paths_or_tables: Iterable[str | os.PathLike[str] | Table] | str | os.PathLike[str] | Table,
    given: Policy | str | os.PathLike[str] | None,
    jobs: int,
    progress: Callable[[int, int], object] | None,
    render: str | None,
    forced: tuple[str | None, str | None] = (None, None),
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> tuple[list[_Outcome], list[str]]:
    from perftrack.policy import as_policy  # noqa: PLC0415

    # a name or a path loaded (and a wrong type refused) before the workers start: each
    # would fail its tables with it; the workers get the Policy itself
    policy = as_policy(given) or default_policy()
    _check_options(jobs, progress, *forced)
    items: list[str | FileError | _Skipped | _Job] = []
    files: list[str] = []
    paths: list[str] = []
    stats = _stats(exclude)

    def flush() -> None:
        for item in _expand(paths, stats):
            items.append(
                _job(item, score=True, render=render, format=forced[0], encoding=forced[1])
            )
            if isinstance(item, str | _Walked):
                files.append(_path(item))
        paths.clear()

    for entry in _entries(paths_or_tables, "score_many"):
        if isinstance(entry, Table):
            flush()
            items.append(_Job(entry, score=True, render=render))
        else:
            paths.append(os.fspath(entry))
    flush()
    return _run(items, policy=policy, jobs=jobs, progress=progress), files


def summary_text(cards: Sequence[Scorecard], errors: Sequence[FileError] = ()) -> str:
    """The portfolio summary of a batch run: one line per table, worst first, then the failures.

    Columns: 主管部门, 项目, 预算 (the total line), 执行率 / 序时进度, the counts
    of indicators met (达成), partial (部分), pending (进行中), not met (未达成),
    unknown (未知), behind (落后), as the Markdown, HTML and XLSX summaries order
    them, and the warnings (警告) and errors (错误) among the findings.

    Example:
        >>> result = score_many(["examples/000_7a0b2a9980fedb64.txt", "examples/seed-cells.txt"])
        >>> lines = summary_text(result.cards, result.errors).splitlines()
        >>> lines[0]
        '汇总：2张表，1个文件无法读取（最差的在前）'
        >>> [line.split()[1] for line in lines[2:4]]
        ['社区党群服务中心工作', '两新党建工作']
        >>> lines[2].split()[2:]
        ['383.45万元', '21.77%/66.67%', '✗', '9', '0', '3', '0', '0', '1', '2', '0']
        >>> lines[4], lines[5].split(": ")[0]
        ('无法读取：', '  examples/seed-cells.txt')
    """
    from perftrack.portfolio import portfolio  # noqa: PLC0415 - keep start-up light

    units = {
        (card.table.source.file, card.table.source.sheet, card.table.source.index): (
            card.table.budget_unit or ""
        )
        for card in cards
    }
    year_end = {
        (card.table.source.file, card.table.source.sheet, card.table.source.index)
        for card in cards
        if card.table.kind is TableKind.SELF_EVALUATION
    }
    return _summary(portfolio(cards), units, errors, year_end)


def summary_of(rendered: Sequence[Rendered], errors: Sequence[FileError] = ()) -> str:
    """:func:`summary_text` from what :func:`render_many` gave.

    Example:
        >>> result = render_many(["examples/000_7a0b2a9980fedb64.txt"], "json")
        >>> summary_of(result.rendered).splitlines()[0]
        '汇总：2张表（最差的在前）'
    """
    rows = sorted((item.row for item in rendered), key=lambda row: row.sort_key)
    units = {(item.row.file, item.row.sheet, item.row.index): item.unit for item in rendered}
    year_end = {
        (item.row.file, item.row.sheet, item.row.index)
        for item in rendered
        if "year_end" in item.flags
    }
    return _summary(rows, units, errors, year_end)


def _summary(
    rows: Sequence[PortfolioRow],
    units: dict[tuple[str | None, str | None, int], str],
    errors: Sequence[FileError],
    year_end: set[tuple[str | None, str | None, int]] | None = None,
) -> str:
    """The summary's lines, worst table first.

    A row in *year_end* (a self-evaluation table) marks its bar ``（年终要求）``: it is
    the policy's year-end requirement, not a time progress.
    """
    from perftrack.report import fit, width  # noqa: PLC0415
    from perftrack.reports._common import YEAR_END_MARK  # noqa: PLC0415
    from perftrack.scoring import show  # noqa: PLC0415

    lines: list[str] = []
    head = f"汇总：{len(rows)}张表"
    if errors:
        head += f"，{len({error.file for error in errors})}个文件无法读取"
    lines.append(head + ("（最差的在前）" if len(rows) > 1 else ""))
    if rows:
        # the order of the Markdown, HTML and XLSX summaries (✓ ◐ … ✗ ? ▼)
        counts = ("达成", "部分", "进行中", "未达成", "未知", "落后", "警告", "错误")
        table: list[list[str]] = [["主管部门", "项目", "预算", "执行率/序时进度"]]
        numbers: list[list[int]] = []
        limits = (24, 30, 16, 30)
        projects = _told_apart(rows, limits[1])
        for row, project in zip(rows, projects, strict=True):
            budget = "—"
            if row.budget is not None:
                budget = (
                    f"{format(row.budget, 'f')}{units.get((row.file, row.sheet, row.index), '')}"
                )
            shown_rate = show(row.rate)
            if (
                row.rate is not None
                and row.gap is not None
                and row.gap > 0
                and shown_rate == show(row.time_progress)
            ):
                # 89.996% is behind a bar of 90 though both show 90.00: the ✗ needs the
                # figure that is behind (the rate cut, not rounded, to four decimals)
                cut = row.rate.quantize(Decimal("0.0001"), rounding=ROUND_DOWN)
                shown_rate = format(cut, "f")
            rate = (
                f"{shown_rate if row.rate is None else shown_rate + '%'}/"
                f"{show(row.time_progress)}{'' if row.time_progress is None else '%'}"
                if row.rate is not None or row.time_progress is not None
                else "—"  # a target table: nothing executed, nothing to judge it by
            )
            if year_end and (row.file, row.sheet, row.index) in year_end and row.time_progress:
                rate += YEAR_END_MARK
            if row.gap is not None and row.gap > 0:
                rate += " ✗"
            table.append([row.department or "—", project, budget, rate])
            numbers.append(
                [
                    row.met,
                    row.partial,
                    row.pending,
                    row.not_met,
                    row.unknown,
                    row.behind,
                    row.warnings,
                    row.errors,
                ]
            )
        widths = [
            min(limit, max(width(cells[column]) for cells in table))
            for column, limit in enumerate(limits)
        ]
        lines.append(
            "  "
            + " ".join(fit(text, width) for text, width in zip(table[0], widths, strict=True))
            + " "
            + " ".join(counts)
        )
        for cells, values in zip(table[1:], numbers, strict=True):
            text = " ".join(fit(cell, width) for cell, width in zip(cells, widths, strict=True))
            figures = " ".join(
                f"{value:>{width(label)}}" for value, label in zip(values, counts, strict=True)
            )
            lines.append(f"  {text} {figures}")
    if errors:
        lines.append("无法读取：")
        lines.extend(f"  {error.message}" for error in errors)
    return "\n".join(lines)


def _told_apart(rows: Sequence[PortfolioRow], columns: int) -> list[str]:
    """The 项目 cell of each summary row, with where it stands when that alone tells rows apart.

    Rows of the same 主管部门 and 项目 (a workbook of county sheets, each the same
    transfer's table) get a mark that differs for each of them: the first of sheet,
    实施单位 (a 区域 table's 资金使用单位 or 地方主管部门: counties stacked on one
    sheet), file name and table number whose values are all different within the
    group, else file, sheet and table number together (``［东城.xlsx·甲县］``).
    The project keeps at least :data:`_PROJECT_KEPT` columns; a longer mark is cut instead.
    Other rows print the project as is.

    Example:
        >>> def row(sheet: str, project: str, file: str = "a.xlsx") -> PortfolioRow:
        ...     return PortfolioRow(file, sheet, 0, "卫健委", project, *[None] * 5, *[0] * 8)
        >>> _told_apart([row("甲县", "公卫"), row("乙县", "公卫"), row("丙县", "医保")], 30)
        ['公卫［甲县］', '公卫［乙县］', '医保']
        >>> name = "基本公共卫生服务补助资金"
        >>> _told_apart([row("甲县", name), row("乙县", name)], 20)
        ['基本公共卫…［甲县］', '基本公共卫…［乙县］']
        >>> from attrs import evolve
        >>> units = ("甲县卫健局", "乙县卫健局")  # counties stacked on one sheet
        >>> one, two = (evolve(row("Sheet1", name), implementer=unit) for unit in units)
        >>> _told_apart([one, two], 40)
        ['基本公共卫生服务补助资金［甲县卫健局］', '基本公共卫生服务补助资金［乙县卫健局］']
        >>> mixed = [row("Sheet", "公卫", "东城.xlsx"), row("Sheet", "公卫", "西城.xlsx")]
        >>> _told_apart([*mixed, evolve(row("", "公卫", "北城.tsv"), sheet=None)], 30)
        ['公卫［东城.xlsx］', '公卫［西城.xlsx］', '公卫［北城.tsv］']
        >>> same = [row("Sheet", "公卫", "东城.xlsx"), row("Sheet", "公卫", "东城.tsv")]
        >>> _told_apart(same, 30)
        ['公卫［东城.xlsx］', '公卫［东城.tsv］']
        >>> long = [row("", name, f"{n}_生态环境保护绩效跟踪表.txt") for n in ("0345", "0346")]
        >>> _told_apart(long, 30)
        ['基本公共卫…［0345_生态环境…］', '基本公共卫…［0346_生态环境…］']
    """
    from perftrack.report import fit, width  # noqa: PLC0415

    told: list[str] = []
    for row, found in zip(rows, summary_marks(rows), strict=True):
        project, mark = row.project or "—", found
        brackets = width("［］")
        if mark and width(project) + width(mark) + brackets > columns:
            # the kept characters and, when the project is cut, its ellipsis
            kept = min(width(project), _PROJECT_KEPT + width("…"))
            room = max(columns - brackets - kept, 2)
            mark = fit(mark, room).rstrip()
            project = fit(project, max(columns - brackets - width(mark), 2)).rstrip()
        told.append(f"{project}［{mark}］" if mark else project)
    return told


def summary_marks(rows: Sequence[PortfolioRow]) -> list[str]:
    """The mark of each summary row, uncut (``""`` for none).

    What tells apart rows of one 主管部门 and 项目 (see :func:`_told_apart`); the
    Markdown, HTML and XLSX summaries print the same marks.

    Example:
        >>> def row(sheet: str, unit: str) -> PortfolioRow:
        ...     return PortfolioRow(
        ...         "a.xlsx",
        ...         sheet,
        ...         0,
        ...         "农业农村局",
        ...         "高标准农田",
        ...         *[None] * 5,
        ...         *[0] * 8,
        ...         implementer=unit,
        ...     )
        >>> summary_marks([row("甲县", "县农田建设服务中心"), row("乙县", "乙县农业农村局")])
        ['甲县', '乙县']
    """
    groups: dict[tuple[str | None, str | None], list[PortfolioRow]] = {}
    for row in rows:
        groups.setdefault((row.department, row.project), []).append(row)
    marks: dict[int, str] = {}
    for group in groups.values():
        if len(group) > 1:
            marks.update(zip(map(id, group), _marks(group), strict=True))
    return [marks.get(id(row), "") for row in rows]


#: The columns of the project a long mark leaves it (five Chinese characters).
_PROJECT_KEPT: Final = 10


def _marks(group: Sequence[PortfolioRow]) -> list[str]:
    """A mark for each row of *group* (same department and project) that tells it apart."""

    def name(row: PortfolioRow) -> str | None:
        return Path(row.file).name if row.file else None

    def table(row: PortfolioRow) -> str:
        return f"第{row.index + 1}张表"

    def unique(values: list[str | None]) -> bool:
        return all(values) and len(set(values)) == len(values)

    for key in (
        lambda row: row.sheet,
        lambda row: row.implementer,
        name,
        lambda row: table(row) if len({other.file for other in group}) == 1 else None,
    ):
        values = [key(row) for row in group]
        if unique(values):
            return [value or "" for value in values]
    for where in (name, lambda row: row.file):  # the file's name, else its path
        combined = ["·".join(filter(None, (where(row), row.sheet))) for row in group]
        if unique(list(combined)):
            return combined
    combined = [f"{mark}·{table(row)}" for mark, row in zip(combined, group, strict=True)]
    # the same table twice (one file given twice): nothing tells them apart
    return combined if unique(list(combined)) else [""] * len(group)
