"""Markdown report: a bare URL or e-mail address in a cell renders as text (r35t).

GFM (GitHub's cmark-gfm, GitLab's comrak) links ``http://…``, ``www.…`` and ``a@b.cn``
written bare. A backslash before the scheme's ``:`` or after ``www`` keeps a URL text
(the autolink is found in the raw characters); an e-mail address is found after the
escapes are resolved, so it goes into a code span.
"""

from __future__ import annotations

import pytest

import perftrack
from perftrack.reports import render
from perftrack.reports._markdown import escape


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("见 http://evil.example", r"见 http\://evil.example"),
        ("HTTPS://evil.example/a_b", r"HTTPS\://evil.example/a\_b"),
        ("ftp://evil.example", r"ftp\://evil.example"),
        ("详见www.evil.example", r"详见www\.evil.example"),
        ("WWW.evil.example", r"WWW\.evil.example"),
        ("a@b.cn", "`a@b.cn`"),
        ("联系 zhang_san@b.gov.cn 或 li.si+x@b.cn", "联系 `zhang_san@b.gov.cn` 或 `li.si+x@b.cn`"),
        ("mailto:a@b.cn", "mailto:`a@b.cn`"),
        # no link: as before
        ("10:00开会", "10:00开会"),
        ("awww.b", "awww.b"),
        ("@张三", "@张三"),
        ("x@y", "x@y"),
        ("a_b|c", r"a\_b\|c"),
    ],
)
def test_escape_breaks_autolinks(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_score_markdown_reason_cell() -> None:
    rows = [
        ["财政项目支出绩效跟踪表"],
        ["跟踪时段：2024年1月至2024年6月"],
        ["项目名称", "城市公交运营补贴", "", "", ""],
        ["主管部门", "某县交通运输局", "", "实施单位", "某县公路中心"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "跟踪期实际完成值", "偏差原因分析"],
        ["产出指标", "数量指标", "改造里程", "≥100公里", "20公里", "见 http://evil.example a@b.cn"],
    ]
    text = "".join("\t".join(row) + "\n" for row in rows)
    (table,) = perftrack.read_text(text, format="text", name="表.tsv")
    out = render([perftrack.score(table)], [], "markdown")
    assert r"见 http\://evil.example `a@b.cn`" in out
    assert "http://evil" not in out
