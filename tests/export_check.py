#!/usr/bin/env python3
"""Reads the exports of netzwerkkarte-cli back as their users' tools do and compares them
with the session (issue 6's acceptance).

usage: export_check.py CLI WORKDIR

The session is the demo workshop plus one awkward offer: named <script>alert(1)</script>,
a phone number "+49 5181 123" as contact, the formula "=1+2" as description, a place west
of Greenwich (a negative longitude). The session's truth is its JSON copy
(`netzwerkkarte-cli convert`). Checks:
- CSV, German Excel dialect, read with Python's csv module (utf-8-sig, ';'): row counts,
  names with umlauts, numbers (decimal comma), the negative number and the phone number as
  they are, the formula neutralised with an apostrophe (which a spreadsheet user sees);
  the RFC 4180 dialect (',', decimal point, no BOM).
- GeoJSON: types, [lon, lat] order within the session's bounds, closed rings turning the
  right way, offers at their places; re-imported with `import-districts`.
- HTML and Markdown: the script's name appears escaped, never as markup.
Exit code 0 when everything holds, else 1 with every failure listed.
"""
import csv
import io
import json
import math
import subprocess
import sys
from pathlib import Path

SCRIPT = "<script>alert(1)</script>"
PHONE = "+49 5181 123"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def cli(*args):
    result = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"netzwerkkarte-cli {' '.join(map(str, args))} failed: {result.stderr}")
    return result.stdout


def session_of(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))["netzwerkkarte"]["session"]


def make_awkward_session():
    cli("demo", "-o", WORK / "demo.json")
    doc = json.loads((WORK / "demo.json").read_text(encoding="utf-8"))
    s = doc["netzwerkkarte"]["session"]
    offer = {k: v for k, v in s["offers"][1].items() if k != "cereal_class_version"}
    offer.update(id=s["nextId"], name=SCRIPT, provider='Träger; "Zitat"', contact=PHONE, description="=1+2",
                 hasLocation=True, location={"lon": -3.5, "lat": 50.25}, district=0, capacity=12)
    s["offers"].append(offer)
    s["nextId"] += 1
    (WORK / "awkward.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    cli("convert", WORK / "awkward.json", WORK / "awkward.nwk")  # validates it
    cli("convert", WORK / "awkward.nwk", WORK / "truth.json")
    return session_of(WORK / "truth.json")


def number(text, decimal=","):
    return float(text.replace(decimal, ".")) if text != "" else None


def read_csv(table, *flags, delimiter=";", encoding="utf-8-sig"):
    out = WORK / f"{table}{'-rfc' if flags else ''}.csv"
    cli("export", WORK / "awkward.nwk", "--format", "csv", "--table", table, *flags, "-o", out)
    raw = out.read_bytes()
    check(raw.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig"), f"{table}: byte order mark")
    check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), f"{table}: CRLF line ends only")
    with io.open(out, encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=0, abs_tol=1e-9)


def check_offers(s):
    rows = read_csv("offers")
    check(len(rows) == len(s["offers"]), f"offers: {len(rows)} rows for {len(s['offers'])} offers")
    for row, o in zip(rows, s["offers"]):
        check(number(row["ID"]) == o["id"], f"offer {o['id']}: ID {row['ID']}")
        check(row["Name"] == o["name"], f"offer {o['id']}: name {row['Name']!r} != {o['name']!r}")
        check(row["Träger"] == o["provider"], f"offer {o['id']}: provider {row['Träger']!r}")
        if o["hasLocation"]:
            check(close(number(row["Länge"]), o["location"]["lon"]), f"offer {o['id']}: longitude {row['Länge']}")
            check(close(number(row["Breite"]), o["location"]["lat"]), f"offer {o['id']}: latitude {row['Breite']}")
        capacity = number(row["Plätze"])
        check(capacity == (o["capacity"] if o["capacity"] >= 0 else None), f"offer {o['id']}: places {row['Plätze']}")
    umlauts = [r["Name"] for r in rows if any(c in r["Name"] for c in "äöüß")]
    check(len(umlauts) >= 3, f"offers: names with umlauts {umlauts}")
    awkward = rows[-1]
    check(awkward["Name"] == SCRIPT, f"script name read back as {awkward['Name']!r}")
    check(awkward["Länge"] == "-3,5" and number(awkward["Länge"]) == -3.5, f"negative number read back as {awkward['Länge']!r}")
    check(awkward["Kontakt"] == PHONE, f"phone number read back as {awkward['Kontakt']!r}")
    check(awkward["Beschreibung"] == "'=1+2", f"formula read back as {awkward['Beschreibung']!r} (expected '=1+2)")

    rfc = read_csv("offers", "--rfc4180", delimiter=",", encoding="utf-8")
    check(len(rfc) == len(s["offers"]), "offers (RFC 4180): row count")
    check(rfc[-1]["Länge"] == "-3.5" and rfc[-1]["Kontakt"] == PHONE and rfc[-1]["Name"] == SCRIPT,
          f"offers (RFC 4180): awkward row {rfc[-1]}")
    check(rfc[0]["Altersgruppen"] == "0-3, 3-6", f"offers (RFC 4180): a cell with commas {rfc[0]['Altersgruppen']!r}")


