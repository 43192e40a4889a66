# stdlib/default.jq — the default rule set of jqlc (`std/default`).
#
# `jqlc check` loads this when no -r option is given and there is no
# ./standards folder. It holds the eight Results for America (RFA) job
# quality principles as eight standards, and two tiers built from them.
# Agencies usually write their own file that imports this one, tightens
# params and adds local rules and tiers (see examples/county/standards/).
#
# The laws in std/law (paid sick leave, fair workweek, ACA, SECURE 2.0) and
# the NIST Job Quality Toolkit drivers in std/nist are not part of the
# default: add them with -r std/law or -r std/nist, or import them.
#
# Standards (one per RFA principle; stdlib/rfa/*.jq):
#   earnings         1. Earnings: living wage through base pay, bonuses and profit sharing
#   schedules        2. Schedules: stable, predictable and fair
#   safety_security  3. Safety and Security: proper classification, a safe environment
#   benefits         4. Benefits: health, education, wealth building, safety net
#   voice            5. Voice and Representation
#   learning         6. Learning and Development
#   culture          7. Environment and Culture
#   purpose          8. Purpose and Meaning
#
# Tiers (a tier is reached when each standard it needs — or, with
# `requires N of`, at least N of them — is pass or not_applicable):
#
#   quality_job       earnings (a living wage), plus at least 2 of the
#                     other four core principles: schedules,
#                     safety_security, benefits, voice. A composite tier:
#                     `requires earnings`, then `requires 2 of …`.
#     Why earnings is required: the first question the RFA playbook asks an
#     agency drafting "minimum standards that defines a quality job" is
#     "What is the living wage for your area? We recommend using the MIT
#     Living Wage Calculator" (Strategy > recommended actions, step 3), and
#     its Wage subsidies actions set the MIT living wage (1 adult, 0
#     children) as the minimum standard. A job below the living wage is not
#     a quality job whatever else it offers.
#     Why these four for the rest: they are the other principles the same
#     checklist asks an agency to settle ("What protections should be in
#     place for all workers? What are the primary safety and security
#     concerns…?", "What benefits are crucial…?", "What do stable,
#     predictable and fair schedules look like?", "Are workers able to
#     participate in unions?"), and the ones an agency can check from
#     employer records (schedules, OSHA logs, plan documents, bargaining
#     agreements), while learning, culture and purpose lean on worker
#     surveys that many employers do not yet run.
#     Why 2 of 4: the American Job Quality Study (Gallup, JFF, Upjohn, 2025)
#     calls a job "quality" when it meets minimum thresholds on at least 3
#     of 5 dimensions (research notes, domain-jobquality.md §4, JFF-AJQS:
#     https://www.jff.org/idea/quality-jobs-framework); with earnings one
#     of the three, two of the other four remain. The number is a policy
#     choice of this library: an agency that wants more writes its own tier
#     (see the county example).

#   high_quality_job  all eight principles. The "lead by example" level of
#     the RFA playbook (e.g. 100% of agency FTEs on funded projects in
#     quality jobs, RFA-DATA); expect few employers to reach it.

# One import per principle, in the playbook's order, so that reports list the
# standards in that order (a folder import would load them by file name).
import "rfa/earnings"
import "rfa/schedules"
import "rfa/safety"
import "rfa/benefits"
import "rfa/voice"
import "rfa/learning"
import "rfa/culture"
import "rfa/purpose"

tier quality_job "Quality job: a living wage (earnings) plus at least 2 of schedules, safety and security, benefits, voice" {
  requires earnings
  requires 2 of schedules, safety_security, benefits, voice
}

tier high_quality_job "High-quality job: meets all eight RFA principles" {
  requires earnings, schedules, safety_security, benefits, voice, learning, culture, purpose
}
