"""`suyuan bench ocr`: character accuracy of the OCR on rendered scans, and pages per second.

Pages are drawn from the seed documents' own sentences with a CJK font that Debian ships
(fonts-wqy-microhei, installed by `make install-browser`), as one-column and two-column A4
pages at 150 dpi on grey paper, and read back on the path an indexed scan takes (recognition,
then reading order and paragraphs). Accuracy is 1 - edit distance / length over the text
with white space removed, so a page read in the wrong column order loses accuracy too.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from assistant.ingest import ocr

FONT_PATHS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
PAGE = (1240, 1754)  # A4 at 150 dpi


def font(size: int):
    from PIL import ImageFont

    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    raise RuntimeError("no CJK font found: install Debian's fonts-wqy-microhei (`make install-browser`)")


def render(columns: list[list[str]], headline: str = "", width: int = PAGE[0], size: int = 24, height: int | None = None):
    """A page image as a scanner gives it: grey paper, black text, no text layer. Each column
    is a list of lines; paragraphs start with two ideographic spaces, as Chinese papers set them."""
    from PIL import Image, ImageDraw

    line = int(size * 1.6)
    top = 40 + (int(size * 3) if headline else 0)
    height = height or top + line * max(len(c) for c in columns) + 60
    image = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(image)
    if headline:
        draw.text((width // 6, 40), headline, font=font(int(size * 1.6)), fill=0)
    body = font(size)
    column_width = (width - 60) // len(columns)
    for n, lines in enumerate(columns):
        for i, text in enumerate(lines):
            draw.text((40 + n * column_width, top + i * line), text, font=body, fill=0)
    return image


def wrap(paragraphs: list[str], per_line: int, lines: int) -> list[str]:
    """Paragraphs set in lines of `per_line` characters (first line indented), at most `lines`."""
    out = []
    for p in paragraphs:
        text = "\u3000\u3000" + p
        out.extend(text[i : i + per_line] for i in range(0, len(text), per_line))
        if len(out) >= lines:
            break
    return out[:lines]


def distance(a: str, b: str) -> int:
    """Levenshtein distance, two rows at a time."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def pages_from(seeds: Path, count: int, size: int = 24) -> list[tuple[str, object, str]]:
    """(kind, image, true text) for `count` pages alternating one and two columns."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds).glob("*.txt"))]
    paragraphs = [p.strip() for t in texts for p in t.splitlines() if len(p.strip()) >= 40]
    if not paragraphs:
        raise RuntimeError(f"no paragraphs of text in {seeds}/*.txt to draw pages from")
    rows = (PAGE[1] - 140) // int(size * 1.6)
    out, at = [], 0
    for n in range(count):
        columns = 1 if n % 2 == 0 else 2
        per_line = ((PAGE[0] - 60) // columns - 40) // size
        setting = []
        for _ in range(columns):
            lines = wrap(paragraphs[at:] + paragraphs[:at], per_line, rows)
            at = (at + 3) % len(paragraphs)
            setting.append(lines)
        image = render(setting, size=size, height=PAGE[1])
        truth = "".join("".join(c) for c in setting)
        out.append((f"{columns} column{'s' if columns > 1 else ''}", image, truth))
    return out


def run(seeds: Path, count: int = 4, progress=None) -> dict:
    squeeze = lambda s: re.sub(r"\s+", "", s)
    ocr.engine()  # loading the models is not reading pages
    rows, seconds = [], 0.0
    for n, (kind, image, truth) in enumerate(pages_from(seeds, count), start=1):
        t0 = time.perf_counter()
        found = "".join(ocr.paragraphs(ocr.recognise(image)))
        spent = time.perf_counter() - t0
        seconds += spent
        truth = squeeze(truth)
        accuracy = 1 - distance(squeeze(found), truth) / max(1, len(truth))
        rows.append({"page": n, "layout": kind, "characters": len(truth), "accuracy": round(accuracy, 4),
                     "seconds": round(spent, 2)})
        if progress:
            progress(rows[-1])
    total = sum(r["characters"] for r in rows)
    return {"pages": rows, "cores": os.cpu_count(), "pages_per_second": round(len(rows) / seconds, 3),
            "character_accuracy": round(sum(r["accuracy"] * r["characters"] for r in rows) / max(1, total), 4),
            "engine": "rapidocr (PP-OCR det/rec, onnxruntime, models from the wheel)"}


def main(args, settings) -> int:
    """`suyuan bench ocr`: progress per page on stderr, the summary (or JSON) on stdout."""
    import json
    import sys

    def page_done(row):
        if not args.json:
            print(f"  page {row['page']} ({row['layout']}): accuracy {row['accuracy']:.4f}, {row['seconds']} s",
                  file=sys.stderr, flush=True)

    report = run(settings.seeds, args.pages, page_done)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else
          f"OCR character accuracy {report['character_accuracy']:.4f} on {len(report['pages'])} rendered pages; "
          f"{report['pages_per_second']} pages/s on {report['cores']} cores")
    return 0
