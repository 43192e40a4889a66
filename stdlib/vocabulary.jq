# stdlib/vocabulary.jq — the shared fact vocabulary of the jqlc standard
# library (`import "std/vocabulary"`).
#
# Every fact that a standard-library rule mentions — for the eight Results
# for America principles, the eight NIST Job Quality Toolkit drivers and the
# jurisdiction laws (paid sick leave, fair workweek, ACA, SECURE 2.0) — is
# declared in the files of stdlib/vocabulary/, one file per group, with the
# type a fact file must use and a one-line description a data clerk can act
# on. Names follow the research notes (domain-jobquality.md §1A, §1B, §2) so
# that a value can be traced back to the criterion that asks for it.
#
# Groups (file):
#   org.*        who the employer is: place, industry, size, age, legal form
#                (org.jq). Called `org` because `employer` is a reserved word.
#   ref.*        reference values the agency supplies: living wage, poverty
#                line, minimum wages, sector benchmarks (ref.jq)
#   job          one element per position, labelled with the job title (job.jq)
#   pay.*        wages, bonuses, profit sharing, pay practices (pay.jq)
#   benefits.*   needs assessment and the sub-groups health, mental, leave,
#                retirement, savings, education, commute, care, tax,
#                financial, family, uptake (benefits.jq)
#   schedule.*   scheduling practices and fair workweek terms (schedule.jq)
#   safety.*     injury rates and safety policies (safety.jq)
#   security.*   classification, contingent work, tenure (security.jq)
#   hiring.*     recruitment, hiring, onboarding (hiring.jq)
#   deia.*       diversity, equity, inclusion, accessibility (deia.jq)
#   voice.*      representation, ownership, participation (voice.jq)
#   learning.*   training and advancement (learning.jq)
#   culture.*    turnover, values, climate (culture.jq)
#   purpose.*    mission and meaning (purpose.jq)
#   survey.*     worker-survey percentages (survey.jq)
#
# Conventions:
#   * Durations: hours-type facts take `40 hours` or `90 minutes`; days-type
#     facts take `14 days` or `2 weeks`; months-type facts take `12 months`
#     or `1 year`. Percentages are written `35%`. Rates carry their period:
#     `$21.00/hour`, `$180/month`, `$5_250/year`.
#   * Hourly wages are base pay before tips, bonuses and overtime; salaried
#     pay converts at 2080 hours a year.
#   * "… (0% if none)" / "($0/year if none)": enter zero rather than leaving
#     the fact out when the employer has no such benefit; leave a fact out
#     (or write `unknown`) only when nobody knows.
#   * `*_date` facts are calendar dates (`2026-03-01`); rules compare them
#     with `today`.

import "vocabulary/org.jq"
import "vocabulary/ref.jq"
import "vocabulary/job.jq"
import "vocabulary/pay.jq"
import "vocabulary/benefits.jq"
import "vocabulary/schedule.jq"
import "vocabulary/safety.jq"
import "vocabulary/security.jq"
import "vocabulary/hiring.jq"
import "vocabulary/deia.jq"
import "vocabulary/voice.jq"
import "vocabulary/learning.jq"
import "vocabulary/culture.jq"
import "vocabulary/purpose.jq"
import "vocabulary/survey.jq"
