"""The HTML report in a real browser: headless Chromium paints it and finds the projects.

Chromium is looked for at ``/usr/bin/chromium`` and as ``chromium`` or
``chromium-browser`` on PATH; the test is skipped, saying so, only where there
is none (Debian/Ubuntu: ``apt-get install chromium``). The screenshot is decoded
with ``zlib`` and ``struct`` alone, so no imaging library is needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

import perftrack
from perftrack.reports import render

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_7a0b2a9980fedb64.txt"
PROJECTS = ("两新党建工作", "社区党群服务中心工作")
TIMEOUT = 120
WHITE = (255, 255, 255)
# The budget bar of the first table (67.27% against 66.67%, not behind) and the
# amber of its pending indicators in the level-1 bars (the page's _FILLS).
GREEN = (0x2D, 0xA4, 0x4E)
AMBER = (0xD4, 0xA7, 0x2C)


def _chromium() -> str:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.skip(
        "Chromium not found (/usr/bin/chromium, or chromium / chromium-browser on PATH): "
        "install it (apt-get install chromium) to render the HTML report in a browser"
    )


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    return result


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(kind: int, raw: bytes, prev: bytes, bpp: int) -> bytes:
    """One scanline without its PNG filter (RFC 2083 §6)."""
    if kind == 0:
        return raw
    if kind == 2 and not any(raw):
        return prev
    out = bytearray(raw)
    for i in range(len(out)):
        left = out[i - bpp] if i >= bpp else 0
        up = prev[i]
        if kind == 1:
            out[i] = (out[i] + left) & 0xFF
        elif kind == 2:
            out[i] = (out[i] + up) & 0xFF
        elif kind == 3:
            out[i] = (out[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            out[i] = (out[i] + _paeth(left, up, prev[i - bpp] if i >= bpp else 0)) & 0xFF
        else:
            pytest.fail(f"PNG filter type {kind} does not exist")
    return bytes(out)


def _pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the RGB(A) rows of an 8-bit, non-interlaced truecolour PNG."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    position, data, header = 8, bytearray(), None
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            data += body
        elif kind == b"IEND":
            break
        position += 12 + length
    assert header is not None, "PNG without IHDR"
    width, height, depth, colour, _, _, interlace = header
    assert (depth, colour, interlace) in {(8, 2, 0), (8, 6, 0)}, header
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(bytes(data))
    rows, prev = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        prev = _unfilter(raw[start], raw[start + 1 : start + 1 + stride], prev, bpp)
        rows.append(prev)
    return width, height, [row if bpp == 3 else _rgb(row) for row in rows]


def _rgb(row: bytes) -> bytes:
    """RGBA to RGB (a screenshot is opaque)."""
    return bytes(b for i, b in enumerate(row) if i % 4 != 3)


def _near(colours: Counter[bytes], colour: tuple[int, int, int], tolerance: int = 8) -> int:
    """How many pixels are within *tolerance* of *colour* in every channel."""
    return sum(
        count
        for pixel, count in colours.items()
        if all(abs(pixel[k] - colour[k]) <= tolerance for k in range(3))
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    cards = [perftrack.score(table) for table in perftrack.read(SEED)]
    folder = tmp_path_factory.mktemp("report")
    path = folder / "报告.html"
    path.write_text(render(cards, [{"file": "坏.xlsx", "message": "不是表格"}], "html"), "utf-8")
    return path


def test_chromium_paints_the_report(page, tmp_path):
    browser = _chromium()
    shot = tmp_path / "shot.png"
    _run(
        browser,
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
        page.as_uri(),
    )
    width, height, rows = _pixels(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    colours = Counter(row[i : i + 3] for row in rows for i in range(0, len(row), 3))
    painted = width * height - colours[bytes(WHITE)]
    # Text (anti-aliased), table borders, verdict backgrounds and the SVG charts.
    assert len(colours) > 100, f"only {len(colours)} colours: is the page blank?"
    assert painted > width * height // 50, f"only {painted} pixels are not white"
    assert _near(colours, GREEN) > 5000, "the budget bar of the first table is not painted"
    assert _near(colours, AMBER) > 200, "the level-1 bars are not painted"


def test_chromium_finds_the_projects(page, tmp_path):
    browser = _chromium()
    result = _run(browser, tmp_path / "profile", "--dump-dom", page.as_uri())
    dom = result.stdout.decode("utf-8")
    assert '<html lang="zh-CN">' in dom
    for project in PROJECTS:
        assert project in dom
    assert dom.count("<svg") == 8
    assert "执行率 21.77%" in dom
    assert "序时进度 66.67%" in dom
    assert "坏.xlsx" in dom