def check_links_problems_proposals(s):
    names = {o["id"]: o["name"] for o in s["offers"]}
    rows = read_csv("links")
    check(len(rows) == len(s["links"]), "links: row count")
    for row, link in zip(rows, s["links"]):
        check((row["Von"], row["Nach"]) == (names[link["from"]], names[link["to"]]), f"link {link['id']}: {row}")
    rows = read_csv("problems")
    check(len(rows) == len(s["problems"]), "problems: row count")
    check([r["Problem"] for r in rows] == [p["text"] for p in s["problems"]], "problems: texts")
    rows = read_csv("proposals")
    check(len(rows) == len(s["proposals"]), "proposals: row count")
    check([r["Lösungsvorschlag"] for r in rows] == [p["text"] for p in s["proposals"]], "proposals: texts")
    tally = json.loads(cli("tally", WORK / "awkward.nwk"))
    closed = [r for r in tally["rounds"] if r["state"] == "closed"]
    hidden = [r for r in tally["rounds"] if r["state"] != "closed"]
    for r in closed:
        for p in r["proposals"]:
            row = next(row for row in rows if number(row["ID"]) == p["id"])
            check(number(row[f"{r['name']}: Rang"]) == p["rank"], f"proposal {p['id']}: rank in {r['name']}")
            check(close(number(row[f"{r['name']}: Ergebnis"]), p["score"]), f"proposal {p['id']}: score in {r['name']}")
    check(all(r["name"] not in "".join(rows[0].keys()) for r in hidden), "proposals: a hidden round was exported")
    with_hidden = read_csv("proposals", "--include-hidden")
    check(any("Zwischenergebnis" in k for k in with_hidden[0].keys()), "proposals --include-hidden: interim round missing")


def check_coverage(s):
    rows = read_csv("coverage")
    matrix = json.loads(cli("coverage", WORK / "awkward.nwk"))
    check(len(rows) == len(matrix["districts"]) == len(s["districts"]), "coverage: row count")
    ages = [g["name"] for g in matrix["ageGroups"]]
    for row, d in zip(rows, matrix["districts"]):
        check(row["Stadtteil"] == d["name"], f"coverage: district {row['Stadtteil']!r}")
        for age, cell in zip(ages, d["cells"]):
            check(number(row[f"{age}: Angebote"]) == cell["offers"], f"coverage {d['name']} {age}: offers")
            check(abs(number(row[f"{age}: je 1.000 Kinder"]) - cell["perThousand"]) <= 0.05 + 1e-9,  # one decimal
                  f"coverage {d['name']} {age}: per 1,000")
            check(row[f"{age}: Lücke"] == ("ja" if cell["gap"] else "nein"), f"coverage {d['name']} {age}: gap")


def signed_area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def check_ring(ring, outline, bounds, where):
    check(len(ring) >= 4 and ring[0] == ring[-1], f"{where}: ring not closed")
    check((signed_area(ring) > 0) == outline, f"{where}: {'outline' if outline else 'hole'} turns the wrong way")
    for lon, lat in ring:
        check(bounds[0] <= lon <= bounds[1] and bounds[2] <= lat <= bounds[3], f"{where}: [{lon}, {lat}] outside the map")


def check_geojson(s):
    out = WORK / "map.geojson"
    cli("export", WORK / "awkward.nwk", "--format", "geojson", "-o", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    points = [p for d in s["districts"] for part in d["parts"] for r in part["rings"] for p in r]
    bounds = (min(p["lon"] for p in points), max(p["lon"] for p in points),
              min(p["lat"] for p in points), max(p["lat"] for p in points))
    check(doc["type"] == "FeatureCollection", "geojson: not a FeatureCollection")
    features = doc["features"]
    check(len(features) == len(s["districts"]) + len(s["offers"]), "geojson: feature count")
    check(all(f["type"] == "Feature" for f in features), "geojson: a member is not a Feature")
    for f, d in zip(features, s["districts"]):
        g = f["geometry"]
        check(g["type"] in ("Polygon", "MultiPolygon"), f"{d['name']}: geometry {g['type']}")
        polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        check(len(polygons) == len(d["parts"]), f"{d['name']}: parts")
        for polygon in polygons:
            for i, ring in enumerate(polygon):
                check_ring(ring, i == 0, bounds, d["name"])
        check(f["properties"]["Name"] == d["name"], f"{d['name']}: name property")
    for f, o in zip(features[len(s["districts"]):], s["offers"]):
        check(f["properties"]["Name"] == o["name"], f"offer {o['id']}: name property {f['properties']['Name']!r}")
        if o["hasLocation"]:
            check(f["geometry"]["type"] == "Point" and f["geometry"]["coordinates"] == [o["location"]["lon"], o["location"]["lat"]],
                  f"offer {o['id']}: point {f['geometry']}")
        else:
            check(f["geometry"] is None, f"offer {o['id']}: geometry without a place")
    cli("import-districts", out, "-o", WORK / "reimported.json")
    again = session_of(WORK / "reimported.json")
    check([(d["name"], d["code"]) for d in again["districts"]] == [(d["name"], d["code"]) for d in s["districts"]],
          "geojson: re-imported districts differ")


def check_text_formats():
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for fmt in ("html", "md"):
        out = WORK / f"report.{fmt}"
        cli("export", WORK / "awkward.nwk", "--format", fmt, "-o", out)
        text = out.read_text(encoding="utf-8")
        check(escaped in text, f"{fmt}: the script's name is not shown escaped")
        check(SCRIPT not in text and "<script" not in text, f"{fmt}: the script's name is markup")
    html = (WORK / "report.html").read_text(encoding="utf-8")
    check("http" not in html and "src=" not in html, "html: refers to something outside the file")


if __name__ == "__main__":
    CLI, WORK = sys.argv[1], Path(sys.argv[2])
    WORK.mkdir(parents=True, exist_ok=True)
    session = make_awkward_session()
    check_offers(session)
    check_links_problems_proposals(session)
    check_coverage(session)
    check_geojson(session)
    check_text_formats()
    for f in failures:
        print("FAIL:", f)
    print(f"{'FAILED' if failures else 'OK'}: exports of {len(session['offers'])} offers checked, {len(failures)} failures")
    sys.exit(1 if failures else 0)
