#!/usr/bin/env python3
"""The 30 benchmark rules in plain Python: an oracle for jqlc that shares no code with it.

usage: oracle.py FACTS.jsonl [--employers]      (FACTS may be - for standard input)

Reads employer records (JSON Lines, as tests/bench/gen.py writes them), decides rules
R01..R30 of tests/bench/rules.jq for each one, and prints the per-rule totals, one line
per rule, in the form that tests/bench/totals.py prints for a jqlc report:

    TOTAL R01 pass=3997 fail=4191 untested=1812 na=0

(` error=N` is added when a rule faulted, e.g. a division by zero). With --employers,
first one line per employer in input order: its `id`, a space, and 30 letters, one per
rule: P pass, F fail, U untested, N not_applicable, E error.

Semantics (docs/language.md §7): Kleene three-valued logic with None for unknown. A
fact is unknown when its key (or its whole group) is absent or null. Comparisons and
arithmetic with an unknown operand are unknown; `and` is false if any operand is false,
else unknown if any is unknown; `or` dually; `all` / `any` over jobs likewise; a sum
over jobs is unknown if any term is. A rule with a condition is not_applicable when the
condition is false and untested when it is unknown. Numbers are exact: JSON numbers are
read as Decimal, quotients are compared by cross-multiplication (positive divisors),
so no binary floating point is involved. jqlc rounds quotients to 6 decimals; the
generator keeps its records off the one place where that could decide (R30).
"""
import json
import sys
from decimal import Decimal

# R17: the highest acceptable injury rate (TRIR) per industry.
TRIR_LIMIT = {"retail": Decimal("3.3"), "hospitality": Decimal("3.0"),
              "healthcare": Decimal("4.0"), "manufacturing": Decimal("3.2"),
              "logistics": Decimal("4.5"), "construction": Decimal("2.5"),
              "technology": Decimal("0.6"), "finance": Decimal("0.4")}
FAULT = "fault"   # a runtime fault (division by zero): the rule is error


def all3(values):
    """Kleene `and` (and `all` over a collection): False wins, then None."""
    values = list(values)
    if False in values:
        return False
    return None if None in values else True


def any3(values):
    values = list(values)
    if True in values:
        return True
    return None if None in values else False


def not3(a):
    return None if a is None else not a


def known(*xs):
    return all(x is not None for x in xs)


def ge(a, b):
    return a >= b if known(a, b) else None


def le(a, b):
    return a <= b if known(a, b) else None


def eq(a, b):
    return a == b if known(a, b) else None


def strict_sum(terms):
    """A sum over a collection: unknown when any term is."""
    total = 0
    for t in terms:
        if t is None:
            return None
        total += t
    return total


def letter(v):
    return {True: "P", False: "F", None: "U", FAULT: "E"}[v]


def when(cond, body):
    """`when cond` then the body: false -> not_applicable, unknown -> untested."""
    if cond is False:
        return "N"
    if cond is None:
        return "U"
    return letter(body())


class Record:
    """Fact lookup by path: absent key, absent group and null all mean unknown."""

    def __init__(self, obj):
        self.obj = obj

    def __call__(self, path):
        node = self.obj
        for part in path.split("."):
            if not isinstance(node, dict):
                return None
            node = node.get(part)
        return node


