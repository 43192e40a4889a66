# stdlib/law/aca_tables.jq — the ACA affordability percentage by plan year, shared by
# std/law/aca (the employer mandate) and std/rfa/benefits (affordable coverage), so
# that the figures live in one place. Tables only: no standard.
#
# Sources (the keys in brackets): IRS-RP — the yearly Revenue Procedures that index
# the percentage (IRC 36B(c)(2)(C)(iv)), published in the Internal Revenue Bulletin
# (https://www.irs.gov/irb); ACA-HIST — the same figures as listed by year in the
# secondary summaries std/law/aca names. A plan year past the table has no row: a
# rule that needs it is untested, not judged at the last figure.

# Affordability percentage by plan year (IRC 36B(c)(2)(C)(i), indexed yearly by Revenue Procedure).
table aca_pct_by_plan_year "ACA affordability percentage, by the calendar year in which the plan year begins" {
  key plan_year: count
  value: percent
  2014 => 9.5%   source "plan years beginning in 2014: IRC 36B(c)(2)(C)(i), the statute's 9.5% [IRS-RP, ACA-HIST]"
  2015 => 9.56%  source "plan years beginning in 2015: Rev. Proc. 2014-37 [IRS-RP, ACA-HIST]"
  2016 => 9.66%  source "plan years beginning in 2016: Rev. Proc. 2014-62 [IRS-RP, ACA-HIST]"
  2017 => 9.69%  source "plan years beginning in 2017: Rev. Proc. 2016-24 [IRS-RP, ACA-HIST]"
  2018 => 9.56%  source "plan years beginning in 2018: Rev. Proc. 2017-36 [IRS-RP, ACA-HIST]"
  2019 => 9.86%  source "plan years beginning in 2019: Rev. Proc. 2018-34 [IRS-RP, ACA-HIST]"
  2020 => 9.78%  source "plan years beginning in 2020: Rev. Proc. 2019-29 [IRS-RP, ACA-HIST]"
  2021 => 9.83%  source "plan years beginning in 2021: Rev. Proc. 2020-36 [IRS-RP, ACA-HIST]"
  2022 => 9.61%  source "plan years beginning in 2022: Rev. Proc. 2021-36 [IRS-RP, ACA-HIST]"
  2023 => 9.12%  source "plan years beginning in 2023: Rev. Proc. 2022-34 [IRS-RP, ACA-HIST]"
  2024 => 8.39%  source "plan years beginning in 2024: Rev. Proc. 2023-29 [IRS-RP, ACA-HIST]"
  2025 => 9.02%  source "plan years beginning in 2025: Rev. Proc. 2024-35 [IRS-RP, ACA-HIST]"
  2026 => 9.96%  source "plan years beginning in 2026: Rev. Proc. 2025-25 [IRS-RP, ACA-HIST]"
}

# The calendar year of a date (the language has no year-of-date function).
table aca_calendar_year "Calendar year of a date" {
  key calendar: text
  from: date
  value: count
  "gregorian" from 2014-01-01 => 2014
  "gregorian" from 2015-01-01 => 2015
  "gregorian" from 2016-01-01 => 2016
  "gregorian" from 2017-01-01 => 2017
  "gregorian" from 2018-01-01 => 2018
  "gregorian" from 2019-01-01 => 2019
  "gregorian" from 2020-01-01 => 2020
  "gregorian" from 2021-01-01 => 2021
  "gregorian" from 2022-01-01 => 2022
  "gregorian" from 2023-01-01 => 2023
  "gregorian" from 2024-01-01 => 2024
  "gregorian" from 2025-01-01 => 2025
  "gregorian" from 2026-01-01 => 2026
  "gregorian" from 2027-01-01 => 2027
  "gregorian" from 2028-01-01 => 2028
  "gregorian" from 2029-01-01 => 2029
  "gregorian" from 2030-01-01 => 2030
  "gregorian" from 2031-01-01 => 2031
  "gregorian" from 2032-01-01 => 2032
  "gregorian" from 2033-01-01 => 2033
  "gregorian" from 2034-01-01 => 2034
  "gregorian" from 2035-01-01 => 2035
  "gregorian" from 2036-01-01 => 2036
  "gregorian" from 2037-01-01 => 2037
  "gregorian" from 2038-01-01 => 2038
  "gregorian" from 2039-01-01 => 2039
  "gregorian" from 2040-01-01 => 2040
}
