# Quantifier levels (docs/cli.md, Limits): 64 levels bound at once is the most.
# A let's quantifiers bind above those around its use; siblings do not add up.
facts {
  collection job "A position"
  job.w: money/hour "Hourly wage"
}

# 40 levels; used inside 24 quantifiers: 64
let l40 =
  all b1 in job:
  any b2 in job:
  all b3 in job:
  any b4 in job:
  all b5 in job:
  any b6 in job:
  all b7 in job:
  any b8 in job:
  all b9 in job:
  any b10 in job:
  all b11 in job:
  any b12 in job:
  all b13 in job:
  any b14 in job:
  all b15 in job:
  any b16 in job:
  all b17 in job:
  any b18 in job:
  all b19 in job:
  any b20 in job:
  all b21 in job:
  any b22 in job:
  all b23 in job:
  any b24 in job:
  all b25 in job:
  any b26 in job:
  all b27 in job:
  any b28 in job:
  all b29 in job:
  any b30 in job:
  all b31 in job:
  any b32 in job:
  all b33 in job:
  any b34 in job:
  all b35 in job:
  any b36 in job:
  all b37 in job:
  any b38 in job:
  all b39 in job:
  any b40 in job:
  b40.w > $0/hour
# 30 levels: 10 of its own, then l24 (24 levels) inside them: 34
let l24 =
  all c1 in job:
  any c2 in job:
  all c3 in job:
  any c4 in job:
  all c5 in job:
  any c6 in job:
  all c7 in job:
  any c8 in job:
  all c9 in job:
  any c10 in job:
  all c11 in job:
  any c12 in job:
  all c13 in job:
  any c14 in job:
  all c15 in job:
  any c16 in job:
  all c17 in job:
  any c18 in job:
  all c19 in job:
  any c20 in job:
  all c21 in job:
  any c22 in job:
  all c23 in job:
  any c24 in job:
  c24.w > $0/hour
let l34 =
  all d1 in job:
  any d2 in job:
  all d3 in job:
  any d4 in job:
  all d5 in job:
  any d6 in job:
  all d7 in job:
  any d8 in job:
  all d9 in job:
  any d10 in job:
  l24 and d10.w > $0/hour
# 65 levels, but never used, so never evaluated: no error
let unused =
  all u1 in job:
  any u2 in job:
  all u3 in job:
  any u4 in job:
  all u5 in job:
  any u6 in job:
  all u7 in job:
  any u8 in job:
  all u9 in job:
  any u10 in job:
  all u11 in job:
  any u12 in job:
  all u13 in job:
  any u14 in job:
  all u15 in job:
  any u16 in job:
  all u17 in job:
  any u18 in job:
  all u19 in job:
  any u20 in job:
  all u21 in job:
  any u22 in job:
  all u23 in job:
  any u24 in job:
  all u25 in job:
  any u26 in job:
  all u27 in job:
  any u28 in job:
  all u29 in job:
  any u30 in job:
  all u31 in job:
  any u32 in job:
  all u33 in job:
  any u34 in job:
  all u35 in job:
  any u36 in job:
  all u37 in job:
  any u38 in job:
  all u39 in job:
  any u40 in job:
  all u41 in job:
  any u42 in job:
  all u43 in job:
  any u44 in job:
  all u45 in job:
  any u46 in job:
  all u47 in job:
  any u48 in job:
  all u49 in job:
  any u50 in job:
  all u51 in job:
  any u52 in job:
  all u53 in job:
  any u54 in job:
  all u55 in job:
  any u56 in job:
  all u57 in job:
  any u58 in job:
  all u59 in job:
  any u60 in job:
  all u61 in job:
  any u62 in job:
  all u63 in job:
  any u64 in job:
  all u65 in job:
  u65.w > $0/hour

standard levels "Quantifier levels" {
  rule direct "64 nested quantifiers" {
    require
      all a1 in job:
      any a2 in job:
      all a3 in job:
      any a4 in job:
      all a5 in job:
      any a6 in job:
      all a7 in job:
      any a8 in job:
      all a9 in job:
      any a10 in job:
      all a11 in job:
      any a12 in job:
      all a13 in job:
      any a14 in job:
      all a15 in job:
      any a16 in job:
      all a17 in job:
      any a18 in job:
      all a19 in job:
      any a20 in job:
      all a21 in job:
      any a22 in job:
      all a23 in job:
      any a24 in job:
      all a25 in job:
      any a26 in job:
      all a27 in job:
      any a28 in job:
      all a29 in job:
      any a30 in job:
      all a31 in job:
      any a32 in job:
      all a33 in job:
      any a34 in job:
      all a35 in job:
      any a36 in job:
      all a37 in job:
      any a38 in job:
      all a39 in job:
      any a40 in job:
      all a41 in job:
      any a42 in job:
      all a43 in job:
      any a44 in job:
      all a45 in job:
      any a46 in job:
      all a47 in job:
      any a48 in job:
      all a49 in job:
      any a50 in job:
      all a51 in job:
      any a52 in job:
      all a53 in job:
      any a54 in job:
      all a55 in job:
      any a56 in job:
      all a57 in job:
      any a58 in job:
      all a59 in job:
      any a60 in job:
      all a61 in job:
      any a62 in job:
      all a63 in job:
      any a64 in job:
      a64.w > $0/hour
  }
  rule through_let "24 quantifiers around a let of 40" {
    require
      all a1 in job:
      any a2 in job:
      all a3 in job:
      any a4 in job:
      all a5 in job:
      any a6 in job:
      all a7 in job:
      any a8 in job:
      all a9 in job:
      any a10 in job:
      all a11 in job:
      any a12 in job:
      all a13 in job:
      any a14 in job:
      all a15 in job:
      any a16 in job:
      all a17 in job:
      any a18 in job:
      all a19 in job:
      any a20 in job:
      all a21 in job:
      any a22 in job:
      all a23 in job:
      any a24 in job:
      l40
  }
  rule through_lets "30 quantifiers around a let of 34 (10 and a let of 24)" {
    require
      all a1 in job:
      any a2 in job:
      all a3 in job:
      any a4 in job:
      all a5 in job:
      any a6 in job:
      all a7 in job:
      any a8 in job:
      all a9 in job:
      any a10 in job:
      all a11 in job:
      any a12 in job:
      all a13 in job:
      any a14 in job:
      all a15 in job:
      any a16 in job:
      all a17 in job:
      any a18 in job:
      all a19 in job:
      any a20 in job:
      all a21 in job:
      any a22 in job:
      all a23 in job:
      any a24 in job:
      all a25 in job:
      any a26 in job:
      all a27 in job:
      any a28 in job:
      all a29 in job:
      any a30 in job:
      l34
  }
  rule siblings "Two lets of 40 side by side, each inside 24" {
    require
      all a1 in job:
      any a2 in job:
      all a3 in job:
      any a4 in job:
      all a5 in job:
      any a6 in job:
      all a7 in job:
      any a8 in job:
      all a9 in job:
      any a10 in job:
      all a11 in job:
      any a12 in job:
      all a13 in job:
      any a14 in job:
      all a15 in job:
      any a16 in job:
      all a17 in job:
      any a18 in job:
      all a19 in job:
      any a20 in job:
      all a21 in job:
      any a22 in job:
      all a23 in job:
      any a24 in job:
      l40 and l40
  }
}
