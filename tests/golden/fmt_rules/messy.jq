# A standard written in a hurry.
import   "lib/tidy.jq"
param  floor=$15/hour "The floor"   # per hour



standard pay "Pay"{ version "1"
  let   lw = ref.lw*100%
  rule wage "Wage" { level recommended
     when org.n>=5 require pay.w >= lw and
           pay.w>=floor
     # either is enough
     unless (org.exempt)or org.n is unknown
  cite "c" }
}
tier good { requires pay }
