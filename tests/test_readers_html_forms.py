"""HTML pages as a browser shows them: form values, struck-out text, hidden rows and cells.

Pages saved from a 绩效系统 render the table as a form (``<input value>``,
``<select>``, ``<textarea>``); a reviewed page strikes out the old value
(``<del>2024年9月底前</del>2024年10月底前``); Excel's 另存为网页 keeps hidden rows
as ``<tr style='display:none'>``. Every fixture is a page written here.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.readers._html import read_html


def _table(*rows: str) -> str:
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


def _rows(page: str) -> tuple[tuple[str, ...], ...]:
    [sheet] = read_html(page, file="a.html")
    return sheet.rows


# ---------------------------------------------------------------------------
# Form controls

FORM_CASES = [
    pytest.param(
        _table(
            '<td>项目名称</td><td><input type="text" name="xmmc" value="农村人居环境整治" readonly></td>'
        ),
        (("项目名称", "农村人居环境整治"),),
        id="input-text",
    ),
    pytest.param(
        _table(
            '<td><input value="≥1500户"></td><td><input value=620户></td><td><input value=""></td>'
        ),
        (("≥1500户", "620户", ""),),
        id="input-without-type",
    ),
    pytest.param(
        _table(
            '<td><INPUT TYPE="Number" VALUE="12.5"></td><td><input type=date value=2024-06-30></td>'
            '<td><input type="unknown" value="照常"></td>'
        ),
        (("12.5", "2024-06-30", "照常"),),
        id="input-types-that-show-their-value",
    ),
    pytest.param(
        _table(
            '<td>甲<input type="hidden" value="id-1"></td><td><input type=button value=保存></td>'
            "<td><input type=submit value=提交><input type=reset value=重置></td>"
            "<td><input type=password value=secret><input type=image value=x></td>"
        ),
        (("甲", "", "", ""),),
        id="inputs-that-show-no-value",
    ),
    pytest.param(
        _table('<td>指标值：<input value="&ge;90%">（年度）</td>'),
        (("指标值： ≥90% （年度）",),),
        id="input-beside-text-is-a-word-of-its-own",
    ),
    pytest.param(
        '<form><p>监控期间：<input type="text" value="2024年1月-2024年6月"></p></form>',
        (("监控期间： 2024年1月-2024年6月",),),
        id="input-outside-tables",
    ),
    pytest.param(
        _table(
            "<td><textarea name=yy>施工队伍不足，\n三季度加快推进</textarea></td><td><textarea></textarea></td>"
            "<td>说明<textarea>无</textarea></td>"
        ),
        # the break after Chinese punctuation is no space (r39i: before "不足， 三季度")
        (("施工队伍不足，三季度加快推进", "", "说明 无"),),
        id="textarea",
    ),
    pytest.param(
        _table(
            '<td><select name="kn"><option value="1">确定能</option><option value="2" selected>'
            "有可能</option><option value=3>完全不可能</option></select></td>"
            '<td><select><option selected="selected">确定能</option><option>有可能</option></select></td>'
        ),
        (("有可能", "确定能"),),
        id="select-gives-its-selected-option",
    ),
    pytest.param(
        _table(
            "<td>a</td><td><select><option>确定能</option><option>有可能</option></select></td>"
        ),
        (("a", ""),),
        id="select-without-a-selected-option-is-empty",
    ),
    pytest.param(
        _table(
            "<td><select multiple><option selected>经费保障<option>制度保障"
            "<option selected>人员保障</select></td>"
            "<td><select><option selected>确定能<option selected>有可能</select></td>"
        ),
        (("经费保障、人员保障", "有可能"),),
        id="multiple-selects-several-a-single-select-the-last",
    ),
    pytest.param(
        _table(
            '<td><select><optgroup label="能完成"><option>确定能</option>'
            '<option selected label="有可能">有可能完成（进度滞后）</option></optgroup>'
            "<option> <b>完全</b>不可能 </option></select></td>"
            "<td><select><option value=1 selected>  <span>确定</span>能  </option></select></td>"
        ),
        (("有可能", "确定能"),),
        id="option-label-optgroup-and-markup-in-options",
    ),
    pytest.param(
        _table(
            "<td><select><option>确定能<option selected>有可能</td><td>下一格</td>",
            "<td><select><option selected>确定能</tr>",
            "<td><select><option selected>甲<select><option selected>乙</select></td>",
        ),
        (("有可能", "下一格"), ("确定能",), ("甲 乙",)),
        id="unclosed-select-ends-with-its-cell",
    ),
    pytest.param(
        "<table><tr><td>可能性</td><td><select><option>确定能<option selected>有可能",
        (("可能性", "有可能"),),
        id="page-cut-short-in-a-select",
    ),
    pytest.param(
        "<p>可能性：<select><option>确定能</option><option selected>有可能</option></select></p>",
        (("可能性： 有可能",),),
        id="select-outside-tables",
    ),
    pytest.param(
        _table(
            "<td><label><input type=radio name=k checked>确定能</label>"
            "<label><input type=radio name=k>有可能</label></td>"
            '<td><input type="checkbox" checked="checked">经费保障 <input type=checkbox>制度保障</td>'
        ),
        (("☑确定能 ☐有可能", "☑经费保障 ☐制度保障"),),
        id="checkbox-and-radio-are-tick-marks",
    ),
    pytest.param(
        _table(
            "<td>普及率</td><td><input type=checkbox checked></td><td><input type=checkbox></td>"
            "<td><input type=radio> <input type=radio></td>"
        ),
        (("普及率", "☑", "", ""),),
        id="unchecked-box-without-label-is-blank",
    ),
]


@pytest.mark.parametrize(("page", "rows"), FORM_CASES)
def test_form_controls(page, rows):
    assert _rows(page) == rows


# ---------------------------------------------------------------------------
# Struck-out text

STRUCK_CASES = [
    pytest.param(
        _table(
            "<td><s>2024年9月底前</s>2024年10月底前</td><td><strike>旧</strike>新</td>"
            "<td><del>2024年9月底前</del> 2024年10月底前</td>"
        ),
        (("2024年10月底前", "新", "2024年10月底前"),),
        id="s-strike-del",
    ),
    pytest.param(
        _table(
            '<td><span style="text-decoration:line-through">≥1000户</span>≥1500户</td>'
            '<td><font style="COLOR: red; TEXT-DECORATION: underline line-through">旧</font>新</td>'
            '<td><span style="text-decoration-line: line-through">旧</span>新</td>'
        ),
        (("≥1500户", "新", "新"),),
        id="line-through-style",
    ),
    pytest.param(
        _table(
            '<td><span style="text-decoration:underline">下划线</span></td>'
            '<td><span style="text-decoration:none">无</span></td>'
            '<td><span style="font-family: line-through">字体</span></td>'
        ),
        (("下划线", "无", "字体"),),
        id="other-decorations-are-kept",
    ),
    pytest.param(
        _table("<td><del>9月</del><ins>10月</ins>底前</td>"),
        (("10月底前",),),
        id="ins-is-kept",
    ),
    pytest.param(
        _table(
            '<td><span style="text-decoration:line-through">旧<span>值</span>仍删</span>新</td>'
            "<td><del>一<del>二</del>三</del>四</td>"
            "<td><s>甲<b>乙</s>丙</b>丁</td>"
        ),
        (("新", "四", "丙丁"),),
        id="nested-and-misnested",
    ),
    pytest.param(
        _table("<td><s>旧值</td><td>新值</td>", "<td>下一行</td>"),
        (("", "新值"), ("下一行",)),
        id="unclosed-strike-ends-with-its-cell",
    ),
    pytest.param(
        _table(
            '<td style="text-decoration: line-through">整格删除</td><td>留</td>',
            '<td>甲</td><td>乙</td></tr><tr style="text-decoration:line-through"><td>整行</td><td>删除</td>',
        ),
        (("", "留"), ("甲", "乙")),
        id="struck-cell-and-row",
    ),
    pytest.param(
        "<p>跟踪时段：<del>2024年1-6月</del>2024年1-8月</p><p>下一段</p>",
        (("跟踪时段：2024年1-8月",), ("下一段",)),
        id="outside-tables",
    ),
    pytest.param(
        _table("<td>a<s/>b</td>"),
        (("ab",),),
        id="self-closing-strike-holds-nothing",
    ),
]


@pytest.mark.parametrize(("page", "rows"), STRUCK_CASES)
def test_struck_text_is_dropped(page, rows):
    assert _rows(page) == rows


# ---------------------------------------------------------------------------
# Hidden rows and cells

HIDDEN_CASES = [
    pytest.param(
        "<table><tr><td>一级指标</td><td>三级指标</td></tr>"
        "<tr><td rowspan=3>产出指标</td><td>甲</td></tr>"
        "<tr height=0 style='display:none'><td>（已删除）乙</td></tr>"
        "<tr><td>丙</td></tr></table>",
        (("一级指标", "三级指标"), ("产出指标", "甲"), ("", "丙")),
        id="hidden-row-under-a-rowspan",
    ),
    pytest.param(
        _table(
            "<td>a</td></tr><tr style='DISPLAY: NONE !important'><td>b</td>",
            "<td>c</td></tr><tr style='mso-hide:all'><td>d</td>",
            "<td>e</td></tr><tr hidden><td>f</td>",
            "<td>g</td></tr><tr style='height:0;display:none'><td>h</td>",
        ),
        (("a",), ("c",), ("e",), ("g",)),
        id="ways-to-hide-a-row",
    ),
    pytest.param(
        _table(
            "<td>一级指标</td><td style='display:none'>上年完成值</td><td>年度指标值</td>",
            "<td>产出指标</td><td style='display:none' x:num>80</td><td>≥100个</td>",
            "<td colspan=3>合计</td>",
        ),
        (("一级指标", "", "年度指标值"), ("产出指标", "", "≥100个"), ("合计", "", "")),
        id="hidden-cell-keeps-its-column",
    ),
    pytest.param(
        _table(
            "<td>甲<span style='display:none'>id=17</span></td>"
            "<td><div hidden>草稿</div>乙</td><td><p style='display:none'>旧<p>新</td>"
        ),
        (("甲", "乙", "新"),),
        id="hidden-element-in-a-cell",
    ),
    pytest.param(
        _table(
            "<td style='border:none;text-align:center'>边框</td><td style='display:block'>块</td>"
            "<td style='mso-number-format:none'>格式</td><td style='x-display:none'>x</td>"
        ),
        (("边框", "块", "格式", "x"),),
        id="styles-that-do-not-hide",
    ),
    pytest.param(
        "<table><tr><td>外</td></tr><tr style=display:none><td>"
        "<table><tr><td>内</td></tr></table>尾</td></tr><tr><td>后</td></tr></table>",
        (("外",), ("后",)),
        id="nested-table-in-a-hidden-row",
    ),
    pytest.param(
        "<table><col width=90><col style='display:none'>"
        "<tr><td>a</td><td style='display:none'><input value=隐藏></td><td>b</td></tr></table>",
        (("a", "", "b"),),
        id="input-in-a-hidden-cell",
    ),
    pytest.param(
        "<div style='display:none'><p>项目名称：示例</p>"
        "<table><tr><td>一级指标</td></tr></table></div>",
        (("项目名称：示例",), ("一级指标",)),
        id="hidden-section-outside-tables-is-read",
    ),
]


@pytest.mark.parametrize(("page", "rows"), HIDDEN_CASES)
def test_hidden_rows_and_cells_are_skipped(page, rows):
    assert _rows(page) == rows


# ---------------------------------------------------------------------------
# Styles set by a class of the page's style sheet (Excel's 另存为网页 writes them so)

_EXCEL_STYLE = """<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";}
.xl65
	{mso-style-parent:style0;
	text-align:center;}
