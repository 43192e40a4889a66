# words.awk src/words.h: the words JQL gives a meaning to, one "KIND WORD" a line, KIND
# keyword, goal, builtin, today, status or goal_status, read from the X-macro lists.
/^#define JQL_KEYWORDS\(X\)/      { kind = "keyword" }
/^#define JQL_GOAL_WORDS\(X\)/    { kind = "goal" }
/^#define JQL_BUILTINS\(X\)/      { kind = "builtin" }
/^#define JQL_STATUSES\(X\)/      { kind = "status" }
/^#define JQL_GOAL_STATUSES\(X\)/ { kind = "goal_status" }
/^#define JQL_WORD_TODAY / { w = $3; gsub(/"/, "", w); print "today", w; next }
kind != "" && /^[ \t]*X\([A-Z_]+, *"/ {
  w = $0; sub(/^[^"]*"/, "", w); sub(/".*/, "", w); print kind, w; next
}
kind != "" && !/\\[ \t]*$/ { kind = "" }
