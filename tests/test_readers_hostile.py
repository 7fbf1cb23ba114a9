"""Hostile inputs: huge tags and texts in an xlsx, duplicate zip members, damaged encodings.

Every input is built here: workbooks and documents by :mod:`fixtures_office`, the forged
archives with :mod:`zipfile`, the text files from a table written below.
"""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member, with_shared_strings, xlsx_bytes
from perftrack import ReadError
from perftrack.readers._decode import decode
from perftrack.readers._xlsx import read_xlsx

ROWS = [
    ["项目名称", "示例项目"],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "培训人数", "≥100人", "120人"],
    ["效益指标", "社会效益指标", "满意度", "≥90%", "95%"],
]
TEXT = "".join("\t".join(row) + "\n" for row in ROWS)
NAMES = ("培训人数", "满意度")
SHEET = "xl/worksheets/sheet1.xml"
MAX_STRETCH = 1_048_576  # bytes: _xlsx.MAX_STRETCH
REFUSED = "文件已损坏或被恶意构造，拒绝读取"
TRUNCATED = (
    "文件在字符中间结束（UTF-16 文本的字节数为奇数），可能被截断：最后一行可能不完整，请核对原文件"
)


def _names(tables: tuple[perftrack.Table, ...]) -> tuple[str, ...]:
    return tuple(indicator.name for table in tables for indicator in table.indicators)


def _warnings(tables: tuple[perftrack.Table, ...]) -> list[tuple[str, str, int | None]]:
    wanted = {"file-truncated", "malformed-cell"}
    return [
        (finding.id, finding.message, finding.where.row if finding.where else None)
        for table in tables
        for finding in table.findings
        if finding.id in wanted
    ]


# --- 1. a tag or a text of megabytes in an xlsx part --------------------------------------


def _stretch_message(member: str, offset: int) -> str:
    return (
        f"大表.xlsx: 部件 {member} 字节偏移 {offset} 处起有超过 {MAX_STRETCH} 字节的单个标记"
        f"或文本（Excel 单元格最多 32767 个字符），{REFUSED}"
    )


def _with_attribute(value: str) -> tuple[bytes, int]:
    """The workbook with *value* as an attribute of cell A1, and the offset of that cell."""
    data = xlsx_bytes({"自评表": ROWS})
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET)
    offset = sheet.index(b'<c r="A1"')
    return replace_member(
        data, SHEET, lambda xml: xml.replace('<c r="A1"', f'<c r="A1" foo="{value}"', 1)
    ), offset


def _with_shared_text(text: str) -> tuple[bytes, int]:
    """The workbook with cell A1 a shared string of *text*, and the offset of its ``<t>``."""
    data = with_shared_strings(xlsx_bytes({"自评表": ROWS}), {"项目名称": f"<t>{text}</t>"})
    table = zipfile.ZipFile(io.BytesIO(data)).read("xl/sharedStrings.xml")
    return data, table.index(b"<t>")


@pytest.mark.parametrize(
    ("build", "member"),
    [
        pytest.param(lambda: _with_attribute("A" * 20_000_000), SHEET, id="attribute-20MB"),
        pytest.param(
            lambda: _with_attribute("A&gt;" * 300_000), SHEET, id="attribute-escaped-1.5MB"
        ),
        pytest.param(
            lambda: _with_attribute("A>" * 600_000), SHEET, id="attribute-with-bare-gt-1.2MB"
        ),
        pytest.param(
            lambda: _with_shared_text("甲" * 1_000_000),
            "xl/sharedStrings.xml",
            id="shared-string-3MB",
        ),
    ],
)
def test_xlsx_huge_tag_or_text_refused(build, member):
    data, offset = build()
    with pytest.raises(ReadError) as info:
        perftrack.read(data, name="大表.xlsx")
    assert str(info.value) == _stretch_message(member, offset)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        pytest.param(
            lambda: _with_shared_text("甲" * 32_767), "甲" * 32_767, id="excel-longest-cell"
        ),
        pytest.param(
            lambda: _with_shared_text("&#30002;" * 32_767),
            "甲" * 32_767,
            id="longest-cell-as-character-references",
        ),
        pytest.param(lambda: _with_attribute("A" * 900_000), "项目名称", id="attribute-900KB"),
    ],
)
def test_xlsx_long_but_possible_parts_read(build, expected):
    data, _ = build()
    (sheet,) = read_xlsx(data, file="大表.xlsx")
    assert sheet.rows[0][0] == expected
    assert _names(perftrack.read(data, name="大表.xlsx")) == NAMES


# --- 2. two members of one name ------------------------------------------------------------


def _with_duplicate(data: bytes, member: str, second_name: str, content: bytes) -> bytes:
    """*data* with a second member *second_name* (the name of *member*, or a variant of it)."""
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns: "Duplicate name"
        archive.writestr(second_name, content)
    assert member in zipfile.ZipFile(buffer).namelist()
    return buffer.getvalue()


def _other_sheet() -> bytes:
    other = xlsx_bytes({"自评表": [["项目名称", "另一个项目"], *ROWS[1:3]]})
    return zipfile.ZipFile(io.BytesIO(other)).read(SHEET)


