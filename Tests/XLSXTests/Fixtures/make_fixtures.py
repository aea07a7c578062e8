#!/usr/bin/env python3
"""Writes the small .xlsx fixtures of the XLSX tests with the standard library only (zipfile).

Run from this folder: python3 make_fixtures.py. The files are committed beside this script."""
import zipfile

CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'''


def cell(ref, value, strings, style_date):
    if isinstance(value, str):
        if value not in strings:
            strings.append(value)
        return f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>'
    if isinstance(value, tuple):  # ("date", serial)
        return f'<c r="{ref}" s="{style_date}"><v>{value[1]}</v></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def workbook(path, sheets, date1904=False, extra_parts=None, prefix=""):
    strings = []
    p = f"{prefix}:" if prefix else ""
    ns = f' xmlns{":" + prefix if prefix else ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        sheet_xml = []
        rels = []
        for n, (name, rows) in enumerate(sheets, 1):
            body = []
            for r, row in enumerate(rows, 1):
                if row is None:
                    continue
                cells = "".join(cell(f"{col(c)}{r}", v, strings, 1).replace("<c ", f"<{p}c ").replace("</c>", f"</{p}c>").replace("<v>", f"<{p}v>").replace("</v>", f"</{p}v>")
                                for c, v in enumerate(row) if v is not None)
                body.append(f'<{p}row r="{r}">{cells}</{p}row>')
            z.writestr(f"xl/worksheets/sheet{n}.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet{ns}><{p}sheetData>{"".join(body)}</{p}sheetData></{p}worksheet>')
            sheet_xml.append(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>')
            rels.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
        k = len(sheets)
        rels.append(f'<Relationship Id="rId{k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        rels.append(f'<Relationship Id="rId{k + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
        pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{pr}<sheets>{"".join(sheet_xml)}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
                   '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs></styleSheet>')
        si = "".join(f'<si><t xml:space="preserve">{s.replace("&", "&amp;").replace("<", "&lt;")}</t></si>' for s in strings)
        z.writestr("xl/sharedStrings.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}">{si}</sst>')
        for name, data in (extra_parts or {}).items():
            z.writestr(name, data)


HEADER = ["Partner", "Number", "Invoice/Bill Date", "Due Date", "Total", "Amount Due", "Currency"]
# 2026-01-15 is serial 46037 in the 1900 system and 44575 in the 1904 system; 2026-02-14: 46067 / 44605.
workbook("dates-1900.xlsx", [("Invoices", [HEADER,
    ["Bakkerij Janssens", "INV/2026/0001", ("date", 46037), ("date", 46067), 1234.56, 1234.56, "EUR"],
    ["Garage Peeters", "INV/2026/0002", ("date", 46037.75), ("date", 46067), 500, 250.5, "EUR"]])])
workbook("dates-1904.xlsx", [("Invoices", [HEADER,
    ["Bakkerij Janssens", "INV/2026/0001", ("date", 44575), ("date", 44605), 1234.56, 1234.56, "EUR"],
    ["Garage Peeters", "INV/2026/0002", ("date", 44575), ("date", 44605), 500, 250.5, "EUR"]])], date1904=True)
# Odoo's Aged Receivable as XLSX: a title, the header with an unlabelled first column, partner group
# rows, invoice rows, partner totals and a grand total.
workbook("odoo-aged.xlsx", [("Aged Receivable", [
    ["Aged Receivable"], ["As of 31/03/2026"], None,
    ["", "Invoice Date", "Amount Currency", "Currency", "Account", "Expected Date", "At Date", "Period 1", "Period 2", "Period 3", "Period 4", "Older", "Total"],
    ["Bakkerij Janssens", None, None, None, None, None, None, 121, 610, None, None, None, 731],
    ["INV/2026/00001", ("date", 46027), None, "EUR", "400000", ("date", 46057), None, 121, None, None, None, None, 121],
    ["INV/2026/00002", ("date", 46032), None, "EUR", "400000", ("date", 46062), None, None, 610, None, None, None, 610],
    ["Total Bakkerij Janssens", None, None, None, None, None, None, 121, 610, None, None, None, 731],
    ["Garage Peeters", None, None, None, None, None, None, None, None, 242, None, None, 242],
    ["INV/2026/00003", ("date", 46000), None, "EUR", "400000", ("date", 46030), None, None, None, 242, None, None, 242],
    ["Total", None, None, None, None, None, None, 121, 610, 242, None, None, 973]])])
# Two sheets (for --sheet) and a prefixed namespace (x:row, as some writers do).
workbook("two-sheets.xlsx", [("Notes", [["nothing here"]]), ("Open items", [HEADER,
    ["Bakkerij Janssens", "INV/2026/0009", ("date", 46037), ("date", 46067), 100, 100, "EUR"]])], prefix="x")


def rewrite(source, target, replacements):
    """Copies a workbook, replacing some parts (for the hostile fixtures)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, replacements.get(item.filename, zin.read(item.filename)))


# Hostile: a DTD with an entity ("billion laughs" starts so) in the shared strings.
rewrite("dates-1900.xlsx", "dtd.xlsx", {"xl/sharedStrings.xml":
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&a;</t></si></sst>'})
# Hostile: a sheet that unpacks to 8 MB from a few KB (the tests set a 1 MB limit).
rewrite("dates-1900.xlsx", "bomb.xlsx", {"xl/worksheets/sheet1.xml":
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + '<row r="1"><c r="A1"><v>1</v></c></row>' + " " * (8 << 20) + '</sheetData></worksheet>'})
