#!/usr/bin/env python3
"""Deterministic synthetic employers for the benchmark and the correctness smoke.

usage: gen.py N [--seed S] [--out FILE]      (default seed 9001, default standard output)

Writes N employers as JSON Lines, one compact object per line, keys in a fixed order:
`id`, `name`, `industry`, `region`, `employees`, `founded_year`, `unionized`, the groups
`pay`, `schedule`, `benefits`, `safety`, `voice`, `learning` (41 scalar facts in all, the
record shape that tests/bench/rules.jq declares) and `jobs`, a list of 1 to 8 positions
(`title`, `hourly_wage`, `headcount`, `scheduled_hours_per_week`, `benefits_eligible`).

Missing data is what makes three-valued rules interesting, so it is drawn the way
agencies see it rather than uniformly: each employer reports thoroughly, typically or
sparsely (3%, 12% or 35% of its facts absent), sensitive facts (pay gap, injury rate,
violations, misclassification) go missing twice as often and basic ones (industry,
employees) half as often, a whole group is sometimes left out, and job fields go
missing at a third of the employer's rate. About 11% of the scalar facts are absent in
all. `id` and job titles are always there; an absent fact is an absent key (never null).

Values are correlated as in real data: a latent "employer quality" moves wages,
benefits, scheduling and voice together, unions are commoner in some industries, and
wages depend on industry and region. Some records sit exactly on a rule's boundary
(lowest wage equal to the living wage, median exactly 2.5 times the lowest) so that
exact decimal comparison is exercised. One edge is avoided: jqlc rounds every quotient
to 6 decimals (docs/language.md, Exact decimal numbers), so a record whose R30 mean wage
falls within half a millionth below 1.2 times the living wage is moved off it by a cent;
everywhere else exact rational arithmetic (tests/bench/oracle.py) and jqlc agree.

Output is byte-identical for the same N and seed on every machine and Python 3
version: the only source of randomness is `random.Random(seed).random()`, every value
is derived from it with integer or exactly rounded float arithmetic (no math library
calls), and numbers are printed from integers (money in cents).
"""
import io
import random
import sys

INDUSTRIES = ("retail", "hospitality", "healthcare", "manufacturing",
              "logistics", "construction", "technology", "finance")
IND_CUM = (17, 31, 46, 60, 72, 82, 92, 100)           # cumulative weights, percent
# median entry wage in cents, union likelihood (percent), typical injury rate (hundredths)
IND_WAGE = (1480, 1420, 1850, 1900, 1780, 2150, 2700, 2350)
IND_UNION = (6, 8, 16, 20, 18, 24, 2, 3)
IND_TRIR = (330, 300, 400, 320, 450, 250, 60, 40)
REGIONS = ("northeast", "southeast", "midwest", "southwest", "mountain", "pacific")
REGION_LIVING = (2380, 1860, 1920, 1960, 2040, 2520)  # cents per hour
TITLES = (
    ("Cashier", "Sales Associate", "Stocker", "Shift Lead", "Department Lead",
     "Store Manager", "Merchandiser", "Customer Service Desk"),
    ("Server", "Line Cook", "Prep Cook", "Dishwasher", "Room Attendant", "Front Desk",
     "Barista", "Banquet Captain"),
    ("Nursing Assistant", "Home Care Aide", "Licensed Practical Nurse", "Registered Nurse",
     "Medical Assistant", "Dietary Aide", "Environmental Services", "Scheduler"),
    ("Machine Operator", "Assembler", "Welder", "Quality Inspector", "Maintenance Mechanic",
     "Material Handler", "Team Lead", "Planner"),
    ("Warehouse Associate", "Order Picker", "Loader", "Delivery Driver", "Dispatcher",
     "Forklift Driver", "Inventory Control", "Yard Jockey"),
    ("General Laborer", "Carpenter", "Electrician", "Pipefitter", "Heavy Equipment Operator",
     "Foreman", "Roofer", "Apprentice"),
    ("Help Desk Technician", "Test Engineer", "Developer", "Data Engineer",
     "Network Administrator", "Product Owner", "Site Reliability Engineer", "UX Designer"),
    ("Bank Teller", "Loan Processor", "Call Center Agent", "Financial Analyst",
     "Collections Specialist", "Branch Manager", "Claims Examiner", "Auditor"),
)
# names: plain ASCII mostly, some UTF-8 and some with characters JSON must escape
FIRST = ("Alder", "Bright", "Canyon", "Delta", "Elm", "Foothill", "Great Lakes", "Hearth",
         "Ironwood", "Juniper", "Kestrel", "Lakeside", "Meridian", "North Fork", "Oak & Vine",
         "Pine Ridge", "Quarry", "Riverside", "Sunrise", "Tri-County", "Valley", "Westgate",
         "Café Luna", "Niño's", "São Paulo", "Zoë's", r'The \"Good\" Place', "Müller")