def _other_document() -> bytes:
    other = docx_bytes(["另一份文件"])
    return zipfile.ZipFile(io.BytesIO(other)).read("word/document.xml")


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        pytest.param(
            lambda: _with_duplicate(xlsx_bytes({"自评表": ROWS}), SHEET, SHEET, _other_sheet()),
            "表.xlsx",
            f"表.xlsx: xlsx 文件的压缩包中有两个同名成员 {SHEET}"
            f"（Excel 与 perftrack 可能读到不同的内容），{REFUSED}",
            id="xlsx-worksheet",
        ),
        pytest.param(
            lambda: _with_duplicate(
                xlsx_bytes({"自评表": ROWS}), SHEET, "xl/Worksheets/Sheet1.xml", _other_sheet()
            ),
            "表.xlsx",
            "表.xlsx: xlsx 文件的压缩包中有两个同名成员 xl/Worksheets/Sheet1.xml"
            f"（Excel 与 perftrack 可能读到不同的内容），{REFUSED}",
            id="xlsx-worksheet-other-case",
        ),
        pytest.param(
            lambda: _with_duplicate(
                docx_bytes([ROWS[1:]]), "word/document.xml", "word/document.xml", _other_document()
            ),
            "表.docx",
            "表.docx: docx 文件的压缩包中有两个同名成员 word/document.xml"
            f"（Excel 与 perftrack 可能读到不同的内容），{REFUSED}",
            id="docx-document",
        ),
    ],
)
def test_duplicate_zip_members_refused(data, name, expected):
    with pytest.raises(ReadError) as info:
        perftrack.read(data(), name=name)
    assert str(info.value) == expected


# --- 3. damaged encodings ------------------------------------------------------------------

_GB = TEXT.encode("gb18030")
_GB_CUT = _GB.index("培训".encode("gb18030"))
_UTF8 = TEXT.encode()
_UTF8_CUT = _UTF8.index("培训".encode())


@pytest.mark.parametrize(
    ("data", "names", "found"),
    [
        pytest.param(
            TEXT.encode("utf-16") + b"\x41",
            NAMES,
            [
                (
                    "file-truncated",
                    TRUNCATED,
                    None,
                )
            ],
            id="utf16-bom-odd-bytes",
        ),
        pytest.param(
            TEXT.encode("utf-16-le") + b"\x41",
            NAMES,
            [
                (
                    "file-truncated",
                    TRUNCATED,
                    None,
                )
            ],
            id="utf16-no-bom-odd-bytes",
        ),
        pytest.param(
            _GB[:_GB_CUT] + b"\xff" + _GB[_GB_CUT:],
            ("\ufffd培训人数", "满意度"),
            [
                (
                    "malformed-cell",
                    "第 3 行有无法按 GB18030 解码的字节（0xFF），已按“\ufffd”读取；文件可能已损坏",
                    3,
                )
            ],
            id="gb18030-bad-byte-mid-file",
        ),
        pytest.param(
            _UTF8[:_UTF8_CUT] + b"\xff" + _UTF8[_UTF8_CUT:],
            ("\ufffd培训人数", "满意度"),
            [
                (
                    "malformed-cell",
                    "第 3 行有无法按 UTF-8 解码的字节（0xFF），已按“\ufffd”读取；文件可能已损坏",
                    3,
                )
            ],
            id="utf8-bad-byte-mid-file",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + _UTF8[:_UTF8_CUT] + b"\xc0" + _UTF8[_UTF8_CUT:],
            ("\ufffd培训人数", "满意度"),
            [
                (
                    "malformed-cell",
                    "第 3 行有无法按 UTF-8 解码的字节（0xC0），已按“\ufffd”读取；文件可能已损坏",
                    3,
                )
            ],
            id="utf8-bom-bad-byte-stays-utf8",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + TEXT.encode("utf-16-le"), NAMES, [], id="utf8-bom-utf16-body"
        ),
        pytest.param(b"\xef\xbb\xbf" + _GB, NAMES, [], id="utf8-bom-gbk-body"),
    ],
)
def test_damaged_text_reads_with_findings(data, names, found):
    tables = perftrack.read(data, name="跟踪表.txt")
    assert (_names(tables), _warnings(tables)) == (names, found)


_RANDOM = bytes((i * 197 + 89) % 256 for i in range(4096))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            _RANDOM,
            "跟踪表.txt: 无法识别文件编码（尝试了 UTF-8、GB18030、UTF-16）：内容含有大量控制字节，"
            "不像文本；这可能不是文本文件（如图片、压缩包或已损坏的文件）",
            id="binary-garbage",
        ),
        pytest.param(
            # Too many bad bytes for a few damaged cells: refused as before.
            _GB.replace("指标".encode("gb18030"), b"\xff\xff"),
            "跟踪表.txt: 无法识别文件编码：按 GB18030 解码时，字节偏移 22 处（0xFF）无法解码；"
            "请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）",
            id="gb18030-many-bad-bytes",
        ),
        pytest.param(
            b"\xff\xfe" + "项目".encode("utf-16-le") + b"\x00\xd8" + "名称".encode("utf-16-le"),
            # the lone surrogate named as a code unit (k33c: it was its low byte, 0x00)
            "跟踪表.txt: 无法识别文件编码：按 UTF-16 解码时，"
            "字节偏移 6 处（孤立代理码元 0xD800）无法解码；"
            "请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）",
            id="utf16-lone-surrogate",
        ),
    ],
)
def test_undecodable_text_refused_in_plain_words(data, expected):
    with pytest.raises(ReadError) as info:
        perftrack.read(data, name="跟踪表.txt")
    assert str(info.value) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "项目".encode("utf-16")[:-1],
            "文件不完整：UTF-16 文本在字节偏移 4 处的字符中间结束（字节数为奇数，文件可能被截断）；"
            "请重新导出或另存为 UTF-8 后重试",
            id="utf16-cut",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + b"\xff" * 8,
            "无法识别文件编码：按 UTF-8 解码时，字节偏移 3 处（0xFF）无法解码；"
            "请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）",
            id="utf8-bom-then-nothing-decodable",
        ),
    ],
)
def test_strict_decode_names_codecs_as_people_do(data, expected):
    with pytest.raises(ReadError) as info:
        decode(data)
    assert str(info.value) == expected
