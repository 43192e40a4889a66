#!/usr/bin/env python3
"""The example portfolio (docs/cli.md, "The portfolio summary"): 240 funded employers
as JSON Lines, the same bytes on every machine (one seeded generator, integer cents).

    python3 examples/portfolio/gen.py > examples/portfolio/employers.jsonl

Sectors, regions, headcounts and the counts of women and Black workers, a living wage
by region, and the facts the standards read, some of them missing, as agencies get
them: about one employer in six reports sparsely.
"""
import json
import random
import sys

SECTORS = [  # (sector, share of employers, typical lowest wage in cents, size range)
    ("childcare", 20, 1900, (8, 60)),
    ("health_care", 15, 2250, (40, 2600)),
    ("food_service", 20, 1650, (10, 700)),
    ("retail", 15, 1750, (12, 900)),
    ("warehousing", 15, 2150, (40, 1200)),
    ("manufacturing", 10, 2400, (25, 800)),
    ("public_administration", 5, 2600, (30, 400)),
]
REGIONS = [("metro", 2450), ("suburban", 2310), ("rural", 2040)]  # living wage, cents
NAMES = ["Sunrise", "Harbor", "Valley", "Summit", "Riverside", "Cedar", "Maple", "Granite",
         "Prairie", "Lakeside", "Pioneer", "Juniper", "Bluebird", "Northgate", "Copper"]
KINDS = {"childcare": "Early Learning", "health_care": "Clinic", "food_service": "Kitchen",
         "retail": "Market", "warehousing": "Logistics", "manufacturing": "Works",
         "public_administration": "Services"}


def money(cents):
    return float("%d.%02d" % divmod(cents, 100))


def employer(rng, i):
    sector, _, wage, (lo, hi) = rng.choices(SECTORS, weights=[s[1] for s in SECTORS])[0]
    region, living = rng.choice(REGIONS)
    quality = rng.random()  # a latent quality: pay, schedules and benefits move together
    staff = rng.randint(lo, hi)
    women_share = {"childcare": 90, "health_care": 75}.get(sector, rng.randint(25, 55))
    e = {"employer": "%s %s %03d" % (rng.choice(NAMES), KINDS[sector], i),
         "org": {"sector": sector, "region": region, "employee_count": staff},
         "workforce": {"women": staff * women_share // 100,
                       "black": staff * rng.randint(5, 35) // 100},
         "ref": {"living_wage_hourly": money(living)},
         "pay": {"lowest_hourly_wage": money(wage + int((quality - 0.45) * 900))},
         "schedule": {"advance_notice_days": rng.choice([3, 7, 10, 14, 14, 21])
                      if quality < 0.6 else rng.choice([14, 21, 28])},
         "benefits": {"health": {"offered": quality > 0.25 or staff > 200},
                      "leave": {"paid_sick_hours_per_year":
                                rng.choice([0, 24, 40, 40, 48, 56, 80])}}}
    sparse = rng.random() < 0.17
    for group, key in [("pay", "lowest_hourly_wage"), ("schedule", "advance_notice_days"),
                       ("benefits", "health"), ("benefits", "leave")]:
        if rng.random() < (0.35 if sparse else 0.04):
            del e[group][key]
    if sparse and rng.random() < 0.3:
        del e["workforce"]
    return e


def main():
    rng = random.Random(2027)
    for i in range(1, 241):
        sys.stdout.write(json.dumps(employer(rng, i), sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
