# Doc tests, the text work of tests/docs.sh (POSIX awk). Three modes:
#
# mode=extract  FILES...: find every ```console block and write, for the Nth command in it,
#   DIR/N.cmd (the command line without "$ "), DIR/N.exp (the output shown, block indent
#   removed) and one line of DIR/index: N, file, line of the command, first and last line of
#   its output in the file (last < first when none is shown), block indent, status shown.
#   A "$ " prompt anywhere else in a fenced block is an error: every command shown with a
#   prompt runs. Errors go to stdout as "FILE:LINE: message"; exit 1 when there was one.
# mode=align    EXP ACT: align the output shown (with its elisions) to the actual output
#   and print the output as the doc should show it: each line of EXP that still matches
#   kept as it is (so `...` and abbreviated lines stay), changed lines replaced, lines new in
#   ACT inserted unless an elision covers them. The doc matches the run exactly when the
#   result equals EXP.
# mode=rewrite  INDEX DOC (-v dir=DIR): print DOC with the output of each of its commands
#   replaced by DIR/N.new (indented like its block).
#
# Elisions: a line that is only `...` stands for any number of lines (none included); a line
# that ends in `...` after other text stands for one line that starts with that text.

function fail(msg) { print FILENAME ":" FNR ": " msg; errors++ }

function fence_open(line) {
    return match(line, /^ *(```+|~~~+)/)
}

# ---- extract ------------------------------------------------------------------------------

function end_test() {
    if (!cur) return
    # the output region runs to the next command or the closing fence, [exit N] included;
    # a command that breaks the rules is not run
    if (!cur_bad) printf "%d\t%s\t%d\t%d\t%d\t%d\t%d\n", cur, FILENAME, cmd_line, cmd_line + 1,
        FNR - 1, indent, status > (dir "/index")
    close(dir "/" cur ".exp")
    cur = 0
}

mode == "extract" && FNR == 1 {
    if (in_fence) { print prev_file ":" fence_line ": fenced block not closed"; errors++ }
    in_fence = 0; prev_file = FILENAME
}

mode == "extract" {
    line = $0
    if (!in_fence) {
        if (fence_open(line)) {
            in_fence = 1; fence_line = FNR
            mark = substr(line, 1, RLENGTH); sub(/^ */, "", mark)
            indent = RLENGTH - length(mark)
            info = substr(line, RLENGTH + 1); sub(/^[ \t]*/, "", info); sub(/[ \t].*/, "", info)
            console = (info == "console"); ncmds = 0
        }
        next
    }
    # a closing fence: the same character, at least as long, nothing after it
    if (match(line, /^ *(```+|~~~+)[ \t]*$/)) {
        m = line; sub(/^ */, "", m); sub(/[ \t]*$/, "", m)
        if (substr(m, 1, 1) == substr(mark, 1, 1) && length(m) >= length(mark)) {
            end_test()
            if (console && ncmds == 0) fail("console block without a '$ jqlc' command")
            in_fence = 0
            next
        }
    }
    # the block's indent is not part of its text
    for (k = 0; k < indent && substr(line, 1, 1) == " "; k++) line = substr(line, 2)
    if (!console) {
        if (line ~ /^\$ /)
            fail("a '$ ' prompt outside a ```console block (every command shown with a prompt is run): write ```console, or drop the prompt")
        next
    }
    if (line ~ /^\$ /) {
        end_test()
        cmd = substr(line, 3)
        bad_cmd = 0
        if (cmd !~ /^jqlc( |$)/) { fail("only jqlc commands run in a console block: '" cmd "'"); bad_cmd = 1 }
        c = cmd; gsub(/[0-9]?>(\/dev\/null|&[12])/, "", c)
        if (c ~ />|--output/) { fail("a command in a console block must not write files: '" cmd "'"); bad_cmd = 1 }
        cur = ++ntests; ncmds++; cmd_line = FNR; status = 0; exit_line = 0; cur_bad = bad_cmd
        printf "%s\n", cmd > (dir "/" cur ".cmd"); close(dir "/" cur ".cmd")
        printf "" > (dir "/" cur ".exp")
        next
    }
    if (!cur) { fail("output before the first '$ jqlc' command of a console block"); next }
    if (exit_line) { fail("output after '[exit N]': it ends the output of its command"); next }
    if (match(line, /^\[exit [0-9]+\]$/)) {
        status = substr(line, 7, RLENGTH - 7) + 0; exit_line = FNR
        if (status == 0) fail("'[exit 0]' is the default: leave it out")
        next
    }
    print line > (dir "/" cur ".exp")
}

# ---- align ----------------------------------------------------------------------------------

# kind: "*" any number of lines, "p" a line starting with text, "l" a literal line
function kind_of(s) {
    if (s ~ /^[ \t]*\.\.\.$/) return "*"
    if (s ~ /\.\.\.$/) return "p"
    return "l"
}

