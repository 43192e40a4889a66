facts {
  wage: money/hour
  weekly: money/week
  places: number
  hired: date
  tenure: days
  service: months
  collection job
  job.w: money/hour
}
param hours_per_year = 2080 hours "Hours worked in a year"
param weeks_per_year = 52 "Weeks in a year"
standard rt "Runtime faults" {
  rule ovf "overflow in annual()" { require annual(wage) > $1/year }
  rule divz "division by zero in hourly()" { require hourly(weekly) > $1/hour }
  rule rnd "round() with negative places" { require round(wage, places) > $1/hour }
  rule frac "a date plus a fraction of a day" { require hired + tenure < 2030-01-01 }
  rule fracm "a date plus a fraction of a month" { require hired + service < 2030-01-01 }
  rule far "a date out of range" { require hired + 9000 years > 2030-01-01 }
  rule deep "quantifiers nested 65 deep" {
    require
      all v1 in job:
      all v2 in job:
      all v3 in job:
      all v4 in job:
      all v5 in job:
      all v6 in job:
      all v7 in job:
      all v8 in job:
      all v9 in job:
      all v10 in job:
      all v11 in job:
      all v12 in job:
      all v13 in job:
      all v14 in job:
      all v15 in job:
      all v16 in job:
      all v17 in job:
      all v18 in job:
      all v19 in job:
      all v20 in job:
      all v21 in job:
      all v22 in job:
      all v23 in job:
      all v24 in job:
      all v25 in job:
      all v26 in job:
      all v27 in job:
      all v28 in job:
      all v29 in job:
      all v30 in job:
      all v31 in job:
      all v32 in job:
      all v33 in job:
      all v34 in job:
      all v35 in job:
      all v36 in job:
      all v37 in job:
      all v38 in job:
      all v39 in job:
      all v40 in job:
      all v41 in job:
      all v42 in job:
      all v43 in job:
      all v44 in job:
      all v45 in job:
      all v46 in job:
      all v47 in job:
      all v48 in job:
      all v49 in job:
      all v50 in job:
      all v51 in job:
      all v52 in job:
      all v53 in job:
      all v54 in job:
      all v55 in job:
      all v56 in job:
      all v57 in job:
      all v58 in job:
      all v59 in job:
      all v60 in job:
      all v61 in job:
      all v62 in job:
      all v63 in job:
      all v64 in job:
      all v65 in job:
        v65.w > $0/hour
  }
}
