facts {
  wage: money/hour
  staff: count
}
standard pay "Pay" {
  rule floor "Floor" { require wage >= $15/hour }
  rule per_head "Per head" { require wage / staff > $1/hour }
}
