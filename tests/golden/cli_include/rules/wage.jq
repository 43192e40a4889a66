import "vocabulary.jq"
standard wage "Wage floor" { rule floor "Floor" { require pay.lowest_hourly_wage >= floor } }
