facts {
  n: number
}
standard s "Literal limits" {
  rule digits { require n > 1.1234567 }
  rule huge { require n < 1_000_000_000_000_000_000 }
  rule pct { require n > 12.34567%
  }
  rule dur { require n > 1.1234567 hours }
  rule ctl { require n > 1  }
  rule bigdur { require n > 999_999_999_999_999_999 years }
  rule dots { require pay. > 1 }
}
