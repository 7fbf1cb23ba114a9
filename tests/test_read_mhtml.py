"""MHT/MHTML web archives (单个文件网页) read like the HTML pages they hold.

Word saves a 单个文件网页 as one HTML part (quoted-printable, in the ANSI code
page); Excel writes a frameset part, a tab strip and one HTML part per
worksheet. Every table reads to the model of its TSV twin.
"""

from __future__ import annotations

import pytest

import perftrack
from cases.composed_tables import (
    MERGES,
    SELF_EVALUATION,
    TRACKING,
    model_of,
    tsv_bytes,
)
from perftrack import ReadError
from perftrack.readers._detect import detect_format
from perftrack.readers._mhtml import read_mhtml
from word_xml_builders import BOUNDARY, html_table, mhtml, mime_part, word_mht, word_page

GRIDS = {"SELF_EVALUATION": SELF_EVALUATION, "TRACKING": TRACKING}


_HIDDEN = "<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>"
_HIDDEN_PAGE = f"<!--[if gte mso 9]><xml>{_HIDDEN}</xml><![endif]-->"


def _frameset(sheets: list[tuple[str, str]], hidden: str = "") -> bytes:
    listed = "".join(
        f"<x:ExcelWorksheet><x:Name>{name}</x:Name>"
        f'<x:WorksheetSource HRef="{href}"/>{_HIDDEN if name == hidden else ""}'
        "</x:ExcelWorksheet>"
        for name, href in sheets
    )
    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
        f"<!--[if gte mso 9]><xml>\n<x:ExcelWorkbook>\n<x:ExcelWorksheets>\n{listed}\n"
        "</x:ExcelWorksheets>\n</x:ExcelWorkbook>\n</xml><![endif]-->\n</head>\n"
        '<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\n'
        '<frame src="绩效表.files/sheet001.htm" name="frSheet">\n'
        '<frame src="绩效表.files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>\n'
        "</frameset></html>\n"
    ).encode("gb18030")


_TAB_STRIP = (
    "<html><body><table border=0 cellspacing=1><tr>"
    '<td nowrap><a href="sheet001.htm" target="frSheet">跟踪表</a></td>'
    '<td nowrap><a href="sheet002.htm" target="frSheet">自评表</a></td>'
    "</tr></table></body></html>"
).encode("gb18030")


def _sheet_page(
    grid: list[list[str]], merges: list[str], charset: str, *, hidden: bool = False
) -> bytes:
    options = _HIDDEN_PAGE if hidden else ""
    return (
        f'<html><head><meta http-equiv=Content-Type content="text/html; charset={charset}">'
        f'<link id=Main-File rel=Main-File href="../绩效表.htm">{options}</head>\n'
        f"<body link=blue>\n{html_table(grid, merges)}\n</body></html>\n"
    ).encode("gb18030" if charset == "gb2312" else charset)


def excel_mht(*, by_cid: bool = False, hidden: str = "") -> bytes:
    """Excel's 单个文件网页 of two worksheets: frameset, tab strip, sheets (one in base64).

    *hidden* ``"frameset"`` or ``"page"``: the second worksheet is hidden, as the
    frameset's entry says it (Aspose) or as its own page does (Excel).
    """
    folder = "file:///C:/0A1B2C3D/绩效表.files"
    refs = (
        ("cid:sheet001", "cid:sheet002")
        if by_cid
        else ("绩效表.files/sheet001.htm", "绩效表.files/sheet002.htm")
    )
    return mhtml(
        [
            mime_part(
                _frameset(
                    [("跟踪表", refs[0]), ("自评表", refs[1])],
                    hidden="自评表" if hidden == "frameset" else "",
                ),
                location="file:///C:/0A1B2C3D/绩效表.htm",
                charset="gb2312",
            ),
            mime_part(
                _sheet_page(TRACKING, MERGES["TRACKING"], "gb2312"),
                location=f"{folder}/sheet001.htm",
                charset="gb2312",
                content_id="sheet001" if by_cid else None,
            ),
            mime_part(
                _sheet_page(
                    SELF_EVALUATION, MERGES["SELF_EVALUATION"], "utf-8", hidden=hidden == "page"
                ),
                location=f"{folder}/sheet002.htm",
                charset="utf-8",
                transfer="base64",
                content_id="sheet002" if by_cid else None,
            ),
            mime_part(_TAB_STRIP, location=f"{folder}/tabstrip.htm", charset="gb2312"),
            mime_part(
                b"<xml xmlns:o='urn:schemas-microsoft-com:office:office'></xml>",
                location=f"{folder}/filelist.xml",
                content_type="text/xml",
                charset="utf-8",
            ),
        ],
        excel=True,
    )


