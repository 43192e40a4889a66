# Distance to compliance (docs/language.md §8): each kind of amount, each direction,
# quantifiers, a table lookup's threshold, and where no gap is defined.
facts {
  org.state: text
  pay.lowest_hourly_wage: money/hour
  pay.bonus: money
  pay.stipend: money/month
  schedule.notice: days
  benefits.match_pct: percent
  safety.trir: number
  staff.managers: count
  hired_on: date
  collection job
  job.hourly_wage: money/hour
}

param living_wage = $24.10/hour "Living wage"

table state_min_wage "State minimum wage" {
  key state: text
  value: money/hour
  "CO" => $15.16/hour
  "WA" => $16.66/hour
}

standard gap "Gaps" {
  rule living "The lowest wage is a living wage" {
    require pay.lowest_hourly_wage >= living_wage
  }
  rule state_min "At least the state minimum" {
    require pay.lowest_hourly_wage >= state_min_wage[org.state]
  }
  rule bonus_cap "Bonuses are capped" { require pay.bonus <= $1_000 }
  rule stipend "A yearly stipend" { require pay.stipend >= $2_400/year }
  rule notice "Two weeks' notice" { require schedule.notice >= 2 weeks }
  rule match "A 3% match" { require benefits.match_pct >= 3% }
  rule trir "Injuries below the benchmark" { require safety.trir < 3.5 }
  rule managers "Exactly four managers" { require staff.managers == 4 }
  rule literal_left "A literal on the left" { require $20/hour <= pay.lowest_hourly_wage }
  rule hired "Hired before the year" { require hired_on < 2026-01-01 }
  rule every_job "Every job pays a living wage" {
    require all j in job: j.hourly_wage >= living_wage
  }
  rule some_job "Some job pays $30/hour" {
    require any j in job: j.hourly_wage >= $30/hour
  }
  rule no_low_job "No job below $16/hour" {
    require none j in job: j.hourly_wage < $16/hour
  }
}
