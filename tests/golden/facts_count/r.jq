facts {
  employees: count
  ratio: number
}
standard size "Size" {
  rule small "Small" { require employees < 50 }
}
