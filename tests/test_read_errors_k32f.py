"""Bad input files: what ``perftrack read FILE`` says of each (k32f).

Every broken file is built here, in code: a workbook or document cut short, a
package missing its main part or holding XML that is not well formed, a shared
string index past the table, an encrypted Office file (a compound file holding
``EncryptedPackage``, under any name) or an encrypted .xls (a ``FILEPASS``
record), an HTML export renamed .xls, random bytes under Office names. Each gives
one clear line naming the file (exit status 2), in the user's terms; a library's
words come at most after them, in brackets.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from typing import TYPE_CHECKING

import pytest

import perftrack
from doc_builders import cfb_bytes, doc_bytes
from fixtures_office import docx_bytes, replace_member, with_shared_strings, xls_bytes, xlsx_bytes
from perftrack.cli import main
from perftrack.readers._detect import ENCRYPTED_OFFICE, cfb_problem
from perftrack.readers._xls import xlrd_problem

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

GRID = [
    ["项目名称", "校舍维修"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "修缮面积", "≥100平方米", "120平方米"],
]
HTML = (
    "<html><body><table>"
    + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in GRID)
    + "</table></body></html>"
)
TSV = "".join("\t".join(row) + "\n" for row in GRID)
RANDOM = random.Random(1).randbytes(4096)  # noqa: S311 - bytes that are no file

TRUNCATED = "可能在下载或复制时被截断：请重新获取原文件"


def _without(data: bytes, member: str) -> bytes:
    """A copy of the zip package *data* without *member*."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info.filename, source.read(info))
    return buffer.getvalue()


def _xlsx() -> bytes:
    return xlsx_bytes({"跟踪表": GRID})


def _shared_index(index: int) -> bytes:
    """A workbook whose target cell D3 is shared string *index* of a table of one."""
    data = with_shared_strings(_xlsx(), {"≥100平方米": "<t>≥100平方米</t>"})
    return replace_member(
        data,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace('<c r="D3" t="s"><v>0</v>', f'<c r="D3" t="s"><v>{index}</v>'),
    )


def _workbook_stream() -> bytes:
    """The BIFF8 ``Workbook`` stream of an .xls holding :data:`GRID`."""
    import olefile  # noqa: PLC0415  (the doc extra)

    with olefile.OleFileIO(io.BytesIO(xls_bytes({"跟踪表": GRID}))) as ole:
        stream: bytes = ole.openstream("Workbook").read()
    return stream


def _xls() -> bytes:
    """:data:`GRID` as an .xls laid out by the tests' own compound file builder."""
    return cfb_bytes({"Workbook": _workbook_stream()})


def _encrypted_xls() -> bytes:
    """An .xls whose workbook is encrypted: a FILEPASS record (RC4) after its BOF."""
    stream = _workbook_stream()
    bof_end = 4 + struct.unpack_from("<H", stream, 2)[0]
    filepass = struct.pack("<HHHHH", 0x002F, 6, 1, 1, 1)
    return cfb_bytes({"Workbook": stream[:bof_end] + filepass + stream[bof_end:]})