# -- the same model as the text twin --------------------------------------------------------


@pytest.mark.parametrize("name", list(GRIDS))
def test_word_mht_reads_like_its_text_twin(name: str) -> None:
    data = word_mht(GRIDS[name], MERGES[name])
    tables = perftrack.read(data)
    assert model_of(tables) == model_of(perftrack.read(tsv_bytes(GRIDS[name])))
    assert perftrack.read(data, format="mhtml") == tables
    assert tables[0].source.sheet is None


@pytest.mark.parametrize("reference", ["location", "cid"])
def test_excel_mht_reads_each_worksheet_like_its_twin(reference: str) -> None:
    data = excel_mht(by_cid=reference == "cid")
    tables = perftrack.read(data, format="mhtml")
    twins = perftrack.read(tsv_bytes(TRACKING)) + perftrack.read(tsv_bytes(SELF_EVALUATION))
    assert model_of(tables) == model_of(twins)
    assert [t.source.sheet for t in tables] == ["跟踪表", "自评表"]
    assert perftrack.read(data) == tables


def test_excel_mht_sheets() -> None:
    sheets = read_mhtml(excel_mht(), file="绩效表.xls")
    assert [(s.name, s.file, s.rows[0]) for s in sheets] == [
        ("跟踪表", "绩效表.xls", ("财政项目支出绩效跟踪表", "", "", "", "", "", "")),
        ("自评表", "绩效表.xls", ("项目支出绩效自评表", "", "", "", "", "", "", "")),
    ]


@pytest.mark.parametrize("hidden", ["frameset", "page"])
def test_excel_mht_leaves_out_a_hidden_worksheet(hidden: str) -> None:
    sheets = read_mhtml(excel_mht(hidden=hidden), file="绩效表.mht")
    assert [s.name for s in sheets] == ["跟踪表"]


def test_excel_single_sheet_names_itself() -> None:
    page = (
        '<html><head><meta charset="utf-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook>'
        "<x:ExcelWorksheets><x:ExcelWorksheet><x:Name>绩效目标&amp;指标</x:Name>"
        "<x:WorksheetOptions/></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>"
        "</xml><![endif]--></head><body><table><tr><td>项目名称</td><td>示例</td></tr>"
        "</table></body></html>"
    ).encode()
    [sheet] = read_mhtml(
        mhtml([mime_part(page, location="file:///C:/a/book.htm", charset="utf-8")])
    )
    assert (sheet.name, sheet.rows) == ("绩效目标&指标", (("项目名称", "示例"),))


# -- decoding the parts -------------------------------------------------------------------

_ROWS = (("项目名称", "乡村道路养护"), ("绩效指标",))
_BODY = "<table><tr><td>项目名称</td><td>乡村道路养护</td></tr></table><p>绩效指标</p>"

