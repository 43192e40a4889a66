import "std/mini"
standard wage "Wage floor" { rule floor "Floor" { require pay.lowest_hourly_wage >= floor } }