def _encrypted_ooxml() -> bytes:
    """A password-protected xlsx/docx as Office writes it: a compound file of two streams."""
    return cfb_bytes(
        {"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(200), "EncryptedPackage": bytes(4096)}
    )


def _doc() -> bytes:
    return doc_bytes(["校舍维修", GRID])


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _cut_message(data: bytes, at_least: int) -> str:
    return f"文件不完整（只有 {len(data)} 字节，按文件结构应至少有 {at_least} 字节），{TRUNCATED}"


# -- perftrack read FILE: one line on standard error, exit status 2 ----------------------

BAD: list[tuple[str, Callable[[], bytes], str]] = [
    # xlsx
    ("表.xlsx", lambda: _half(_xlsx()), "文件以 zip 签名开头，但不是完整的 zip 压缩包（可能已损坏）"),
    ("表.xlsx", lambda: _without(_xlsx(), "xl/workbook.xml"), "文件已损坏或不完整：缺少部件 xl/workbook.xml"),
    (
        "表.xlsx",
        lambda: replace_member(_xlsx(), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row"),
        # expat counts columns from 0: this was 第 22 列, the `<` of `<row` is the 23rd character;
        # the sheet is named since k32o (it failed as openpyxl loaded the workbook)
        "工作表 跟踪表: 无法读取 xlsx 文件（文件已损坏或不完整）：部件 xl/worksheets/sheet1.xml 第 1 行第 23 列有 XML 错误（文件在标记中间中断）",
    ),
    (
        "表.xlsx",
        lambda: replace_member(_xlsx(), "xl/styles.xml", "<styleSheet"),
        # was 第 1 行第 0 列
        "无法读取 xlsx 文件（文件已损坏或不完整）：部件 xl/styles.xml 第 1 行第 1 列有 XML 错误（文件在标记中间中断）",
    ),
    (
        "表.xlsx",
        lambda: _shared_index(99),
        # the index counts from 0: index 99 is the 100th string (it said 第 99 项)
        "工作表 跟踪表: 文件已损坏或不完整：单元格 D3 引用第 100 项共享字符串，但共享字符串表只有 1 项",
    ),
    (
        "表.xlsx",
        lambda: _shared_index(1),
        # it said 引用第 1 项…只有 1 项: a contradiction
        "工作表 跟踪表: 文件已损坏或不完整：单元格 D3 引用第 2 项共享字符串，但共享字符串表只有 1 项",
    ),
    (
        "表.xlsx",
        lambda: replace_member(
            _xlsx(),
            "xl/styles.xml",
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<cellXfs count="1"><xf numFmtId="abc"/></cellXfs></styleSheet>',
        ),
        # was only openpyxl's words: …（文件已损坏或格式不对）：TypeError: expected <class 'int'>
        "无法读取 xlsx 文件（文件已损坏或格式不对）：样式表 xl/styles.xml 中有无法识别的内容（TypeError: expected <class 'int'>）",
    ),
    ("表.xlsx", lambda: b"", "文件为空"),
    ("表.xlsx", lambda: RANDOM, "不是有效的 xlsx 文件（既不是 zip 压缩包，也不是文本），可能已损坏或只是改了扩展名"),
    # encrypted Office Open XML, whatever its name (it was xlrd's words, or "no WordDocument")
    ("表.xlsx", _encrypted_ooxml, ENCRYPTED_OFFICE),
    ("表.xls", _encrypted_ooxml, ENCRYPTED_OFFICE),
    ("表.doc", _encrypted_ooxml, ENCRYPTED_OFFICE),
    ("表", _encrypted_ooxml, ENCRYPTED_OFFICE),
    # xls (the builders' .xls is 5632 bytes, its .doc 9728: the FAT sector is the last)
    (
        "表.xls",
        _encrypted_xls,
        # was …（文件已损坏、已加密或格式不对）：XLRDError: Workbook is encrypted
        "文件受密码保护（加密的 xls 工作簿），无法读取：请在 Excel 或 WPS 中撤销工作簿保护、取消打开密码后另存再试",
    ),
    ("表.xls", lambda: _half(_xls()), _cut_message(_half(_xls()), 5632)),
    ("表.xls", lambda: _xls()[:512], _cut_message(_xls()[:512], 5632)),
    (
        "表.xls",
        lambda: cfb_bytes({"Workbook": RANDOM}),
        # was …XLRDError: Unsupported format, or corrupt file: Expected BOF record; found b'…'
        "无法读取 xls 文件（文件已损坏或格式不对）：工作簿数据不以 Excel 的 BOF 记录开头，不是 Excel 97-2003 工作簿",
    ),
    (
        "表.xls",
        lambda: cfb_bytes({"Contents": bytes(4096)}),
        # was …XLRDError: Can't find workbook in OLE2 compound document
        "无法读取 xls 文件（文件已损坏或格式不对）：复合文档中没有 Workbook 流，不是 Excel 工作簿（或文件已损坏）",
    ),
    ("表.xls", lambda: b"", "文件为空"),
    (
        "表.xls",
        lambda: RANDOM,
        # was 无法识别文件编码（尝试了 UTF-8、GB18030、UTF-16）：…
        "不是有效的 xls 文件（既不是 Excel 97-2003 工作簿，也不是网页或文本导出），可能已损坏或只是改了扩展名",
    ),
    # doc and docx
    ("表.doc", lambda: _half(_doc()), _cut_message(_half(_doc()), 9728)),
    (
        "表.doc",
        lambda: RANDOM,
        "不是有效的 doc 文件（既不是 Word 97-2003 文档，也不是网页或文本导出），可能已损坏或只是改了扩展名",
    ),
    (
        "表.docx",
        lambda: _without(docx_bytes(["校舍维修", GRID[1:]]), "word/document.xml"),
        "文件已损坏或不完整：缺少部件 word/document.xml",
    ),
    (
        "表.docx",
        lambda: replace_member(docx_bytes(["校舍维修", GRID[1:]]), "word/document.xml", "<w:document><w:body"),
        "无法读取 docx 文件（文件已损坏或不完整）：部件 word/document.xml 第 1 行第 1 列有 XML 错误（未声明的命名空间前缀）",
    ),
    ("表.docx", lambda: _half(docx_bytes(["校舍维修", GRID[1:]])), "文件以 zip 签名开头，但不是完整的 zip 压缩包（可能已损坏）"),
    # no name that says anything
    ("表.txt", lambda: b"", "文件为空"),
    (
        "表.bin",
        lambda: RANDOM,
        (
            "无法识别文件编码（尝试了 UTF-8、GB18030、UTF-16）：内容含有大量控制字节，不像文本；"
            "这可能不是文本文件（如图片、压缩包或已损坏的文件）"
        ),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [pytest.param(name, build, message, id=f"{name}-{i}") for i, (name, build, message) in enumerate(BAD)],
)  # fmt: skip
def test_perftrack_read_says_what_is_wrong(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    build: Callable[[], bytes],
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(build())
    assert main(["read", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"perftrack: {path}: {message}\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("导出.xls", HTML.encode("utf-8"), id="html-export-utf8"),
        pytest.param("导出.xls", HTML.encode("gbk"), id="html-export-gbk"),
        pytest.param("导出.xls", HTML.encode("utf-16-le"), id="html-export-utf16"),
        pytest.param("导出.doc", HTML.encode("utf-8"), id="html-export-doc"),
        pytest.param("导出.txt", TSV.encode("utf-16-le"), id="utf16-le-no-bom"),
        pytest.param("导出.txt", TSV.encode("utf-16-be"), id="utf16-be-no-bom"),
        pytest.param("导出.xls", _xls(), id="xls-our-builder"),
        pytest.param("导出.doc", _doc(), id="doc"),
    ],
)
def test_exports_that_only_look_bad_read(name: str, data: bytes) -> None:
    # an HTML page saved as .xls or .doc is a common export: read as HTML, not refused
    [table] = perftrack.read(data, name=name)
    assert [(i.name, str(i.target), str(i.actual)) for i in table.indicators] == [
        ("修缮面积", "≥100(平方米)", "120(平方米)")
    ]


def test_encrypted_is_said_however_the_reader_is_chosen() -> None:
    # format="xls" skips detection: xlrd's "no workbook" is still said as encryption
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.read(_encrypted_ooxml(), name="表.xls", format="xls")
    assert str(excinfo.value) == f"表.xls: {ENCRYPTED_OFFICE}"


def test_a_doc_cut_short_read_as_doc_says_so() -> None:
    # format="doc" skips detection: olefile's "incomplete OLE sector" in the user's terms
    data = _doc()
    cut = data[: len(data) - 600]
    with pytest.raises(perftrack.ReadError) as excinfo:
        perftrack.read(cut, name="表.doc", format="doc")
    assert str(excinfo.value) == (
        f"表.doc: 无法读取 .doc 文件：文件不完整（复合文档在中途中断），{TRUNCATED}"
    )


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            "BIFF version 4 is not supported",
            "无法读取 xls 文件：这是不支持的旧版 Excel 格式（4），请在 Excel 或 WPS 中另存为 .xlsx 后重试",
            id="old-biff",
        ),
        pytest.param(
            "Sheet 0 ('表1') missing EOF record",
            "无法读取 xls 文件：文件已损坏或不完整（工作表数据缺少结束记录，可能被截断）",
            id="missing-eof",
        ),
        pytest.param(
            "Unsupported format, or corrupt file: Expected BOF record; found b'<html>'",
            "无法读取 xls 文件（文件已损坏或格式不对）：工作簿数据不以 Excel 的 BOF 记录开头，不是 Excel 97-2003 工作簿",
            id="no-bof",
        ),
        pytest.param(
            "something new",
            "无法读取 xls 文件（文件已损坏或格式不对）：xlrd 无法解析（Exception: something new）",
            id="unknown-secondary",
        ),
    ],
)  # fmt: skip
def test_xlrd_errors_in_the_users_terms(message: str, expected: str) -> None:
    assert xlrd_problem(Exception(message), b"x") == expected


def test_a_complete_compound_file_is_not_called_cut() -> None:
    assert cfb_problem(_xls()) is None
    assert cfb_problem(_doc()) is None
    assert cfb_problem(_encrypted_ooxml()) == ENCRYPTED_OFFICE
    # a header too damaged to say where its sectors are is left to the readers
    assert cfb_problem(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088)) is None
