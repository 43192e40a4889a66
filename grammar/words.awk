# words.awk: writes build/gen/parser.y from grammar/parser.y, with the keyword list of
# src/words.h (the one table of keywords) expanded where grammar/parser.y has a marker:
#   awk -f grammar/words.awk src/words.h grammar/parser.y > build/gen/parser.y
# Each marker line becomes exactly one line, so every other line keeps its number and
# bison's messages about build/gen/parser.y hold for grammar/parser.y as well.
#   @keyword-tokens@   %token TOKEN "token name" ... for every keyword, then for every
#                      word of JQL_GOAL_WORDS (keywords only inside a goal's body)
#   @keyword-members@  | TOKEN { $$ = "word"; } ... for every keyword usable as a member
#   @goal-words@       | TOKEN { $$ = "word"; } ... for every word of JQL_GOAL_WORDS
# A keyword line in words.h: X(TOKEN, "word", "token name", member) and a backslash.

FNR == NR {
    if ($0 ~ /^#define JQL_KEYWORDS\(X\)/) { inlist = 1; goal = 0; next }
    if ($0 ~ /^#define JQL_GOAL_WORDS\(X\)/) { inlist = 1; goal = 1; next }
    if (!inlist) next
    if ($0 ~ /^[ \t]*X\([A-Z_0-9]+,/) {
        if (split($0, f, "\"") != 5) { bad = "malformed keyword line: " $0; exit 1 }
        tok = f[1]; sub(/^[ \t]*X\(/, "", tok); sub(/[ \t]*,[ \t]*$/, "", tok)
        member = f[5]; gsub(/[^01]/, "", member)
        if (member != "0" && member != "1") { bad = "member is not 0 or 1: " $0; exit 1 }
        n++; toks[n] = tok; words[n] = f[2]; names[n] = f[4]; members[n] = member
        goals[n] = goal; ngoal += goal
    }
    if ($0 !~ /\\[ \t]*$/) inlist = 0
    next
}

/@keyword-tokens@/ {
    line = "%token"
    for (i = 1; i <= n; i++) line = line " " toks[i] " \"" names[i] "\""
    print line; ntok++; next
}

/@keyword-members@/ {
    line = "   "
    for (i = 1; i <= n; i++)
        if (members[i] == "1") line = line " | " toks[i] " { $$ = \"" words[i] "\"; }"
    print line; nmem++; next
}

/@goal-words@/ {
    line = "   "
    for (i = 1; i <= n; i++)
        if (goals[i]) line = line " | " toks[i] " { $$ = \"" words[i] "\"; }"
    print line; ngw++; next
}

{ print }

END {
    if (bad != "") { print "words.awk: " bad > "/dev/stderr"; exit 1 }
    if (n == 0 || ngoal == 0 || ntok != 1 || nmem != 1 || ngw != 1) {
        print "words.awk: no keyword list in the header or a marker missing in the grammar" \
            > "/dev/stderr"
        exit 1
    }
}