.xl66
	{mso-style-parent:style0;
	text-decoration:line-through;}
td.xl67, .font5
	{color:red;
	text-decoration:underline line-through;}
tr.xl68 {display:none}
.xl69 { mso-hide: all }
/* .xl70 {display:none} is a comment */
div.note p.xl71 {text-decoration:line-through}
@media print { .xl72 {display:none} }
-->
</style>"""

CLASS_CASES = [
    pytest.param(
        _EXCEL_STYLE
        + _table(
            "<td class=xl65>≥1500户</td><td class=xl66>≥1000户</td>"
            "<td class='xl65 XL67'>旧</td><td>新<font class=font5>删</font>留</td>"
        ),
        (("≥1500户", "", "", "新留"),),
        id="struck-cells-and-runs",
    ),
    pytest.param(
        _EXCEL_STYLE
        + _table(
            "<td>a</td></tr><tr class=xl68><td>b</td>",
            "<td>c</td></tr><tr><td class=xl69>d</td><td>e</td>",
        ),
        (("a",), ("c",), ("", "e")),
        id="hidden-row-and-cell",
    ),
    pytest.param(
        _EXCEL_STYLE
        + _table(
            "<td class=xl70>注释里的规则</td><td class=xl71>后代选择器</td><td class=xl72>打印</td>"
        ),
        (("注释里的规则", "后代选择器", "打印"),),
        id="rules-not-looked-up",
    ),
    pytest.param(
        _EXCEL_STYLE
        + _table(
            "<td class=xl66 style='text-decoration:none'>≥12000人</td>"
            "<td class=xl66 style='color:red'>删</td>",
            "<td class=xl69 style='display:block'>显示</td><td hidden class=xl65>隐藏</td>",
        ),
        (("≥12000人", ""), ("显示", "")),
        id="the-inline-style-overrides-the-class",
    ),
    pytest.param(
        _table("<td class=xl66>在样式表之前</td>") + _EXCEL_STYLE,
        (("在样式表之前",),),
        id="a-class-before-its-sheet-is-plain",
    ),
    pytest.param(
        "<style>.x{display:none}</style><div class=x><p>项目名称：示例</p></div>",
        (("项目名称：示例",),),
        id="hidden-section-outside-tables-is-read",
    ),
]


@pytest.mark.parametrize(("page", "rows"), CLASS_CASES)
def test_styles_of_a_class(page, rows):
    assert _rows(page) == rows


# ---------------------------------------------------------------------------
# Hidden containers: last year's copy of the table, the other panes of a tab widget

_OLD = _table(
    "<td>项目名称</td><td>2022年示例项目</td>",
    "<td>一级指标</td><td>三级指标</td><td>年度指标值</td>",
    "<td>产出指标</td><td>旧指标</td><td>≥80个</td>",
)
_NEW = _table(
    "<td>项目名称</td><td>2023年示例项目</td>",
    "<td>一级指标</td><td>三级指标</td><td>年度指标值</td>",
    "<td>产出指标</td><td>新指标</td><td>≥100个</td>",
)
_NEW_ROWS = (
    ("项目名称", "2023年示例项目"),
    ("一级指标", "三级指标", "年度指标值"),
    ("产出指标", "新指标", "≥100个"),
)
_OLD_ROWS = (
    ("项目名称", "2022年示例项目"),
    ("一级指标", "三级指标", "年度指标值"),
    ("产出指标", "旧指标", "≥80个"),
)

CONTAINER_CASES = [
    pytest.param(f"<div style='display:none'>{_OLD}</div>{_NEW}", _NEW_ROWS, id="div-display-none"),
    pytest.param(f"<div hidden>{_OLD}</div>{_NEW}", _NEW_ROWS, id="div-hidden-attribute"),
    pytest.param(
        f"<style>.hide {{display:none}}</style><div class='pane hide'>{_OLD}</div>{_NEW}",
        _NEW_ROWS,
        id="div-hidden-by-a-class",
    ),
    pytest.param(
        f"<section style='mso-hide:all'><p>2022年度项目支出绩效自评表</p>{_OLD}</section>{_NEW}",
        _NEW_ROWS,
        id="section-with-its-title",
    ),
    pytest.param(
        _OLD.replace("<table>", "<table style='DISPLAY: none'>") + _NEW,
        _NEW_ROWS,
        id="table-display-none",
    ),
    pytest.param(
        "<table><tr><td>甲</td></tr><tbody style='display:none'><tr><td>旧</td></tr></tbody>"
        f"<tbody><tr><td>乙</td></tr></tbody></table>{_NEW}",
        (("甲",), ("乙",), *_NEW_ROWS),
        id="tbody-display-none",
    ),
    pytest.param(
        f"<p style='display:none'>2022年度项目支出绩效自评表</p><p>2023年度项目支出绩效自评表</p>{_NEW}",
        (("2023年度项目支出绩效自评表",), *_NEW_ROWS),
        id="hidden-title",
    ),
    pytest.param(
        "<ul class=tabs><li>2023年</li><li>2022年</li></ul>"
        f"<div class=pane>{_NEW}</div><div class=pane style='display:none'>{_OLD}</div>"
        "<p>特此公告</p>",
        (("2023年",), ("2022年",), *_NEW_ROWS, ("特此公告",)),
        id="tab-widget",
    ),
    pytest.param(
        f"<div hidden><div>说明</div><div><div>{_OLD}</div></div></div><div>正文</div>{_NEW}",
        (("正文",), *_NEW_ROWS),
        id="nested-divs-end-with-the-hidden-one",
    ),
    pytest.param(
        f"<table><tr><td><p>绩效自评表</p><div style='display:none'>{_OLD}</div>{_NEW}"
        "<p>单位：万元</p></td></tr></table>",
        (("绩效自评表",), *_NEW_ROWS, ("单位：万元",)),
        id="pane-in-a-layout-cell",
    ),
    pytest.param(
        f"<div style='font-size:0'><p style='font-size:14px'>标题</p></div>{_NEW}",
        (("标题",), *_NEW_ROWS),
        id="font-size-0-outside-cells-hides-nothing",
    ),
    pytest.param(
        f"<p>导航</p><div style='display:none'>{_OLD}</div>",
        (("导航",), *_OLD_ROWS),
        id="every-grid-hidden-the-page-is-read-whole",
    ),
    # A visible header without indicator rows under it is no grid the page shows.
    pytest.param(
        _table("<th>序号</th><th>指标名称</th><th>操作</th>")
        + f"<div style='display:none'>{_OLD}</div>",
        (("序号", "指标名称", "操作"), *_OLD_ROWS),
        id="an-empty-list-is-no-grid",
    ),
    pytest.param(
        _table("<th>序号</th><th>指标名称</th><th>操作</th>", "<td>暂无数据</td>")
        + f"<div style='display:none'>{_OLD}</div>",
        (("序号", "指标名称", "操作"), ("暂无数据",), *_OLD_ROWS),
        id="an-empty-list-with-its-note",
    ),
    pytest.param(
        _table(
            "<td>一级指标</td><td><select><option>全部</option></select></td>"
            "<td>三级指标</td><td><input value=''></td><td>查询</td>"
        )
        + f"<div style='display:none'>{_OLD}</div>",
        (("一级指标", "", "三级指标", "", "查询"), *_OLD_ROWS),
        id="a-search-form-is-no-grid",
    ),
    pytest.param(
        _table(
            "<td>指标名称</td><td><input></td><td>查询</td>",
            "<td>共0条</td><td>上一页</td><td>下一页</td>",
        )
        + f"<div style='display:none'>{_OLD}</div>",
        (("指标名称", "", "查询"), ("共0条", "上一页", "下一页"), *_OLD_ROWS),
        id="a-search-form-and-its-pager",
    ),
    pytest.param(
        f"<div style='display:none'>{_OLD}</div>"
        + _table(
            "<td>绩效指标</td><td></td><td>年度指标值</td>",
            "<td>一级指标</td><td>三级指标</td><td></td>",
            "<td>一、产出指标</td>",
            "<td>产出指标</td><td>新指标</td><td>≥100个</td>",
        ),
        (
            ("绩效指标", "", "年度指标值"),
            ("一级指标", "三级指标", ""),
            ("一、产出指标",),
            ("产出指标", "新指标", "≥100个"),
        ),
        id="a-two-row-header-and-a-level-heading-over-the-rows",
    ),
]


@pytest.mark.parametrize(("page", "rows"), CONTAINER_CASES)
def test_hidden_containers_are_left_out_when_the_page_shows_a_grid(page, rows):
    assert _rows(page) == rows


@pytest.mark.parametrize(
    "visible",
    [
        pytest.param(_table("<th>序号</th><th>指标名称</th><th>操作</th>"), id="empty-list"),
        pytest.param(
            _table(
                "<td>一级指标</td><td><select><option>全部</option></select></td>"
                "<td>三级指标</td><td><input value=''></td><td>查询</td>"
            ),
            id="search-form",
        ),
    ],
)
def test_a_table_hidden_under_an_empty_list_is_read(visible):
    page = (
        "<h3>2024年度项目支出绩效自评表</h3>"
        + visible
        + "<div style='display:none'>"
        + _table(
            "<td>项目名称</td><td>2024年农村饮水安全巩固提升工程</td>",
            "<td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>"
            "<td>实际完成值</td><td>分值</td><td>得分</td>",
            "<td>产出指标</td><td>数量指标</td><td>新建供水工程</td><td>≥12处</td>"
            "<td>12处</td><td>60</td><td>60</td>",
            "<td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td>"
            "<td>93%</td><td>40</td><td>40</td>",
        )
        + "</div>"
    )
    [table] = perftrack.read_text(page, format="html")
    assert table.project.name == "2024年农村饮水安全巩固提升工程"
    assert [(i.name, i.actual.text if i.actual else None) for i in table.indicators] == [
        ("新建供水工程", "12处"),
        ("群众满意度", "93%"),
    ]


def test_a_hidden_copy_of_last_years_table_is_no_table():
    page = (
        "<h3>项目支出绩效自评表</h3><div style='display:none'>"
        + _OLD.replace("旧指标</td><td>≥80个", "旧指标</td><td>≥80个</td><td>70个")
        + "</div>"
        + _NEW.replace("新指标</td><td>≥100个", "新指标</td><td>≥100个</td><td>120个").replace(
            "年度指标值", "年度指标值</td><td>实际完成值"
        )
    )
    [table] = perftrack.read_text(page, format="html")
    assert table.project.name == "2023年示例项目"
    assert [indicator.name for indicator in table.indicators] == ["新指标"]


UNDRAWN_CASES = [
    pytest.param(
        "<span style='visibility:hidden'>88%</span>93.5%", "93.5%", id="visibility-hidden"
    ),
    pytest.param("<span style='font-size:0'>88%</span>93.5%", "93.5%", id="font-size-0"),
    pytest.param("<font style='FONT-SIZE: 0pt'>88%</font>93.5%", "93.5%", id="font-size-0pt"),
    pytest.param("<span style='color:red;font-size:0.0px'>88%</span>93.5%", "93.5%", id="0.0px"),
    pytest.param("<span style='visibility:visible'>93.5%</span>", "93.5%", id="visible"),
    pytest.param("<span style='font-size:0.5em'>93.5%</span>", "93.5%", id="small-font"),
    pytest.param("<span style='font-size:10px'>93.5%</span>", "93.5%", id="10px"),
    # CSS draws a child that sets visibility:visible inside a hidden parent.
    pytest.param(
        "<span style='visibility:hidden'><span style='visibility:visible'>93%</span></span>",
        "93%",
        id="visible-child-of-hidden",
    ),
    pytest.param(
        "<span style='visibility:hidden'>88%<b><span style='VISIBILITY: visible'>93%</span>"
        "</b>旧</span>",
        "93%",
        id="visible-child-deeper-parent-text-dropped",
    ),
    pytest.param(
        "<span style='visibility:hidden'><span style='visibility:visible'>9"
        "<span style='visibility:hidden'>8</span><del>7</del>3%</span></span>",
        "93%",
        id="hidden-again-inside-the-visible-child",
    ),
    pytest.param(
        "<span style='visibility:hidden;font-size:0'><span style='visibility:visible'>88%"
        "</span></span>93%",
        "93%",
        id="visible-child-of-font-size-0-still-undrawn",
    ),
    pytest.param(
        "<del><span style='visibility:visible'>88%</span></del>93%", "93%", id="struck-stays-out"
    ),
    pytest.param(
        "<span style='display:none'><span style='visibility:visible'>88%</span></span>93%",
        "93%",
        id="display-none-stays-out",
    ),
]


@pytest.mark.parametrize(("cell", "text"), UNDRAWN_CASES)
def test_text_a_cell_does_not_draw_is_left_out(cell, text):
    assert _rows(_table(f"<td>满意度</td><td>{cell}</td>")) == (("满意度", text),)


def test_hidden_rows_leave_out_their_line_numbers():
    page = "<table>\n<tr><td>a</td></tr>\n<tr style='display:none'><td>b</td></tr>\n<tr><td>c</td></tr>\n</table>"
    [sheet] = read_html(page)
    assert sheet.rows == (("a",), ("c",))
    assert sheet.row_numbers == (2, 4)


# ---------------------------------------------------------------------------
# Ticks in a symbol font: Word writes 插入 → 符号 as the font's letter


def _word_symbol(char: str, font: str = '"Wingdings 2"') -> str:
    """A symbol as Word's web pages write it: the font's letter in two spans."""
    return (
        f"<span style='font-family:{font};mso-ascii-font-family:宋体;mso-hansi-font-family:"
        f"宋体;mso-char-type:symbol;mso-symbol-font-family:{font}'><span style='mso-char-type:"
        f"symbol;mso-symbol-font-family:{font}'>{char}</span></span>"
    )


SYMBOL_CASES = [
    pytest.param(
        _table(
            f"<td><p class=MsoNormal align=center>{_word_symbol('R')}</p></td>"
            f"<td><p class=MsoNormal align=center>{_word_symbol('&#163;')}</p></td>"
            f"<td>{_word_symbol('P')}</td><td>{_word_symbol('T')}{_word_symbol('S')}</td>"
        ),
        (("☑", "☐", "☑", "☑☑"),),
        id="word-wingdings-2",
    ),
    pytest.param(
        _table(
            "<td><span style='mso-char-type:symbol;mso-symbol-font-family:Wingdings'>ü</span></td>"
            f"<td>{_word_symbol('þ', 'Wingdings')}</td><td>{_word_symbol('ý', 'Wingdings')}</td>"
            f"<td>{_word_symbol('&#168;', 'Wingdings')}{_word_symbol('o', 'Wingdings')}"
            f"{_word_symbol('q', 'Wingdings')}</td>"
        ),
        (("☑", "☑", "☑", "☐☐☐"),),
        id="word-wingdings",
    ),
    pytest.param(
        _table(
            '<td><span style="FONT-FAMILY: Wingdings 2">R</span>确定能</td>'
            "<td><span style='font-family:\"Wingdings 2\",serif'>&#61522;</span></td>"
            '<td><font style="font-family: wingdings">&#xFC;</font></td>'
        ),
        (("☑确定能", "☑", "☑"),),
        id="font-family-only-any-case-private-use-code",
    ),
    pytest.param(
        _table(
            '<td><span style="font-family:宋体">R</span>ü£</td>'
            '<td><span style="mso-ascii-font-family:Wingdings;font-family:宋体">ü</span></td>'
            f"<td>{_word_symbol('R', 'Wingdings 3')}</td>"
            f"<td>{_word_symbol('J')}{_word_symbol('O')}</td>"
        ),
        (("Rü£", "ü", "R", "JO"),),
        id="other-fonts-and-other-symbols-unchanged",
    ),
    pytest.param(
        _table(
            '<td><span style="font-family:Wingdings 2">R<span>R</span>R</span>R</td>'
            '<td><span style="font-family:Wingdings 2">R<span style="font-family:Wingdings 3">'
            "R</span>R</span>R</td>"
        ),
        (("☑☑☑R", "☑R☑R"),),
        id="nested-elements",
    ),
    pytest.param(
        _table('<td><span style="font-family:Wingdings 2">R</td><td>R</td>', "<td>R</td>"),
        (("☑", "R"), ("R",)),
        id="unclosed-span-ends-with-its-cell",
    ),
    pytest.param(
        "<p>完成可能性：<span style='font-family:\"Wingdings 2\"'>R</span>确定能 "
        "<span style='font-family:\"Wingdings 2\"'>&#163;</span>有可能</p><p>R</p>",
        (("完成可能性：☑确定能 ☐有可能",), ("R",)),
        id="outside-a-table",
    ),
    pytest.param(
        _table('<td><span style="font-family:Wingdings 2"><del>R</del>&#163;</span></td>'),
        (("☐",),),
        id="struck-symbol-dropped",
    ),
]


@pytest.mark.parametrize(("page", "rows"), SYMBOL_CASES)
def test_symbol_font_ticks(page, rows):
    assert _rows(page) == rows


# ---------------------------------------------------------------------------
# Whole tables

_HEAD = "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td>"

FORM_PAGE = (
    "<form><h3>项目支出绩效运行监控表</h3><table border=1>"
    '<tr><td>项目名称</td><td colspan=6><input type="text" value="农村人居环境整治" readonly></td></tr>'
    '<tr><td>监控期间</td><td colspan=6><input type="text" value="2024年1月-2024年6月"></td></tr>'
    f"{_HEAD}<td>年度指标值</td><td>1-6月执行情况</td><td>完成目标可能性</td><td>偏差原因分析</td></tr>"
    '<tr><td>产出指标</td><td>数量指标</td><td>农村户厕改造数量</td><td><input value="≥1500户"></td>'
    '<td><input value="620户"></td><td><select><option value=1>确定能</option>'
    "<option value=2 selected>有可能</option><option value=3>完全不可能</option></select></td>"
    "<td><textarea>施工队伍不足，三季度加快推进</textarea></td></tr>"
    "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>村民满意度</td>"
    '<td><input value="≥90%"></td><td><input value="91%"></td>'
    "<td><select><option>确定能</option><option>有可能</option></select></td><td><textarea></textarea></td></tr>"
    "</table></form>"
)

EXCEL_PAGE = (
    "<table x:str><col width=90><col width=90 style='display:none'>"
    "<tr><td colspan=6>2024年度项目支出绩效自评表</td></tr>"
    "<tr><td>项目名称</td><td colspan=5>畜禽粪污资源化利用</td></tr>"
    f"{_HEAD}<td style='display:none'>上年完成值</td><td>年度指标值</td><td>实际完成值</td></tr>"
    "<tr><td rowspan=3>产出指标</td><td>数量指标</td><td>粪污处理设施建设数量</td>"
    "<td style='display:none' x:num>80</td><td>≥100个</td><td>104个</td></tr>"
    "<tr height=0 style='display:none'><td>质量指标</td><td>（已删除）设施验收合格率</td>"
    "<td style='display:none'></td><td>100%</td><td>60%</td></tr>"
    "<tr><td>质量指标</td><td>畜禽粪污综合利用率</td><td style='display:none'>78%</td>"
    "<td>≥80%</td><td>82.5%</td></tr>"
    "</table>"
)

REVIEWED_PAGE = (
    "<h3>2024年度项目支出绩效自评表</h3><table border=1>"
    "<tr><td>项目名称</td><td colspan=4>城市公园绿地提升</td></tr>"
    f"{_HEAD}<td>年度指标值</td><td>实际完成值</td></tr>"
    "<tr><td>产出指标</td><td>时效指标</td><td>项目完工时间</td>"
    "<td><del>2024年9月底前</del> 2024年10月底前</td><td>2024年10月15日</td></tr>"
    "<tr><td>效益指标</td><td>社会效益指标</td><td>受益人数</td>"
    "<td><s>≥3万人</s>≥5万人</td><td>5.2万人</td></tr>"
    "</table>"
)

TICK_PAGE = (
    "<table><tr><td>项目名称</td><td>示例项目</td></tr>"
    f"{_HEAD}<td>年度指标值</td><td>1-7月执行情况</td>"
    "<td colspan=5>偏差原因分析</td><td colspan=3>完成目标可能性</td></tr>"
    "<tr><td></td><td></td><td></td><td></td><td></td>"
    "<td>经费保障</td><td>制度保障</td><td>人员保障</td><td>硬件条件保障</td><td>其他</td>"
    "<td>确定能</td><td>有可能</td><td>完全不可能</td></tr>"
    "<tr><td>效益指标</td><td>社会效益指标</td><td>普及率</td><td>≥92%</td><td>90%</td>"
    "<td><input type=checkbox checked></td><td><input type=checkbox></td>"
    "<td><input type=checkbox checked></td><td><input type=checkbox></td><td><input type=checkbox></td>"
    "<td><input type=radio name=k1></td><td><input type=radio name=k1 checked></td>"
    "<td><input type=radio name=k1></td></tr>"
    "</table>"
)

ONE_CELL_TICK_PAGE = (
    "<table><tr><td>项目名称</td><td>示例项目</td></tr>"
    f"{_HEAD}<td>年度指标值</td><td>1-7月执行情况</td><td>完成目标可能性</td><td>偏差原因分析</td></tr>"
    "<tr><td>效益指标</td><td>社会效益指标</td><td>普及率</td><td>≥92%</td><td>90%</td>"
    "<td><label><input type=radio name=k checked>确定能</label> <label><input type=radio name=k>有可能"
    "</label> <label><input type=radio name=k>完全不可能</label></td>"
    "<td><input type=checkbox checked>经费保障 <input type=checkbox>制度保障 "
    "<input type=checkbox checked>人员保障</td></tr>"
    "</table>"
)


WINGDINGS_PAGE = (
    "<p class=MsoNormal>项目支出绩效运行监控表</p><p class=MsoNormal>（2024年1-6月）</p>"
    "<p class=MsoNormal>项目名称：高标准农田建设</p><table class=MsoNormalTable border=1>"
    f"{_HEAD.replace('<td>', '<td rowspan=2>')}<td rowspan=2>年度指标值</td>"
    "<td rowspan=2>1-6月执行情况</td><td colspan=3>完成目标可能性</td><td rowspan=2>偏差原因分析</td></tr>"
    "<tr><td>确定能</td><td>有可能</td><td>完全不可能</td></tr>"
    "<tr><td>产出指标</td><td>数量指标</td><td>高标准农田建设面积</td><td>≥5000亩</td><td>2600亩</td>"
    f"<td>{_word_symbol('R')}</td><td>{_word_symbol('&#163;')}</td><td>{_word_symbol('&#163;')}</td>"
    "<td></td></tr>"
    "<tr><td>产出指标</td><td>时效指标</td><td>项目完工时间</td><td>2024年10月底前</td><td>施工中</td>"
    f"<td>{_word_symbol('&#163;')}</td><td>{_word_symbol('&#163;')}</td><td>{_word_symbol('R')}</td>"
    "<td>资金拨付延迟，工期顺延</td></tr>"
    "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>农户满意度</td><td>≥90%</td><td>未开展</td>"
    f"<td>{_word_symbol('&#163;')}</td><td>{_word_symbol('R')}</td><td>{_word_symbol('&#163;')}</td>"
    "<td></td></tr></table>"
)


def _indicators(page: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    [table] = perftrack.read_text(page, format="html")
    return [
        (
            indicator.name,
            None if indicator.target is None else str(indicator.target),
            None if indicator.actual is None else str(indicator.actual),
            None if indicator.likelihood is None else indicator.likelihood.value,
            indicator.deviation_reason,
        )
        for indicator in table.indicators
    ]


TABLE_CASES = [
    pytest.param(
        FORM_PAGE,
        [
            (
                "农村户厕改造数量",
                "≥1500(户)",
                "620(户)",
                "possible",
                "施工队伍不足，三季度加快推进",
            ),
            ("村民满意度", "≥90(%)", "91(%)", None, ""),
        ],
        id="system-form",
    ),
    pytest.param(
        EXCEL_PAGE,
        [
            ("粪污处理设施建设数量", "≥100(个)", "104(个)", None, ""),
            ("畜禽粪污综合利用率", "≥80(%)", "82.5(%)", None, ""),
        ],
        id="excel-web-page-with-a-hidden-row",
    ),
    pytest.param(
        REVIEWED_PAGE,
        [
            ("项目完工时间", "2024年10月底前", "2024年10月15日", None, ""),
            ("受益人数", "≥5(万人)", "5.2(万人)", None, ""),
        ],
        id="struck-out-targets",
    ),
    pytest.param(
        TICK_PAGE,
        [("普及率", "≥92(%)", "90(%)", "possible", "经费保障、人员保障")],
        id="136-tick-columns-of-checkboxes",
    ),
    pytest.param(
        ONE_CELL_TICK_PAGE,
        [("普及率", "≥92(%)", "90(%)", "certain", "经费保障、人员保障")],
        id="radio-buttons-and-checkboxes-in-one-cell",
    ),
    pytest.param(
        WINGDINGS_PAGE,
        [
            ("高标准农田建设面积", "≥5000(亩)", "2600(亩)", "certain", ""),
            ("项目完工时间", "2024年10月底前", "施工中", "impossible", "资金拨付延迟，工期顺延"),
            ("农户满意度", "≥90(%)", "未开展", "possible", ""),
        ],
        id="136-tick-columns-of-wingdings-symbols",
    ),
]


@pytest.mark.parametrize(("page", "expected"), TABLE_CASES)
def test_tables_read_as_a_browser_shows_them(page, expected):
    assert _indicators(page) == expected


def test_form_page_project_and_period():
    [table] = perftrack.read_text(FORM_PAGE, format="html")
    assert table.project.name == "农村人居环境整治"
    assert table.period == perftrack.Period(
        perftrack.YearMonth(2024, 1), perftrack.YearMonth(2024, 6)
    )
