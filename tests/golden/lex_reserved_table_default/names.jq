# Neither may start a fact's name in a vocabulary.
facts {
  table.rows: count
  default: bool
}
