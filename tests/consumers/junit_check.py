#!/usr/bin/env python3
"""python3 junit_check.py REPORT.xml REPORT.jsonl

Reads a JUnit report with Python's XML parser (expat) and checks it says what the JSON
Lines report of the same run says (docs/cli.md, The JUnit report): a <testsuite> per
employer named for it, with its counts and properties, a <testcase> per rule
(classname the standard, name the rule) holding <failure>, <error> or <skipped> with
the reason, and a last suite "fact files" for the errors outside every employer.
(xmllint checks well-formedness and the schema: tests/consumers.sh.)"""
import json
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, sys.path[0])
from csv_check import diag_text  # noqa: E402


def xml_text(s):
    """What XML can hold: C0 controls but tab, LF and CR are shown as <U+XXXX>."""
    return "".join("<U+%04X>" % ord(c) if ord(c) < 0x20 and c not in "\t\n\r" or
                   ord(c) in (0xFFFE, 0xFFFF) else c for c in s)


def rule_rows(e, head):
    if not e["standards"] and e["status"] == "error":
        errs = [d for d in e["diagnostics"] if d["severity"] == "error"]
        reason = diag_text(errs[0]) if errs else "the employer's facts did not load"
        for r in head["rules"]:
            std, rule = r["id"].split(".", 1)
            yield std, rule, {"status": "error", "reason": reason, "missing": []}, r
        return
    info = {r["id"]: r for r in head["rules"]}
    for s in e["standards"]:
        for r in s["rules"]:
            yield s["id"], r["id"], r, info[s["id"] + "." + r["id"]]


def check_case(case, std, rule, r, info):
    where = "%s.%s" % (std, rule)
    assert case.get("classname") == xml_text(std) and case.get("name") == xml_text(rule), where
    kids = list(case)
    status, reason = r["status"], xml_text(r.get("reason", ""))
    if status == "pass":
        assert kids == [], where
        return
    assert len(kids) == 1, where
    el = kids[0]
    if status in ("untested", "not_applicable"):
        assert el.tag == "skipped" and el.get("message") == "%s: %s" % (status, reason), where
        return
    assert el.tag == {"fail": "failure", "error": "error"}[status], where
    assert el.get("message") == reason and el.get("type") == status, where
    body = reason
    if r.get("missing"):
        body += "\nmissing: " + ", ".join(r["missing"])
    if status == "fail" and info["advice"]:
        body += "\nadvice: " + xml_text(info["advice"])
    if status == "fail" and info["cite"]:
        body += "\ncite: " + xml_text(info["cite"])
    assert el.text == body, "%s: %r != %r" % (where, el.text, body)


def check_suite(suite, e, head):
    name = e["employer"]
    assert suite.get("name") == xml_text(name), "suite %r" % suite.get("name")
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props == {"file": xml_text(e["file"]), "line": str(e["line"]), "status": e["status"],
                     "tiers": ", ".join(e["tiers"])}, name
    rows = list(rule_rows(e, head))
    cases = suite.findall("testcase")
    assert len(cases) == len(rows), name
    for case, row in zip(cases, rows):
        check_case(case, *row)
    n = lambda *st: sum(1 for row in rows if row[2]["status"] in st)  # noqa: E731
    attrs = {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")}
    assert attrs == {"tests": str(len(rows)), "failures": str(n("fail")),
                     "errors": str(n("error")), "skipped": str(n("untested", "not_applicable"))}, name
    return len(rows)


def main(xml_path, jsonl):
    with open(jsonl, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    head, emps, tail = lines[0], lines[1:-1], lines[-1]
    root = ET.parse(xml_path).getroot()
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    outside = [d for d in tail["diagnostics"] if d["severity"] == "error"]
    assert len(suites) == len(emps) + (1 if outside else 0), "suites"
    cases = sum(check_suite(s, e, head) for s, e in zip(suites, emps))
    if outside:
        last = suites[-1]
        assert last.get("name") == "fact files" and last.get("errors") == str(len(outside))
        for case, d in zip(last.findall("testcase"), outside):
            err = case.find("error")
            assert err.get("message") == d["message"] and err.text == diag_text(d), d
        cases += len(outside)
    print("junit: %s: %d suites, %d test cases, as the JSON Lines report says"
          % (xml_path, len(suites), cases))


if __name__ == "__main__":
    try:
        main(*sys.argv[1:])
    except (AssertionError, ET.ParseError) as exc:
        print("junit: %s: %s" % (sys.argv[1], exc))
        sys.exit(1)