def decide(rec):
    f = Record(rec)
    jobs = rec.get("jobs")           # absent: unknown (docs/language.md §7), never [] here
    employees, industry = f("employees"), f("industry")
    lowest, living = f("pay.lowest_hourly_wage"), f("pay.living_wage_hourly")
    median = f("pay.median_hourly_wage")
    sick = f("benefits.paid_sick_days")
    health = f("benefits.health_insurance")
    retire = f("benefits.retirement_plan")

    def over_jobs(field):
        """The field of every job, or None when the collection itself is unknown."""
        return None if jobs is None else [j.get(field) for j in jobs]

    def quotient(num, den, bound, holds):
        """holds(num / den, bound), exactly, by cross-multiplying (the inequality turns
        over for a negative divisor); a zero divisor faults as jqlc's division does."""
        if not known(num, den, bound):
            return None
        if den == 0:
            return FAULT
        return holds(num, bound * den) if den > 0 else holds(bound * den, num)

    def r05():
        return quotient(median, lowest, Decimal("2.5"), lambda a, b: a <= b)

    def r26():
        if jobs is None:
            return None
        return all3(ge(w, living) for w in over_jobs("hourly_wage"))

    def r27():
        if jobs is None:
            return None
        heads = strict_sum(over_jobs("headcount"))
        eligible = strict_sum(
            None if not known(j.get("benefits_eligible"), j.get("headcount"))
            else (j["headcount"] if j["benefits_eligible"] else 0) for j in jobs)
        return ge(eligible, Decimal("0.8") * heads) if known(heads) else None

    def r28():
        if jobs is None:
            return None
        return any3(ge(h, 35) for h in over_jobs("scheduled_hours_per_week"))

    def r29():
        if jobs is None:
            return None
        return le(strict_sum(over_jobs("headcount")), employees)

    def r30():
        if jobs is None:
            return None
        pay = strict_sum(None if not known(j.get("hourly_wage"), j.get("headcount"))
                         else j["hourly_wage"] * j["headcount"] for j in jobs)
        heads = strict_sum(over_jobs("headcount"))
        bound = None if living is None else Decimal("1.2") * living
        return quotient(pay, heads, bound, lambda a, b: a >= b)

    in_retail = None if industry is None else industry in ("retail", "hospitality")
    outdoor = None if industry is None else industry in ("construction", "logistics",
                                                         "manufacturing")
    trir_limit = None if industry is None else TRIR_LIMIT[industry]
    fifty = ge(employees, 50)
    return "".join((
        letter(ge(lowest, living)),                                               # R01
        letter(ge(lowest * 2080, 40000) if known(lowest) else None),              # R02
        letter(f("pay.pay_transparency")),                                        # R03
        letter(all3((eq(f("pay.wage_theft_violations"), 0),                       # R04
                     f("pay.overtime_compliant")))),
        letter(r05()),                                                            # R05
        when(ge(employees, 100), lambda: le(f("pay.gender_pay_gap_pct"), 5)),     # R06
        letter(any3((ge(f("schedule.advance_notice_days"), 14),                   # R07
                     f("schedule.predictability_pay")))),
        letter(not3(f("schedule.on_call_scheduling"))),                           # R08
        when(in_retail, lambda: all3((ge(f("schedule.min_hours_guarantee"), 20),  # R09
                                      not3(f("schedule.split_shifts"))))),
        letter(ge(sick, 5)),                                                      # R10
        letter(ge(sick + f("benefits.paid_vacation_days"), 15)                    # R11
               if known(sick, f("benefits.paid_vacation_days")) else None),
        when(fifty, lambda: ge(f("benefits.paid_family_leave_weeks"), 12)),       # R12
        letter(all3((health,                                                      # R13
                     ge(f("benefits.employer_health_premium_share"), 50)))),
        when(health, lambda: le(f("benefits.health_waiting_period_days"), 90)),   # R14
        letter(any3((not3(health), f("benefits.dental_vision")))),                # R15
        letter(all3((retire,                                                      # R16
                     any3((ge(f("benefits.retirement_match_pct"), 3),
                           f("benefits.auto_enrollment")))))),
        letter(le(f("safety.trir"), trir_limit)),                                 # R17
        letter(all3((eq(f("safety.fatalities"), 0),                               # R18
                     le(f("safety.osha_violations"), 2)))),
        when(fifty, lambda: all3((ge(lowest, living), health, retire,             # R19
                                  ge(sick, 5)))),
        letter(eq(f("safety.misclassified_workers"), 0)),                         # R20
        when(outdoor, lambda: f("safety.heat_illness_plan")),                     # R21
        letter(any3((f("voice.worker_input_mechanism"), f("unionized")))),        # R22
        letter(all3((f("voice.grievance_procedure"),                              # R23
                     f("voice.anti_retaliation_policy")))),
        letter(any3((f("learning.tuition_assistance"),                            # R24
                     ge(f("learning.training_hours_per_year"), 20),
                     f("learning.apprenticeship_program")))),
        when(fifty, lambda: ge(f("learning.internal_promotion_rate_pct"), 25)),   # R25
        letter(r26()), letter(r27()), letter(r28()), letter(r29()), letter(r30()),  # R26-R30
    ))


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
        print("usage: oracle.py FACTS.jsonl [--employers]", file=sys.stderr)
        return 2
    src = sys.stdin if args[0] == "-" else open(args[0], encoding="utf-8")
    counts = [dict.fromkeys("PFUNE", 0) for _ in range(30)]
    out = []
    with src:
        for line in src:
            if not line.strip():
                continue
            rec = json.loads(line, parse_float=Decimal)
            letters = decide(rec)
            for k, ch in enumerate(letters):
                counts[k][ch] += 1
            if per_employer:
                out.append(f"{rec['id']} {letters}\n")
    sys.stdout.writelines(out)
    print("\n".join(totals_lines(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
