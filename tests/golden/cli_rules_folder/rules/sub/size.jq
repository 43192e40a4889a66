standard size "Size" { rule small "Small" { require employees < 10 } }
