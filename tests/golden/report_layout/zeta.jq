facts { ok: bool  good: bool }
standard zeta "Imported first" {
  version "2026.2"
  source "County plan 2026, section 4"
  rule r "R" { require good }
}
