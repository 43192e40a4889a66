facts {
  benefits.languages: list of text "Languages materials are offered in"
  benefits.retirement_plan: one of "none", "401k", "pension"
}
standard access "Access" {
  rule spanish "Materials in Spanish" {
    require "es" in benefits.languages
  }
  rule not_only_english "More than English" {
    require length(benefits.languages) >= 2
  }
  rule plan "A real plan" {
    require benefits.retirement_plan not in ["none"]
  }
}