function line_matches(i, s,    pre) {
    if (pk[i] == "l") return p[i] == s
    pre = substr(p[i], 1, length(p[i]) - 3)
    return substr(s, 1, length(pre)) == pre
}

# A changed line that was abbreviated in the doc stays abbreviated at about the same width,
# cut after a whole word.
function replacement(i, s,    pre, k) {
    if (pk[i] != "p") return s
    pre = substr(p[i], 1, length(p[i]) - 3)
    for (k = length(pre); k <= length(s) && substr(s, k, 1) != " "; k++) ;
    if (k >= length(s) - 3 || substr(s, 1, k) !~ /[^ \t]/) return s
    return substr(s, 1, k) "..."
}

mode == "align" && FILENAME == ARGV[1] { p[++m] = $0; pk[m] = kind_of($0); next }
mode == "align" { a[++n] = $0; next }

# How alike two lines are, 0 to 1: the share of words in common (Dice coefficient), the
# actual line cut to the length of an abbreviated pattern line.
function alike(i, s,    x, y, nx, ny, k, l, seen, common) {
    if (pk[i] == "p") s = substr(s, 1, length(p[i]) - 3)
    nx = split(p[i], x); ny = split(s, y)
    if (nx + ny == 0) return 1
    for (k = 1; k <= ny; k++) seen[y[k]]++
    common = 0
    for (k = 1; k <= nx; k++) if (seen[x[k]] > 0) { seen[x[k]]--; common++ }
    return 2 * common / (nx + ny)
}

# Replacing pattern line i by actual line s: from DEL/2 (alike) to 3*DEL/2 (nothing alike),
# so a changed line replaces the old one rather than being deleted and inserted, and a
# line an elision can absorb replaces it only when the two are more alike than not.
function sub_cost(i, s) { return int(DEL / 2 + DEL * (1 - alike(i, s))) }

# Cheapest alignment of p[i..m] with a[j..n] (C[i, j], by dynamic programming): an elision
# absorbs an actual line for ABS, a pattern line that matches costs nothing, deleting or
# inserting a line costs DEL, replacing one sub_cost. DEL exceeds any possible sum of ABS,
# so the result is the doc's text unchanged whenever the doc matches.
function align(    i, j, best, c) {
    ABS = 1; DEL = 2000000
    for (j = n + 1; j >= 1; j--) C[m + 1, j] = (n + 1 - j) * DEL
    for (i = m; i >= 1; i--) {
        C[i, n + 1] = (pk[i] == "*" ? 0 : DEL) + C[i + 1, n + 1]
        for (j = n; j >= 1; j--) {
            if (pk[i] == "*") {
                best = C[i + 1, j]
                if ((c = ABS + C[i, j + 1]) < best) best = c
            } else {
                best = (line_matches(i, a[j]) ? 0 : sub_cost(i, a[j])) + C[i + 1, j + 1]
                if ((c = DEL + C[i + 1, j]) < best) best = c
                if ((c = DEL + C[i, j + 1]) < best) best = c
            }
            C[i, j] = best
        }
    }
    # walk the cheapest path, emitting the doc's new text
    i = 1; j = 1
    while (i <= m || j <= n) {
        if (i > m) { print a[j++]; continue }
        if (pk[i] == "*") {
            if (j <= n && C[i, j] == ABS + C[i, j + 1]) j++
            else print p[i++]
            continue
        }
        if (j > n) { i++; continue }
        if (line_matches(i, a[j]) && C[i, j] == C[i + 1, j + 1]) { print p[i++]; j++; continue }
        if (!line_matches(i, a[j]) && C[i, j] == sub_cost(i, a[j]) + C[i + 1, j + 1]) { print replacement(i, a[j]); i++; j++; continue }
        if (C[i, j] == DEL + C[i + 1, j]) { i++; continue }
        print a[j++]
    }
}

# ---- rewrite ----------------------------------------------------------------------------------

mode == "rewrite" && FILENAME == ARGV[1] {
    split($0, f, "\t")
    if (f[2] == ARGV[2]) { from[f[4]] = f[1]; upto[f[4]] = f[5]; ind[f[4]] = f[6] }
    next
}
mode == "rewrite" {
    if (skip_to >= FNR) next
    if (FNR in from) {
        pad = sprintf("%" ind[FNR] "s", "")
        newf = dir "/" from[FNR] ".new"
        while ((getline s < newf) > 0) print (s == "" ? s : pad s)
        close(newf)
        skip_to = upto[FNR]
        if (skip_to >= FNR) next
    }
    print
}

END {
    if (mode == "extract") {
        if (in_fence) { print prev_file ":" fence_line ": fenced block not closed"; errors++ }
        exit errors > 0
    }
    if (mode == "align") align()
}
