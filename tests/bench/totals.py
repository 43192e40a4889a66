#!/usr/bin/env python3
"""Per-rule totals of a jqlc JSON Lines report on the benchmark rules.

usage: totals.py REPORT.jsonl [--employers]      (REPORT may be - for standard input)

REPORT is the output of `jqlc check -r tests/bench/rules.jq --name-key id --format jsonl`:
a first line with the rules (`{"schema": 1, ..., "rules": [...]}`), one line per
employer, and a last line `{"portfolio": ...}`. Prints what tests/bench/oracle.py prints
for the same employers: with --employers, one line per employer (its name, a space, one
letter per rule r01..r30: P pass, F fail, U untested, N not_applicable, E error), then
one line per rule:

    TOTAL R01 pass=3997 fail=4191 untested=1812 na=0      (` error=N` when there are some)

Exits 2, saying why, when the report is not such a report: no rules line or no portfolio
line, a line that is not JSON, or an employer whose `bench` standard does not hold
exactly the rules r01..r30.
"""
import json
import sys

RULES = [f"r{k:02d}" for k in range(1, 31)]
LETTER = {"pass": "P", "fail": "F", "untested": "U", "not_applicable": "N", "error": "E"}


class BadReport(Exception):
    pass


def employer_letters(obj, where):
    """The 30 letters of one employer line (rules in r01..r30 order)."""
    bench = [s for s in obj.get("standards", []) if s.get("id") == "bench"]
    if len(bench) != 1:
        raise BadReport(f"{where}: employer {obj.get('employer')!r} has no standard 'bench'")
    status = {r["id"]: r["status"] for r in bench[0].get("rules", [])}
    if sorted(status) != RULES:
        raise BadReport(f"{where}: employer {obj.get('employer')!r}: rules "
                        f"{', '.join(sorted(status))}; expected r01..r30")
    return "".join(LETTER[status[r]] for r in RULES)


def read_report(src, per_employer, out):
    counts = [dict.fromkeys("PFUNE", 0) for _ in RULES]
    header = portfolio = False
    for n, line in enumerate(src, 1):
        where = f"line {n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadReport(f"{where}: not JSON ({e})") from None
        if portfolio:
            raise BadReport(f"{where}: a line after the portfolio line")
        if n == 1:
            if not (isinstance(obj, dict) and "rules" in obj and "schema" in obj):
                raise BadReport("line 1: not the rules line of a --format jsonl report")
            header = True
        elif "employer" in obj:
            letters = employer_letters(obj, where)
            for k, ch in enumerate(letters):
                counts[k][ch] += 1
            if per_employer:
                out.append(f"{obj['employer']} {letters}\n")
        elif "portfolio" in obj:
            portfolio = True
        else:
            raise BadReport(f"{where}: neither an employer nor the portfolio")
    if not header or not portfolio:
        raise BadReport("the report ends before its portfolio line (did jqlc stop early?)")
    return counts


def totals_lines(counts):
    names = (("P", "pass"), ("F", "fail"), ("U", "untested"), ("N", "na"))
    for k, c in enumerate(counts):
        line = f"TOTAL R{k + 1:02d} " + " ".join(f"{n}={c[ch]}" for ch, n in names)
        yield line + (f" error={c['E']}" if c["E"] else "")


def main(argv):
    args = argv[1:]
    per_employer = "--employers" in args
    args = [a for a in args if a != "--employers"]
    if len(args) != 1:
        print("usage: totals.py REPORT.jsonl [--employers]", file=sys.stderr)
        return 2
    out = []
    try:
        with (sys.stdin if args[0] == "-" else open(args[0], encoding="utf-8")) as src:
            counts = read_report(src, per_employer, out)
    except (OSError, BadReport) as e:
        print(f"totals.py: {args[0]}: {e}", file=sys.stderr)
        return 2
    sys.stdout.writelines(out)
    print("\n".join(totals_lines(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