PARTS = [
    pytest.param(word_page(_BODY).encode("gb18030"), "gb2312", "quoted-printable", id="qp-gb2312"),
    pytest.param(word_page(_BODY).encode("gbk"), "gbk", "base64", id="base64-gbk"),
    pytest.param(word_page(_BODY, "utf-8").encode(), "utf-8", "base64", id="base64-utf-8"),
    pytest.param(
        word_page(_BODY, "gbk").encode("gbk"), None, "quoted-printable", id="meta-charset"
    ),
    pytest.param(word_page(_BODY, None).encode("gb18030"), None, "8bit", id="detected-gb18030"),
    pytest.param(word_page(_BODY, None).encode(), None, "quoted-printable", id="detected-utf-8"),
    pytest.param(
        word_page(_BODY, "utf-8").encode(),
        "gb2312",
        "quoted-printable",
        id="wrong-meta-declared-wins",
    ),
    pytest.param(
        word_page(_BODY.replace("项目名称", "&#39033;&#30446;&#21517;&#31216;"), None).encode(),
        "us-ascii",
        "quoted-printable",
        id="us-ascii-entities",
    ),
    pytest.param(
        word_page(_BODY, "utf-8").encode(), "us-ascii", "8bit", id="us-ascii-wrong-detected"
    ),
]


@pytest.mark.parametrize(("page", "charset", "transfer"), PARTS)
def test_part_decoding(page: bytes, charset: str | None, transfer: str) -> None:
    if charset == "gb2312" and b"charset=utf-8" in page:
        page = page.decode().encode("gb18030")  # declared right, meta wrong
    part = mime_part(page, location="file:///C:/a/b.htm", charset=charset, transfer=transfer)
    [sheet] = read_mhtml(mhtml([part]))
    assert sheet.rows == _ROWS


def test_forced_encoding_overrides_the_declared_charset() -> None:
    page = word_page(_BODY, "gbk").encode("gbk")
    data = mhtml([mime_part(page, location="b.htm", charset="utf-8", transfer="base64")])
    [sheet] = read_mhtml(data, encoding="gbk")
    assert sheet.rows == _ROWS
    with pytest.raises(ReadError) as excinfo:
        read_mhtml(data, file="a.mht", encoding="utf-8")
    assert str(excinfo.value).startswith(
        "a.mht: 网页部分“b.htm”: 无法按指定的编码 utf-8 解码：字节偏移 330 处（0xCF）无法解码"
    )


# A part declaring a charset its bytes are not in: detected, as Word XML is. Before,
# UTF-8 under gb2312 read as mojibake (项目名称 as 椤圭洰鍚嶇О) or, when GB18030 could
# not decode it (一 is E4 B8 80), raised; GB18030 under utf-8 raised.
_GRID_BODY = "<table><tr><td>项目名称</td><td>一级指标</td></tr></table><p>绩效指标</p>"
_GRID_ROWS = (("项目名称", "一级指标"), ("绩效指标",))

WRONG_CHARSETS = [
    # (page bytes, the Content-Type charset, rows)
    pytest.param(word_page(_BODY, None).encode(), "gb2312", _ROWS, id="utf-8-as-gb2312-mojibake"),
    pytest.param(word_page(_BODY, None).encode(), "gbk", _ROWS, id="utf-8-as-gbk"),
    pytest.param(
        word_page(_GRID_BODY, None).encode(), "gb2312", _GRID_ROWS, id="utf-8-as-gb2312-undecodable"
    ),
    pytest.param(word_page(_BODY, "gb2312").encode(), "gb2312", _ROWS, id="utf-8-as-gb2312-twice"),
    pytest.param(word_page(_BODY, None).encode("gb18030"), "utf-8", _ROWS, id="gb18030-as-utf-8"),
    pytest.param(word_page(_BODY, "utf-8").encode("gbk"), "utf-8", _ROWS, id="gbk-as-utf-8-twice"),
    # no charset on the part: the page's <meta> claims one its bytes are not in
    pytest.param(word_page(_BODY, "gb2312").encode(), None, _ROWS, id="utf-8-meta-gb2312"),
    pytest.param(word_page(_GRID_BODY, "gbk").encode(), None, _GRID_ROWS, id="utf-8-meta-gbk"),
]


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
@pytest.mark.parametrize(("page", "charset", "rows"), WRONG_CHARSETS)
def test_a_wrong_charset_is_passed_over_for_detection(
    page: bytes, charset: str | None, rows: tuple[tuple[str, ...], ...], transfer: str
) -> None:
    part = mime_part(page, location="file:///C:/a/b.htm", charset=charset, transfer=transfer)
    [sheet] = read_mhtml(mhtml([part]), file="a.mht")
    assert sheet.rows == rows


