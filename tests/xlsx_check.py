#!/usr/bin/env python3
"""Reads the workbook netzwerkkarte-cli writes as a spreadsheet user's tools do: openpyxl
(Debian's python3-openpyxl) and Python's zipfile and xml.etree (issue 18).

usage: xlsx_check.py CLI SESSION OUT.xlsx

Checks: the archive is sound (every entry's CRC) and every part is well-formed XML; a sheet
per table in order; the header row bold and frozen, an AutoFilter over each table, column
widths set; typed cells: a district's code "01" is the text "01", counts and indicator
values are numbers, offers per 1,000 children a number with one decimal.
Exit code 0 when everything holds, else 1 with every failure listed.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

SHEETS = ["Angebote", "Verbindungen", "Probleme", "Stärken", "Lösungsvorschläge", "Abdeckung", "Stadtteile"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def column(sheet, header):
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    failures.append(f"{sheet.title}: no column {header}")
    return 1


def main(cli, session, out):
    subprocess.run([cli, "export", session, "--format", "xlsx", "-o", out], check=True)
    with zipfile.ZipFile(out) as z:
        check(z.testzip() is None, "a damaged entry")
        for name in z.namelist():
            ET.fromstring(z.read(name))
    book = openpyxl.load_workbook(out)
    check(book.sheetnames == SHEETS, f"sheets {book.sheetnames}")
    for sheet in book.worksheets:
        check(sheet.freeze_panes == "A2", f"{sheet.title}: header not frozen")
        check(all(c.font.b for c in sheet[1]), f"{sheet.title}: header not bold")
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        check(sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}", f"{sheet.title}: filter {sheet.auto_filter.ref}")
        check(sheet.column_dimensions["A"].width >= 6, f"{sheet.title}: column width")

    offers = book["Angebote"]
    check(all(isinstance(offers.cell(r, 1).value, int) for r in range(2, offers.max_row + 1)), "offer ids are numbers")
    check(offers.cell(2, column(offers, "Reichweite")).value == "im Stadtteil", "an offer's reach")
    check(offers.cell(2, column(offers, "Finanzierung")).value == "Regelfinanzierung", "an offer's funding")

    coverage = book["Abdeckung"]
    code = coverage.cell(2, column(coverage, "Schlüssel"))
    check(code.value == "01" and code.data_type == "s", f"the code stays the text '01': {code.value!r}")
    per_thousand = coverage.cell(2, column(coverage, "0-3: je 1.000 Kinder")).value
    check(isinstance(per_thousand, float) and per_thousand == round(per_thousand, 1), f"one decimal: {per_thousand!r}")
    check(isinstance(coverage.cell(2, column(coverage, "0-3: Angebote")).value, int), "a count is a number")

    districts = book["Stadtteile"]
    check(districts.cell(2, column(districts, "Schlüssel")).value == "01", "Stadtteile: the code as text")
    sgb2 = districts.cell(2, column(districts, "SGB-II-Quote (%)")).value
    check(isinstance(sgb2, float), f"an indicator's value is a number: {sgb2!r}")

    for failure in failures:
        print("FAIL:", failure)
    cells = sum(sheet.max_row * sheet.max_column for sheet in book.worksheets)
    print(f"{'OK' if not failures else 'FAILED'}: {len(book.worksheets)} sheets, {cells} cells checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
