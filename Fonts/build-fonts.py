#!/usr/bin/env python3
"""Builds Overdue Sans: DejaVu Sans (Debian fonts-dejavu-core/-extra) cut to the Latin scripts of
the letters (Latin-1, Latin Extended-A, Romanian, the Windows-1252 punctuation and the euro sign),
without hinting or layout tables, renamed (the DejaVu/Bitstream Vera licence asks modified
versions not to carry the Bitstream or Vera names; we rename the family as a whole). The name
table keeps the copyright notice (ID 0) and the licence address (ID 14); the licence text itself
(ID 13, 8 KB that every letter would embed) is in Fonts/LICENSE-DejaVu.txt beside the files.

    pip install fonttools && python3 Fonts/build-fonts.py
"""
import os, subprocess
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "/usr/share/fonts/truetype/dejavu"
UNICODES = ("U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02C7,U+02D8-02DD,U+2013-2014,"
            "U+2018-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,U+20AC,U+2122,U+2212")
FACES = [("DejaVuSans", "Regular", "Book"), ("DejaVuSans-Bold", "Bold", "Bold"),
         ("DejaVuSans-Oblique", "Italic", "Oblique"), ("DejaVuSans-BoldOblique", "BoldItalic", "Bold Oblique")]

for source, face, subfamily in FACES:
    out = os.path.join(HERE, f"OverdueSans-{face}.ttf")
    subprocess.run(["pyftsubset", os.path.join(SOURCE, source + ".ttf"), f"--unicodes={UNICODES}", "--no-hinting",
                    "--layout-features=", "--drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH,gasp", "--no-glyph-names",
                    "--name-IDs=0,1,2,3,4,5,6,14", "--name-languages=0x409", f"--output-file={out}"], check=True)
    font = TTFont(out)
    names = font["name"]
    full = "Overdue Sans" + ("" if subfamily == "Book" else " " + subfamily)
    for record in list(names.names):
        if record.nameID == 1: names.setName("Overdue Sans", 1, record.platformID, record.platEncID, record.langID)
        if record.nameID == 3: names.setName(f"Overdue Sans {subfamily}: cut of DejaVu Sans 2.37", 3, record.platformID, record.platEncID, record.langID)
        if record.nameID == 4: names.setName(full, 4, record.platformID, record.platEncID, record.langID)
        if record.nameID == 6: names.setName("OverdueSans" + ("" if subfamily == "Book" else "-" + subfamily.replace(" ", "")), 6,
                                             record.platformID, record.platEncID, record.langID)
    # A one-instruction 'prep' (PUSHB[0] 0, POP: does nothing). libharu writes the 13 TrueType
    # tables a PDF needs in a fixed order, 'prep' last; when it is missing (hinting dropped) and
    # the tables before it fill its 4 KB blocks exactly, its own memory stream fails to seek to
    # the empty table at the end and the document cannot be written (HPDF_INVALID_OBJECT).
    prep = newTable("prep")
    prep.program = ttProgram.Program()
    prep.program.fromBytecode(bytes([0xB0, 0x00, 0x21]))
    font["prep"] = prep
    font.save(out)
    print(out, os.path.getsize(out))
