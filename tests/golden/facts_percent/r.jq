facts {
  share_full_time: percent
  retention_rate: number
}
standard stability "Stability" {
  rule full_time "Most workers full time" { require share_full_time >= 80% }
  rule retention "Retention" { require retention_rate >= 0.9 }
}
