#!/usr/bin/env python3
"""python3 csv_check.py REPORT.csv REPORT.jsonl

Reads a CSV report with Python's csv module (strict: a stray quote is an error) and
checks it says what the JSON Lines report of the same run says (docs/cli.md, The CSV
report): the header, CRLF record ends, one row per employer and rule (an employer whose
facts did not load: one error row per rule, its first error the reason), then one row
per error outside every employer; every field read back equal to the JSON value, with
the text report's escaping of characters a terminal must not get raw."""
import csv
import json
import sys

HEADER = ["employer", "file", "line", "standard", "rule", "level", "status", "reason",
          "missing", "cite"]


def term(s):
    """The text report's escaping, newlines kept (docs/cli.md, Security)."""
    out = []
    for ch in s:
        cp = ord(ch)
        unsafe = (cp < 0x20 and ch not in "\t\n") or 0x7F <= cp <= 0x9F or \
            0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069
        out.append("<U+%04X>" % cp if unsafe else ch)
    return "".join(out)


def diag_text(d):
    if d["line"]:
        return "%s:%d:%d: %s" % (d["file"], d["line"], d["column"], d["message"])
    if d["file"] and d["file"] not in d["message"]:
        return "%s: %s" % (d["file"], d["message"])
    return d["message"]


def expected(jsonl):
    with open(jsonl, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    head, emps, tail = lines[0], lines[1:-1], lines[-1]
    rules = {r["id"]: r for r in head["rules"]}
    rows = []
    for e in emps:
        start = [e["employer"], e["file"], str(e["line"])]
        if not e["standards"] and e["status"] == "error":
            errs = [d for d in e["diagnostics"] if d["severity"] == "error"]
            reason = diag_text(errs[0]) if errs else "the employer's facts did not load"
            for r in head["rules"]:
                std, rule = r["id"].split(".", 1)
                rows.append(start + [std, rule, r["level"], "error", reason, "", r["cite"]])
            continue
        for s in e["standards"]:
            for r in s["rules"]:
                info = rules[s["id"] + "." + r["id"]]
                rows.append(start + [s["id"], r["id"], info["level"], r["status"],
                                     r.get("reason", ""), ";".join(r.get("missing", [])),
                                     info["cite"]])
    for d in tail["diagnostics"]:
        if d["severity"] == "error":
            rows.append(["", d["file"], str(d["line"]) if d["line"] else "", "", "", "",
                         "error", diag_text(d), "", ""])
    return [[term(x) for x in row] for row in rows], len(emps), len(head["rules"])


def main(csv_path, jsonl):
    with open(csv_path, "rb") as f:
        raw = f.read()
    assert raw.endswith(b"\r\n"), "records end in CRLF"
    with open(csv_path, newline="", encoding="utf-8") as f:
        got = list(csv.reader(f, strict=True))
    assert got[0] == HEADER, "header: %r" % got[0]
    want, nemps, nrules = expected(jsonl)
    assert len(got) - 1 == len(want), "rows: %d, expected %d" % (len(got) - 1, len(want))
    for i, (g, w) in enumerate(zip(got[1:], want), 2):
        assert g == w, "record %d:\n  got  %r\n  want %r" % (i, g, w)
    outside = len(want) - nemps * nrules
    print("csv: %s: %d rows = %d employers x %d rules + %d outside, as the JSON Lines "
          "report says" % (csv_path, len(want), nemps, nrules, outside))


if __name__ == "__main__":
    try:
        main(*sys.argv[1:])
    except (AssertionError, csv.Error, UnicodeDecodeError) as exc:
        print("csv: %s: %s" % (sys.argv[1], exc))
        sys.exit(1)