def test_a_wrongly_declared_archive_reads_to_its_table() -> None:
    # Word's 单个文件网页 re-encoded to UTF-8 by a script that left the declarations alone
    page = word_page(html_table(TRACKING, MERGES["TRACKING"])).encode()
    data = mhtml([mime_part(page, location="file:///C:/a/跟踪表.htm", charset="gb2312")])
    assert model_of(perftrack.read(data)) == model_of(perftrack.read(tsv_bytes(TRACKING)))


@pytest.mark.parametrize(
    ("charset", "codec", "rows"),
    [
        ("utf-16", "utf-16", _ROWS),
        ("utf-16le", "utf-16-le", _ROWS),
        ("gb2312", "gb18030", _ROWS),
        # a declared single-byte charset that decodes the bytes is taken, as in Word XML
        (
            "iso-8859-2",
            "gb18030",
            tuple(tuple(c.encode("gb18030").decode("iso-8859-2") for c in r) for r in _ROWS),
        ),
    ],
)
def test_a_declared_charset_that_fits_is_read_as_declared(
    charset: str, codec: str, rows: tuple[tuple[str, ...], ...]
) -> None:
    # UTF-16 is never taken for UTF-8 (ASCII in it is valid UTF-8 with NULs)
    data = word_page(_BODY, None).encode(codec)
    part = mime_part(data, location="b.htm", charset=charset, transfer="base64")
    [sheet] = read_mhtml(mhtml([part]))
    assert sheet.rows == rows


# -- detection ------------------------------------------------------------------------------

IE_HEADERS = (
    "From: <Saved by Windows Internet Explorer 8>\r\n"
    "Subject: =?gb2312?B?vKjQp9S/seqx7Q==?=\r\n"
    "Date: Mon, 4 Mar 2024 10:00:00 +0800\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/related;\r\n"
    '\ttype="text/html";\r\n'
    f'\tboundary="{BOUNDARY}"\r\n'
    "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609\r\n\r\n"
)

DETECTED = [
    (word_mht(TRACKING, MERGES["TRACKING"]), "绩效目标表.mht", "mhtml"),
    (word_mht(TRACKING, MERGES["TRACKING"]), "绩效目标表.mhtml", "mhtml"),
    (word_mht(TRACKING, MERGES["TRACKING"]), "绩效目标表.doc", "mhtml"),
    (word_mht(TRACKING, MERGES["TRACKING"]), None, "mhtml"),
    (excel_mht(), "绩效表.xls", "mhtml"),
    (excel_mht(), "绩效表.txt", "mhtml"),
    (IE_HEADERS.encode() + b"--" + BOUNDARY.encode() + b"\r\n", "page.mht", "mhtml"),
    (b"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>", None, "mhtml"),
    # not MIME: a colon line of a table, a header block announcing no multipart
    ("项目名称: 乡村道路养护\n主管部门: 某县交通运输局\n".encode(), "a.mht", "text"),
    (b"Content-Type: text/plain\n\nhello", None, "text"),
    (b"MIME-Version: 1.0", "a.mht", "text"),
    # a TSV that starts with such lines: a multipart without its boundary, a page without markup
    (
        "MIME-Version:\t1.0\nContent-Type: multipart/mixed\t\n\n项目名称\t甲\n".encode(),
        None,
        "text",
    ),
    (
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n项目名称\t甲\n".encode(),
        "a.txt",
        "text",
    ),
]