SECOND = ("Bakery", "Clinic", "Freight", "Fabrication", "Hotel", "Market", "Builders",
          "Software", "Credit Union", "Staffing", "Care Homes", "Diner", "Distribution",
          "Tooling", "Dental", "Grocers")
FORM = ("Inc", "LLC", "Co", "Cooperative", "Group", "PBC")

# Absent-fact rates, in tenths of a percent, by how thoroughly an employer reports.
DILIGENCE = ((60, 30), (90, 120), (100, 350))         # (cumulative percent, rate)
# how often each kind of fact is absent: 0 at the employer's rate, 1 twice as often
# (sensitive facts), 2 half as often (basic facts)
KIND = {"gender_pay_gap_pct": 1, "trir": 1, "wage_theft_violations": 1,
        "misclassified_workers": 1, "osha_violations": 1, "industry": 2, "employees": 2}
GROUP_ABSENT = 15                                      # tenths of a percent per group
SICK = (0, 0, 2, 3, 5, 5, 5, 6, 7, 8, 10, 12, 15)
NOTICE = (0, 1, 2, 3, 7, 7, 10, 14, 14, 14, 21, 28)
GUARANTEE = (0, 0, 0, 8, 12, 16, 20, 20, 24, 30, 32, 40)
LEAVE = (0, 0, 0, 2, 4, 6, 8, 12, 12, 12, 16, 20, 26)
WAITING = (0, 0, 30, 30, 60, 60, 90, 90, 90, 120, 180)
HOURS = (12, 16, 20, 24, 25, 30, 32, 35, 36, 38, 40, 40, 40, 45, 50)
OSHA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 5, 7, 11)


def dec(cents, places=2):
    """Decimal text of an integer count of hundredths (or tenths): 1540 -> '15.40'."""
    sign = "-" if cents < 0 else ""
    scale = 10 ** places
    whole, frac = divmod(abs(cents), scale)
    return f"{sign}{whole}.{frac:0{places}d}"


def js(b):
    return "true" if b else "false"


class Draw:
    """Every value from one stream of random() draws (a fixed number per call)."""

    def __init__(self, seed):
        self.u = random.Random(seed).random

    def below(self, n):
        return int(self.u() * n)

    def between(self, lo, hi):
        return lo + int(self.u() * (hi - lo + 1))

    def pick(self, seq):
        return seq[int(self.u() * len(seq))]

    def chance(self, percent):
        return self.u() * 100 < percent

    def bell(self, centre, spread):
        """Roughly normal (sum of three uniforms), as an integer."""
        u = self.u
        return centre + int((u() + u() + u() - 1.5) * spread)

    def cumulative(self, cum):
        x = self.u() * cum[-1]
        for i, c in enumerate(cum):
            if x < c:
                return i
        return len(cum) - 1


def employees_of(d):
    """Mostly small employers, a long tail of large ones (up to 250,000)."""
    band = d.cumulative((30, 58, 72, 88, 94, 99, 100))
    lo, hi = ((1, 9), (10, 49), (50, 99), (100, 499), (500, 999), (1000, 9999),
              (10000, 250000))[band]
    return d.between(lo, hi)


