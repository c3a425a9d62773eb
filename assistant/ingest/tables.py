"""Spreadsheets (.xlsx with openpyxl, .xls with xlrd, .csv) -> Documents.

Each sheet is an article titled by its name; each row is one passage that carries its
column headers (项目：康养服务中心，投资额：3.2亿元。), the rule DOCX tables follow, so a
figure in a cell is quoted, retrieved and fact-checked with what it measures. Formulas are
read as the values the spreadsheet program computed and saved.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

from assistant.errors import LoadError
from assistant.ingest.decoding import decode, replacement_warning
from assistant.ingest.documents import printable, table_row, text_document

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx is an OLE container, not a zip
UNIT_RE = re.compile(r"^(.*?)\s*[（(]\s*(?:单位[:：]\s*)?([^()（）\d]{1,6})\s*[)）]\s*$")


def cell_text(value, number_format: str = "") -> str:
    """A cell as people read it: 6.5% not 0.065, 1200 not 1200.0, 2024年12月31日 not a datetime."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime) and (value.hour, value.minute, value.second) != (0, 0, 0):
        return f"{value.year}年{value.month}月{value.day}日{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float)):
        if "%" in number_format:
            return f"{value * 100:.10g}%"
        if float(value).is_integer():
            return str(int(value))
        return f"{value:.10g}"
    return str(value).strip()


def _with_unit(header: str, value: str) -> tuple[str, str]:
    """投资额（亿元） with 3.2 -> 投资额, 3.2亿元: the figure carries its unit, as in prose."""
    m = UNIT_RE.match(header)
    if m and re.fullmatch(r"-?[\d,]+(?:\.\d+)?", value):
        return m.group(1), value + m.group(2)
    return header, value


def sheet_blocks(title: str, rows: list[list[str]]) -> list[str]:
    """A sheet's rows -> `# title` and one sentence per row. A lone cell above the header
    row (a table caption) joins the title; the first row with two or more cells is the header."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    captions = []
    while rows and sum(1 for c in rows[0] if c.strip()) == 1 and len(rows) > 1:
        captions.append(next(c for c in rows[0] if c.strip()).strip())
        rows = rows[1:]
    blocks = [f"# {' '.join([title] + captions)}"]
    if not rows:
        return blocks
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    headers = rows[0] if len(rows) > 1 else []
    for row in rows[1:] if headers else rows:
        pairs = [_with_unit(h, c) for h, c in zip(headers, row)] if headers else []
        blocks.append(table_row([h for h, _ in pairs], [c for _, c in pairs]) if pairs else table_row([], row))
    return blocks


def _finish(name: str, blocks: list[str], data: bytes, encoding: str, warnings=()):
    if not any(not b.startswith("# ") for b in blocks):
        raise LoadError(f"{printable(name)}: the spreadsheet has no cells with text or numbers")
    return text_document(name, blocks, data, encoding, warnings=tuple(warnings))


def xlsx_document(name: str, data: bytes, progress=None):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    shown = printable(name)
    if data.startswith(OLE_MAGIC):
        raise LoadError(f"{shown}: the workbook is password-protected (encrypted) or is an old .xls renamed; "
                        "save it without a password as .xlsx")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise LoadError(f"{shown}: not a readable XLSX, truncated or damaged ({type(exc).__name__})") from exc
    blocks = []
    try:
        for sheet in book.worksheets:
            # A formula the saving program never computed has no value: its cell reads as empty.
            rows = [[cell_text(getattr(cell, "value", None), getattr(cell, "number_format", "") or "") for cell in row]
                    for row in sheet.iter_rows()]
            blocks.extend(sheet_blocks(sheet.title, rows))
    except Exception as exc:  # openpyxl raises many kinds on a broken sheet's XML
        raise LoadError(f"{shown}: a sheet of the XLSX cannot be read ({type(exc).__name__}: {str(exc)[:80]})") from exc
    finally:
        book.close()
    return _finish(name, blocks, data, "xlsx")


def xls_document(name: str, data: bytes, progress=None):
    import xlrd

    shown = printable(name)
    try:
        book = xlrd.open_workbook(file_contents=data)
    except xlrd.biffh.XLRDError as exc:
        reason = "password-protected (encrypted)" if "encrypt" in str(exc).lower() else str(exc)[:80]
        raise LoadError(f"{shown}: not a readable XLS ({reason})") from exc
    except Exception as exc:  # xlrd raises AssertionError, struct.error and others on damaged files
        raise LoadError(f"{shown}: not a readable XLS, truncated or damaged ({type(exc).__name__})") from exc
    blocks = []
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            cells = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                value = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    value = None
                cells.append(cell_text(value))
            rows.append(cells)
        blocks.extend(sheet_blocks(sheet.name, rows))
    return _finish(name, blocks, data, "xls")


def csv_document(name: str, data: bytes, progress=None):
    shown = printable(name)
    text, encoding = decode(data, shown)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|，")
    except csv.Error:
        dialect = csv.excel_tab if name.lower().endswith(".tsv") else csv.excel
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise LoadError(f"{shown}: not a readable CSV ({exc})") from exc
    stem = re.sub(r"\.[^.]+$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    return _finish(name, sheet_blocks(stem, rows), data, encoding, [replacement_warning(text, shown)])