@pytest.mark.parametrize(("data", "name", "expected"), DETECTED)
def test_detection(data: bytes, name: str | None, expected: str) -> None:
    assert detect_format(data, name) == expected


def test_ie_archive_reads() -> None:
    part = mime_part(
        word_page(_BODY, "utf-8").encode(), location="http://example.org/a.html", charset="utf-8"
    )
    data = (IE_HEADERS + "\r\n").encode() + mhtml([part]).split(b"\r\n\r\n", 1)[1]
    [sheet] = read_mhtml(data)
    assert sheet.rows == _ROWS


# -- errors ---------------------------------------------------------------------------------

_GOOD = mime_part(
    word_page(_BODY).encode("gb18030"), location="file:///C:/a/导出.htm", charset="gb2312"
)

ERRORS = [
    pytest.param(
        mhtml([_GOOD], closed=False)[:-40],
        "a.mht: MHT 文件不完整：缺少结束分隔行（文件可能被截断）",
        id="truncated",
    ),
    pytest.param(
        mhtml(
            [
                mime_part(
                    b"\x89PNG", location="image001.png", content_type="image/png", transfer="base64"
                )
            ]
        ),
        "a.mht: MHT 文件中没有网页（text/html）部分",
        id="no-html-part",
    ),
    pytest.param(
        mhtml([_GOOD]).split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n",
        "a.mht: MHT 文件中没有网页（text/html）部分",
        id="headers-only",
    ),
    pytest.param(
        mhtml(
            [
                mime_part(
                    word_page(_BODY).encode("gb18030"),
                    location="file:///C:/a/导出.htm",
                    charset="gb2312",
                    transfer="base64",
                )
            ]
        ).replace(b"PGh0bWwg", b"PGh0bW!", 1),
        "a.mht: 网页部分“导出.htm”: base64 编码已损坏（文件可能被截断或改动过）",
        id="broken-base64",
    ),
    pytest.param(
        mhtml([mime_part(b"<p>\xff\xfe</p>", location="file:///C:/a/x.htm", charset="gb2312")]),
        "a.mht: 网页部分“x.htm”: 无法按声明的字符集 gb2312 解码：字节偏移 3 处（0xFF）无法解码",
        id="bytes-outside-the-charset",
    ),
    pytest.param(
        mhtml([mime_part(b"<p>x</p>", location="file:///C:/a/x.htm", charset="x-no-such")]),
        "a.mht: 网页部分“x.htm”: 声明了未知的字符集 'x-no-such'",
        id="unknown-charset",
    ),
    pytest.param(
        mhtml([mime_part(b"<p>\x80\x81\xff</p>", location="file:///C:/a/x.htm", transfer="8bit")]),
        "a.mht: 网页部分“x.htm”: 无法识别文件编码：按 UTF-8 解码时，字节偏移 3 处（0x80）无法解码；"
        "请另存为 UTF-8 后重试，或指定编码（命令行 --encoding，或 read(..., encoding=...)）",
        id="undecodable-undeclared",
    ),
]


@pytest.mark.parametrize(("data", "expected"), ERRORS)
def test_errors(data: bytes, expected: str) -> None:
    with pytest.raises(ReadError) as excinfo:
        read_mhtml(data, file="a.mht")
    assert str(excinfo.value) == expected


def test_errors_through_read_name_the_file(tmp_path) -> None:
    path = tmp_path / "绩效目标表.mht"
    path.write_bytes(mhtml([_GOOD], closed=False)[:-40])
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(path)
    assert str(excinfo.value) == f"{path}: MHT 文件不完整：缺少结束分隔行（文件可能被截断）"


def test_page_without_a_grid_says_so() -> None:
    with pytest.raises(ReadError) as excinfo:
        perftrack.read(mhtml([_GOOD]), format="mhtml")
    assert "未找到绩效指标表" in str(excinfo.value)


