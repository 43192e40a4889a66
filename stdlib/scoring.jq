# stdlib/scoring.jq — how many recommended practices a scored standard needs
# (`import "std/scoring"`; docs/stdlib.md, "Levels and scoring").
#
# The NIST Job Quality Toolkit's actions are recommended strategies, and four of
# the Results for America principles (voice, learning, culture, purpose) — and the
# practices of schedules beyond a fair-workweek law — set no legal floor. Such a
# standard passes when this share of its recommended rules that apply pass
# (`requires PARAM of recommended`, docs/language.md §8, "Scoring recommended
# rules"), fails when that share could not pass even if every untested one did,
# and is untested otherwise. The share is a policy choice, not a finding of the
# sources: half is the library's default. An agency sets its own in a file that
# imports the library (`param nist_recommended_share = 60%`) or for one run
# (`jqlc check --param nist_recommended_share=60%`). A share rounds up to whole
# rules and asks for at least one.

param nist_recommended_share = 50% "Share of a NIST driver's recommended actions that apply which must pass for the driver to pass (a policy choice)"
param rfa_recommended_share = 50% "Share of an RFA principle's recommended practices that apply which must pass when the principle sets no legal floor (a policy choice)"