def make_jobs(d, ind, employees, lowest, quality):
    titles = list(TITLES[ind])
    n = d.between(1, 8)
    per_job = max(1, employees // n)
    jobs = []
    for k in range(n):
        title = titles.pop(d.below(len(titles)))
        wage = lowest if k == 0 else lowest + d.below(lowest * (60 + quality) // 100 + 1)
        hours = d.pick(HOURS)
        head = d.between(1, per_job + per_job // 6 + 1)
        eligible = d.chance((80 if hours >= 30 else 30) + quality // 5)
        jobs.append([title, wage, head, hours, eligible])
    return jobs


def off_rounding_edge(living, jobs):
    """R30 in jqlc compares a 6-decimal rounding of the mean wage: the living wage (in
    cents), moved up by a cent while that rounding alone would lift a mean wage just
    below 1.2 times it (0 < 1.2 living - mean <= 0.0000005 dollars) to a pass."""
    total = sum(j[2] for j in jobs)
    num = sum(j[1] * j[2] for j in jobs)
    while 0 < 2000 * (12 * living * total - 10 * num) <= total:
        living += 1
    return living


def employer(i, d):
    ind = d.cumulative(IND_CUM)
    reg = d.below(len(REGIONS))
    quality = d.below(100)                     # latent: better employers do better overall
    good = quality // 4                        # 0..24, added to percent chances
    employees = employees_of(d)
    big = 10 if employees >= 100 else 0
    union = d.chance(IND_UNION[ind] + big)
    living = REGION_LIVING[reg] + d.between(-180, 180)
    lowest = max(725, d.bell(IND_WAGE[ind] + quality * 4 + (150 if union else 0), 900))
    median = lowest + lowest * d.between(5, 250) // 100
    if d.chance(1) and lowest % 2 == 0:
        median = lowest * 5 // 2               # exactly 2.5x: R05 passes on the boundary
    if d.chance(1):
        living = lowest                        # R01 and R26 on the boundary
    has_hi = d.chance(55 + good + big)
    has_ret = d.chance(40 + good + big)
    name = f"{d.pick(FIRST)} {d.pick(SECOND)} {d.pick(FORM)}"

    jobs = make_jobs(d, ind, employees, lowest, quality)
    living = off_rounding_edge(living, jobs)

    groups = (
        ("pay", (
            ("lowest_hourly_wage", dec(lowest)),
            ("living_wage_hourly", dec(living)),
            ("median_hourly_wage", dec(median)),
            ("pay_transparency", js(d.chance(30 + good))),
            ("overtime_compliant", js(d.chance(80 + good // 2))),
            ("wage_theft_violations", str(0 if d.chance(82 + good // 2) else d.between(1, 6))),
            ("gender_pay_gap_pct", dec(d.bell(70 - quality // 2, 140), 1)),
        )),
        ("schedule", (
            ("advance_notice_days", str(d.pick(NOTICE))),
            ("predictability_pay", js(d.chance(15 + good // 2))),
            ("split_shifts", js(d.chance(25 - good // 2))),
            ("on_call_scheduling", js(d.chance(30 - good // 2))),
            ("min_hours_guarantee", str(d.pick(GUARANTEE))),
        )),
        ("benefits", (
            ("paid_sick_days", str(d.pick(SICK))),
            ("paid_vacation_days", str(d.between(0, 10 + quality // 4))),
            ("paid_family_leave_weeks", str(d.pick(LEAVE))),
            ("health_insurance", js(has_hi)),
            ("employer_health_premium_share", str(d.between(25, 100) if has_hi else 0)),
            ("health_waiting_period_days", str(d.pick(WAITING))),
            ("retirement_plan", js(has_ret)),
            ("retirement_match_pct", dec(5 * d.between(0, 14) if has_ret else 0, 1)),
            ("auto_enrollment", js(d.chance(20 + good))),
            ("dental_vision", js(d.chance(70 + good // 2 if has_hi else 15))),
        )),
        ("safety", (
            ("trir", dec(abs(d.bell(IND_TRIR[ind] - quality, IND_TRIR[ind] * 2)))),
            ("fatalities", str(0 if d.chance(97) else d.between(1, 3))),
            ("osha_violations", str(d.pick(OSHA))),
            ("misclassified_workers", str(0 if d.chance(80 + good // 2) else d.between(1, 60))),
            ("heat_illness_plan", js(d.chance(40 + good))),
        )),
        ("voice", (
            ("worker_input_mechanism", js(d.chance(40 + good))),
            ("grievance_procedure", js(d.chance(55 + good + (15 if union else 0)))),
            ("anti_retaliation_policy", js(d.chance(65 + good))),
            ("engagement_survey_response_pct", str(d.between(5, 98))),
        )),
        ("learning", (
            ("tuition_assistance", js(d.chance(20 + good))),
            ("training_hours_per_year", str(d.between(0, 40 + quality // 2))),
            ("internal_promotion_rate_pct", str(d.between(0, 60 + quality // 5))),
            ("apprenticeship_program", js(d.chance(8 + (12 if ind == 5 else 0)))),
        )),
    )
    top = (
        ("name", '"' + name + '"'),
        ("industry", '"' + INDUSTRIES[ind] + '"'),
        ("region", '"' + REGIONS[reg] + '"'),
        ("employees", str(employees)),
        ("founded_year", str(d.between(1880, 2024))),
        ("unionized", js(union)),
    )

    # What this employer leaves out: one draw per fact, kept or not.
    rate = DILIGENCE[d.cumulative(tuple(c for c, _ in DILIGENCE))][1]
    limit = (rate, 2 * rate, rate // 2)
    u = d.u
    parts = [f'{{"id":"E{i:07d}"']
    parts += [f',"{k}":{v}' for k, v in top if u() * 1000 >= limit[KIND.get(k, 0)]]
    for group, facts in groups:
        absent = u() * 1000 < GROUP_ABSENT
        kept = [f'"{k}":{v}' for k, v in facts if u() * 1000 >= limit[KIND.get(k, 0)]]
        if not absent:
            parts.append(f',"{group}":{{' + ",".join(kept) + "}")
    jrate = rate // 3
    out_jobs = []
    for title, wage, head, hours, eligible in jobs:
        fields = [f'"title":"{title}"']
        for key, text in (("hourly_wage", dec(wage)), ("headcount", str(head)),
                          ("scheduled_hours_per_week", str(hours)),
                          ("benefits_eligible", js(eligible))):
            if d.u() * 1000 >= jrate:
                fields.append(f'"{key}":{text}')
        out_jobs.append("{" + ",".join(fields) + "}")
    parts.append(',"jobs":[' + ",".join(out_jobs) + "]}")
    return "".join(parts)


def main(argv):
    args = argv[1:]
    if not args or args[0] in ("-h", "--help") or not args[0].isdigit():
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    n, seed, out = int(args[0]), 9001, None
    rest = args[1:]
    while rest:
        if rest[0] == "--seed" and len(rest) > 1 and rest[1].lstrip("-").isdigit():
            seed = int(rest[1])
        elif rest[0] == "--out" and len(rest) > 1:
            out = rest[1]
        else:
            print(f"gen.py: unexpected argument '{rest[0]}' (usage: gen.py N [--seed S] "
                  "[--out FILE])", file=sys.stderr)
            return 2
        rest = rest[2:]
    d = Draw(seed)
    if out:
        f = open(out, "w", encoding="utf-8", newline="\n")
    else:
        f = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    with f:
        chunk = []
        for i in range(1, n + 1):
            chunk.append(employer(i, d))
            if len(chunk) == 5000:
                chunk.append("")
                f.write("\n".join(chunk))
                chunk = []
        if chunk:
            chunk.append("")
            f.write("\n".join(chunk))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