def test_linked_style_sheet_strikes_out_cells() -> None:
    # Excel's 单个文件网页 links its pages to one stylesheet.css part; its classes strike
    # out the old target of a cell and a run inside another
    grid = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况"],
        ["产出指标", "数量指标", "新建水厂数量", "@", "2个"],
        ["", "质量指标", "水质达标率", "≥95%", "97%"],
    ]
    page = html_table(grid, []).replace(
        "<td>@</td>", "<td><font class=font5>≥5个</font>≥3个</td><td class=xl66>≥90%</td>"
    )
    css = b".font5\n\t{color:red;\n\ttext-decoration:line-through;}\ntd.xl66 {mso-hide:all}\n"
    archive = mhtml(
        [
            mime_part(
                f'<link rel=Stylesheet href="stylesheet.css">{page}'.encode("gb18030"),
                location="file:///C:/E1A2B3C4/x/sheet001.htm",
                charset="gb2312",
            ),
            mime_part(
                css,
                location="file:///C:/E1A2B3C4/x/stylesheet.css",
                content_type="text/css",
                charset="us-ascii",
            ),
        ],
        excel=True,
    )
    [sheet] = read_mhtml(archive, file="x.mht")
    assert sheet.rows[1][3:] == ("≥3个", "", "2个")


def test_a_style_sheet_that_cannot_be_decoded_is_passed_over() -> None:
    page = html_table([["项目名称", "示例"]], [])
    archive = mhtml(
        [
            mime_part(page.encode("gb18030"), location="file:///C:/x/a.htm", charset="gb2312"),
            mime_part(
                b".x{color:red}\xff\xfe",
                location="file:///C:/x/stylesheet.css",
                content_type="text/css",
                charset="utf-8",
                transfer="8bit",
            ),
        ]
    )
    [sheet] = read_mhtml(archive, file="x.mht")
    assert sheet.rows == (("项目名称", "示例"),)


def test_blank_lines_before_the_headers() -> None:
    data = word_mht(TRACKING, MERGES["TRACKING"])
    tables = perftrack.read(b"\r\n\r\n" + data)
    assert model_of(tables) == model_of(perftrack.read(data))


def test_word_archive_ticks_in_wingdings_read_as_boxes() -> None:
    # Word's 单个文件网页 of a 136号 table whose ticks were inserted as Wingdings 2 symbols
    def symbol(char: str) -> str:
        return (
            '<span style=\'font-family:"Wingdings 2";mso-ascii-font-family:宋体;'
            'mso-char-type:symbol;mso-symbol-font-family:"Wingdings 2"\'>'
            f"<span style='mso-char-type:symbol;mso-symbol-font-family:\"Wingdings 2\"'>"
            f"{char}</span></span>"
        )

    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td><p class=MsoNormal>{c}</p></td>" for c in cells) + "</tr>"

    checked, empty = symbol("R"), symbol("&#163;")
    body = (
        "<p class=MsoNormal>项目支出绩效运行监控表</p><p class=MsoNormal>项目名称：示例项目</p>"
        "<table class=MsoNormalTable border=1>"
        + row(
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "1-6月执行情况",
            "完成目标可能性",
            "",
            "",
        )
        + row("", "", "", "", "", "确定能", "有可能", "完全不可能")
        + row("产出指标", "数量指标", "培训人次", "≥300人次", "120人次", empty, checked, empty)
        + row("效益指标", "社会效益指标", "就业率", "≥80%", "85%", checked, empty, empty)
        + "</table>"
    )
    page = word_page(body).encode("gb18030")
    data = mhtml([mime_part(page, location="file:///C:/A1B2/监控表.htm", charset="gb2312")])
    [table] = perftrack.read(data)
    assert [(i.name, i.likelihood) for i in table.indicators] == [
        ("培训人次", perftrack.Likelihood.POSSIBLE),
        ("就业率", perftrack.Likelihood.CERTAIN),
    ]
