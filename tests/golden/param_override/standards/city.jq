# A city's standard on the library: it raises two library thresholds in place,
# so the library's own rules judge against the city's values.
import "std/rfa/earnings"
import "std/rfa/benefits"

param min_paid_sick_hours = 56 hours          # the library says 40 hours
param living_wage_multiplier = 110%           # description may be left out
