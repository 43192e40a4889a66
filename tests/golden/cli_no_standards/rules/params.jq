import "vocabulary.jq"

param min_wage = $15/hour "The wage floor"
