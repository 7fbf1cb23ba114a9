"""What a Word document shows is what is read: hidden and struck-out text, form fields.

Every case is read in the three WordprocessingML dialects (.docx, Word 2003 XML,
Flat OPC), which share one walker: the same body and styles give the same rows.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import pytest

import perftrack
from fixtures_office import docx_bytes, replace_member
from perftrack import ReadError
from perftrack.readers._detect import detect_format
from perftrack.readers._docx import read_docx
from perftrack.readers._word_xml import read_word_xml
from word_xml_builders import W2006, flat_opc_xml, word2003_xml

if TYPE_CHECKING:
    from collections.abc import Callable


def _docx(body: str, styles: str) -> bytes:
    document = f'<w:document xmlns:w="{W2006}"><w:body>{body}</w:body></w:document>'
    data = replace_member(docx_bytes([]), "word/document.xml", document)
    if styles:
        data = replace_member(
            data, "word/styles.xml", f'<w:styles xmlns:w="{W2006}">{styles}</w:styles>'
        )
    return data


DIALECTS: dict[str, Callable[[str, str], bytes]] = {
    "docx": _docx,
    "word2003": lambda body, styles: word2003_xml([], body=body, styles=styles).encode(),
    "flat-opc": lambda body, styles: flat_opc_xml([], body=body, styles=styles).encode(),
}


def _rows(dialect: str, body: str, styles: str = "") -> tuple[tuple[str, ...], ...]:
    data = DIALECTS[dialect](body, styles)
    [sheet] = read_docx(data) if dialect == "docx" else read_word_xml(data)
    return sheet.rows


def _p(*runs: str, properties: str = "") -> str:
    return f"<w:p><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def _r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _tc(*paragraphs: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def _style(kind: str, ident: str, run: str = "", based_on: str = "", default: str = "") -> str:
    parent = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    flag = f' w:default="{default}"' if default else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{ident}"{flag}><w:name w:val="{ident}"/>'
        f"{parent}<w:rPr>{run}</w:rPr></w:style>"
    )


VANISH = "<w:vanish/>"
HIDDEN_MARK = "<w:rPr><w:vanish/></w:rPr>"
STYLES = (
    _style("paragraph", "Normal", default="1")
    + _style("character", "HiddenNote", VANISH)
    + _style("character", "HiddenChild", "<w:b/>", based_on="HiddenNote")
    + _style("character", "ShownChild", '<w:vanish w:val="0"/>', based_on="HiddenNote")
    + _style("character", "Struck", "<w:strike/>")
    + _style("paragraph", "Instructions", VANISH, based_on="Normal")
    + _style("paragraph", "InstructionsChild", "<w:i/>", based_on="Instructions")
    + _style("character", "Loop1", "", based_on="Loop2")
    + _style("character", "Loop2", VANISH, based_on="Loop1")
)

SHOWN = [
    # hidden text (字体 → 隐藏): an old value kept out of sight before the new one
    pytest.param(_p(_r("93.5%", VANISH), _r("96.5%")), "96.5%", id="hidden-run"),
    pytest.param(_p(_r("93.5%", '<w:vanish w:val="0"/>')), "93.5%", id="vanish-off"),
    pytest.param(_p(_r("93.5%", '<w:vanish w:val="false"/>')), "93.5%", id="vanish-false"),
    pytest.param(_p(_r("93.5%", '<w:vanish w:val="true"/>')), "", id="vanish-true"),
    # web-hidden text is printed: read
    pytest.param(_p(_r("13处", "<w:webHidden/>")), "13处", id="web-hidden-read"),
    # a character style that hides, directly or through its parent
    pytest.param(
        _p(_r("93.1%"), _r("（2023年为89.6%）", '<w:rStyle w:val="HiddenNote"/>')),
        "93.1%",
        id="character-style-hides",
    ),
    pytest.param(
        _p(_r("93.1%"), _r("（注）", '<w:rStyle w:val="HiddenChild"/>')),
        "93.1%",
        id="character-style-parent-hides",
    ),
    pytest.param(
        _p(_r("93.1%", '<w:rStyle w:val="ShownChild"/>')),
        "93.1%",
        id="character-style-child-shows",
    ),
    pytest.param(
        _p(_r("93.1%", '<w:rStyle w:val="HiddenNote"/><w:vanish w:val="0"/>')),
        "93.1%",
        id="direct-format-overrides-style",
    ),
    pytest.param(
        _p(_r("93.1%", '<w:rStyle w:val="Loop1"/>')),
        "",
        id="style-cycle-cut",
    ),
    pytest.param(
        _p(_r("93.1%", '<w:rStyle w:val="NoSuchStyle"/>')),
        "93.1%",
        id="unknown-style-shown",
    ),
    # a paragraph style that hides (the template's 填写说明), directly or inherited
    pytest.param(
        _p(_r("（填写说明：保留一位小数）"), properties='<w:pStyle w:val="Instructions"/>'),
        "",
        id="paragraph-style-hides",
    ),
    pytest.param(
        _p("<w:r><w:t>（填写说明）</w:t></w:r>", properties='<w:pStyle w:val="Instructions"/>'),
        "",
        id="paragraph-style-hides-a-run-without-properties",
    ),
    pytest.param(
        _p(_r("（填写说明）"), properties='<w:pStyle w:val="InstructionsChild"/>'),
        "",
        id="paragraph-style-parent-hides",
    ),
    pytest.param(
        _p(
            _r("说明"),
            _r("94%", '<w:vanish w:val="0"/>'),
            properties='<w:pStyle w:val="Instructions"/>',
        ),
        "94%",
        id="run-shown-in-hidden-paragraph-style",
    ),
    pytest.param(_p(_r("94%"), properties='<w:pStyle w:val="Normal"/>'), "94%", id="normal-shown"),
    # struck-out text (not tracked): what a reviewer reads as deleted
    pytest.param(_p(_r("93.5%", "<w:strike/>"), _r("96.5%")), "96.5%", id="strike"),
    pytest.param(_p(_r("12月5日", "<w:dstrike/>"), _r("11月20日")), "11月20日", id="dstrike"),
    pytest.param(_p(_r("96.5%", '<w:strike w:val="0"/>')), "96.5%", id="strike-off"),
    pytest.param(
        _p(_r("93.5%", '<w:rStyle w:val="Struck"/>'), _r("96.5%")),
        "96.5%",
        id="struck-by-style",
    ),
    pytest.param(_p(_r("96.5%", "<w:u/><w:b/>")), "96.5%", id="other-formatting-read"),
    # legacy form fields (旧式窗体): the state lives in w:ffData only
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            '<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>'
            "</w:ffData></w:fldChar></w:r>"
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            _r("经费保障"),
        ),
        "☑经费保障",
        id="form-checkbox-checked",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
            '<w:default w:val="1"/><w:checked w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>',
            _r("经费保障"),
        ),
        "☐经费保障",
        id="form-checkbox-unchecked-over-default",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox>'
            '<w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>',
        ),
        "☑",
        id="form-checkbox-default-checked",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
            "</w:checkBox></w:ffData></w:fldChar></w:r>",
        ),
        "☐",
        id="form-checkbox-unchecked",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:result w:val="1"/>'
            '<w:listEntry w:val="确定能完成"/><w:listEntry w:val="有可能完成"/>'
            "</w:ddList></w:ffData></w:fldChar></w:r>"
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
        "有可能完成",
        id="form-dropdown-result",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList>'
            '<w:listEntry w:val="确定能完成"/><w:listEntry w:val="有可能完成"/>'
            "</w:ddList></w:ffData></w:fldChar></w:r>",
        ),
        "确定能完成",
        id="form-dropdown-first-entry",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:ddList><w:result w:val="7"/>'
            '<w:listEntry w:val="确定能完成"/></w:ddList></w:ffData></w:fldChar></w:r>',
        ),
        "",
        id="form-dropdown-result-out-of-range",
    ),
    pytest.param(
        _p(
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput/></w:ffData>'
            "</w:fldChar></w:r>"
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            _r("96.5%"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
        "96.5%",
        id="form-text-result",
    ),
    # content controls showing their placeholder (单击或点击此处输入文字。) are empty
    pytest.param(
        _p(
            _r("实际："),
            "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
            + _r("单击或点击此处输入文字。")
            + "</w:sdtContent></w:sdt>",
        ),
        "实际：",
        id="placeholder-run-control",
    ),
    pytest.param(
        _p(
            "<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>"
            + _r("94%")
            + "</w:sdtContent></w:sdt>",
        ),
        "94%",
        id="filled-run-control",
    ),
]


@pytest.mark.parametrize("dialect", list(DIALECTS))
@pytest.mark.parametrize(("paragraph", "expected"), SHOWN)
def test_paragraph_text_is_what_word_shows(paragraph: str, expected: str, dialect: str) -> None:
    body = (
        _p(_r("标题")) + "<w:tbl><w:tr>" + _tc(_p(_r("实际"))) + _tc(paragraph) + "</w:tr></w:tbl>"
    )
    assert _rows(dialect, body, STYLES) == (("标题",), ("实际", expected))


def _row(*cells: str, properties: str = "") -> str:
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>"


def _hidden_tc(text: str, properties: str = "") -> str:
    paragraph = _p(_r(text, VANISH), properties=HIDDEN_MARK) if text else _p(properties=HIDDEN_MARK)
    return _tc(paragraph, properties=properties)


BLOCKS = [
    pytest.param(
        # an indicator the unit dropped and hid, inside the 产出指标 group
        "<w:tbl>"
        + _row(
            _tc(_p(_r("产出指标")), properties='<w:vMerge w:val="restart"/>'),
            _tc(_p(_r("新建供水工程数量"))),
        )
        + _row(
            _hidden_tc("", "<w:vMerge/>"),
            _hidden_tc("新增水厂数量"),
            properties="<w:hidden/>",
        )
        + _row(_tc(properties="<w:vMerge/>"), _tc(_p(_r("受益人口"))))
        + "</w:tbl>",
        (("产出指标", "新建供水工程数量"), ("", "受益人口")),
        id="hidden-row-left-out",
    ),
    pytest.param(
        "<w:tbl>"
        + _row(_tc(_p(_r("新增水厂数量", "<w:strike/>"))), _tc(_p(_r("0座", "<w:strike/>"))))
        + _row(_tc(_p(_r("受益人口"))), _tc(_p(_r("3.62万人"))))
        + "</w:tbl>",
        (("受益人口", "3.62万人"),),
        id="struck-row-left-out",
    ),
    pytest.param(
        "<w:tbl>" + _row(_hidden_tc("旧值"), _tc(_p(_r("新值")))) + _row(_tc(), _tc()) + "</w:tbl>",
        (("", "新值"), ("", "")),
        id="row-with-shown-text-and-empty-row-kept",
    ),
    pytest.param(
        _p(_r("填表说明：得分保留两位小数。", VANISH), properties=HIDDEN_MARK)
        + _p(_r("项目支出绩效自评表")),
        (("项目支出绩效自评表",),),
        id="hidden-paragraph-gives-nothing",
    ),
    pytest.param(
        _p(_r("说明"), properties='<w:pStyle w:val="Instructions"/>') + _p(_r("自评表")),
        (("自评表",),),
        id="paragraph-hidden-by-its-style",
    ),
    pytest.param(
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + _p(_r("单击或点击此处输入文字。"))
        + "</w:sdtContent></w:sdt>"
        + _p(_r("自评表")),
        (("自评表",),),
        id="placeholder-block-control",
    ),
]


@pytest.mark.parametrize("dialect", list(DIALECTS))
@pytest.mark.parametrize(("body", "expected"), BLOCKS)
def test_rows_and_paragraphs_word_hides(
    body: str, expected: tuple[tuple[str, ...], ...], dialect: str
) -> None:
    assert _rows(dialect, body, STYLES) == expected


DEFAULTS = [
    # the document's defaults hide everything but what a style or run shows
    pytest.param(
        f"<w:docDefaults><w:rPrDefault><w:rPr>{VANISH}</w:rPr></w:rPrDefault></w:docDefaults>"
        + _style("character", "Shown", '<w:vanish w:val="0"/>'),
        _p(_r("隐藏"), _r("显示", '<w:rStyle w:val="Shown"/>')),
        (("显示",),),
        id="doc-defaults",
    ),
    # the default paragraph style applies to a paragraph without a style
    pytest.param(
        _style("paragraph", "Normal", "<w:strike/>", default="1"),
        _p(_r("删除")) + _p(_r("保留", '<w:strike w:val="0"/>')),
        (("保留",),),
        id="default-paragraph-style",
    ),
]


@pytest.mark.parametrize(("styles", "body", "expected"), DEFAULTS)
def test_document_defaults_and_the_default_paragraph_style(
    styles: str, body: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    assert _rows("docx", body, styles) == expected


def _monitoring(tick: Callable[[bool], str]) -> bytes:
    """A 136号 monitoring table whose tick columns are *tick* (checked or not)."""

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(cells) + "</w:tr>"

    def text(*cells: str) -> list[str]:
        return [_tc(_p(_r(cell))) if cell else _tc() for cell in cells]

    def ticks(states: str) -> list[str]:  # "100": the first of three boxes checked
        return [_tc(_p(tick(state == "1"))) for state in states]

    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况"]
    body = (
        _p(_r("项目支出绩效运行监控表"))
        + _p(_r("（2024年1-6月）"))
        + _p(_r("项目名称：高标准农田建设"))
        + "<w:tbl>"
        + row(*text(*header, "完成目标可能性", "", "", "偏差原因分析"))
        + row(*text("", "", "", "", "", "确定能", "有可能", "完全不可能", ""))
        + row(
            *text("产出指标", "数量指标", "高标准农田建设面积", "≥5000亩", "2600亩"),
            *ticks("100"),
            _tc(),
        )
        + row(
            *text("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "施工中"),
            *ticks("001"),
            _tc(_p(_r("资金拨付延迟"))),
        )
        + "</w:tbl>"
    )
    return _docx(body, "")


def _form_checkbox(checked: bool) -> str:  # noqa: FBT001
    state = "<w:checked/>" if checked else ""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:enabled/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_136_likelihood_ticked_with_form_checkboxes() -> None:
    [table] = perftrack.read(_monitoring(_form_checkbox))
    assert [(i.name, i.likelihood) for i in table.indicators] == [
        ("高标准农田建设面积", perftrack.Likelihood.CERTAIN),
        ("项目完工时间", perftrack.Likelihood.IMPOSSIBLE),
    ]


# -- macro-enabled documents and templates --------------------------------------------------

DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
OTHER_MAINS = [
    pytest.param("application/vnd.ms-word.document.macroEnabled.main+xml", id="docm"),
    pytest.param(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        id="dotx",
    ),
    pytest.param("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", id="dotm"),
]


def _with_main_type(data: bytes, content_type: str) -> bytes:
    return replace_member(
        data, "[Content_Types].xml", lambda types: types.replace(DOCUMENT_MAIN, content_type)
    )


@pytest.mark.parametrize("content_type", OTHER_MAINS)
def test_macro_enabled_documents_and_templates_read_as_documents(content_type: str) -> None:
    data = docx_bytes(
        ["项目支出绩效自评表", [["三级指标", "实际完成值"], ["受益人口", "3.62万人"]]]
    )
    other = _with_main_type(data, content_type)
    with zipfile.ZipFile(io.BytesIO(other)) as package:
        assert content_type in package.read("[Content_Types].xml").decode()
    assert read_docx(other, file="自评表.docm") == read_docx(data, file="自评表.docm")
    assert detect_format(other) == "docx"


def test_another_main_part_type_is_still_refused() -> None:
    spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    with pytest.raises(ReadError) as excinfo:
        read_docx(_with_main_type(docx_bytes(["标题"]), spreadsheet), file="a.docx")
    assert str(excinfo.value) == f"a.docx: 不是 Word 文档（.docx）：文件主体的类型为 {spreadsheet}"


@pytest.mark.parametrize(
    "content_type",
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ],
)
def test_flat_opc_template_main_part_found_by_its_type(content_type: str) -> None:
    document = (
        flat_opc_xml(["项目支出绩效自评表"])
        .replace("/word/document.xml", "/word/template.xml")
        .replace(DOCUMENT_MAIN, content_type)
    )
    [sheet] = read_word_xml(document.encode())
    assert sheet.rows == (("项目支出绩效自评表",),)
