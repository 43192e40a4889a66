# diag_catalogue.awk: the scanner behind tests/diag_catalogue.sh (POSIX awk; run with LC_ALL=C).
# Reads C, bison and flex sources and prints one record per diagnostic message, tab-separated:
#   MSG  file line func raw         a message format string (C escapes as written, pieces joined)
#   VAR  file line func raw         the same message with one literal argument filled in
#                                   (`"... %s", cond ? "a" : "b"` gives one VAR per branch)
#   DYN  file line func expr        a message the scan cannot read: built at run time, or a
#                                   format whose literal text is too short to look for
# A diagnostic is a call of one of the functions in `fmtarg` (value: which argument is the
# message); for fprintf only when it writes to the error stream.

BEGIN {
    fmtarg["jql_diag_error"] = 3; fmtarg["jql_diag_warning"] = 3; fmtarg["jql_diag_note"] = 3
    fmtarg["jql_parse_error"] = 3; fmtarg["jql_parse_fatal"] = 3   # fatal: error + "not read" note
    fmtarg["cli_usage_error"] = 2                      # cli.c: "jqlc: error: ..." + "try ..."
    fmtarg["cli_usage_msg"] = 2                        # cli.c: the same, a message built already
    fmtarg["fprintf"] = 2                              # only to C->err / stderr (see is_err_stream)
    fmtarg["jql_value_fault"] = 2; fmtarg["fault"] = 2 # runtime faults, shown as a rule's error
    fmtarg["op_fault"] = 1                             # value.c: "WHAT in 'OP'"
    fmtarg["lint_warn"] = 4                            # lint.c: a finding, unless ignored
    declword["struct"]; declword["const"]; declword["enum"]; declword["int"]; declword["char"]
    declword["unsigned"]; declword["void"]; declword["bool"]; declword["size_t"]; declword["long"]
    declword["static"]; declword["va_list"]
    MINLEN = 6    # a shorter longest run (" in '") says too little to look for
    SQ = sprintf("%c", 39)
    RE_CHR = "^" SQ "([^" SQ "\\\\]|\\\\.)*" SQ
    RE_STR = "^\"([^\"\\\\]|\\\\.)*\""
    cur = ""
}

mode == "scan" && FNR == 1 {
    if (cur != "") scan_file()
    cur = FILENAME; ntok = 0; in_comment = 0; flexsec = 0; flexc = 0
    isflex = (cur ~ /\.l$/)
}
mode == "scan" {
    line = $0
    if (isflex) line = flex_line(line)
    tokenize(line, FNR)
}
END { if (mode == "scan" && cur != "") scan_file() }

# ---- flex: keep only the C code (patterns hold quotes and brackets that are not C) ----
function flex_line(s) {
    if (s ~ /^%%/) { flexsec++; return "" }
    if (flexsec == 2) return s
    if (flexc) {
        if (s ~ /^%\}/ || (flexc == 2 && s ~ /^\}/)) { flexc = 0; return "" }
        return s
    }
    if (s ~ /^%\{/) { flexc = 1; return "" }
    if (s ~ /^%top\{/) { flexc = 2; return "" }
    if (flexsec == 0) return ""
    if (s == "" || s ~ /^[ \t]/) return s
    return substr(s, flex_pattern_end(s))
}
function flex_pattern_end(s,    i, n, c) {
    n = length(s); i = 1
    while (i <= n) {
        c = substr(s, i, 1)
        if (c == "\\") { i += 2; continue }
        if (c == "\"") {
            i++
            while (i <= n && substr(s, i, 1) != "\"") { if (substr(s, i, 1) == "\\") i++; i++ }
            i++; continue
        }
        if (c == "[") {
            i++
            if (substr(s, i, 1) == "^") i++
            if (substr(s, i, 1) == "]") i++
            while (i <= n && substr(s, i, 1) != "]") { if (substr(s, i, 1) == "\\") i++; i++ }
            i++; continue
        }
        if (c == " " || c == "\t") return i
        i++
    }
    return i
}

# ---- a C tokenizer, line by line (block comments carry over) ----
function add(type, text, ln) { ntok++; T[ntok] = text; TT[ntok] = type; TL[ntok] = ln }
function tokenize(s, ln,    p, c, c2) {
    while (s != "") {
        if (in_comment) {
            p = index(s, "*/")
            if (!p) return
            s = substr(s, p + 2); in_comment = 0; continue
        }
        if (match(s, /^[ \t\r\f\v]+/)) { s = substr(s, RLENGTH + 1); continue }
        c2 = substr(s, 1, 2); c = substr(s, 1, 1)
        if (c2 == "//") return
        if (c2 == "/*") { in_comment = 1; s = substr(s, 3); continue }
        if (c == "\"") {
            if (!match(s, RE_STR)) { add("bad", s, ln); return }
            add("str", substr(s, 2, RLENGTH - 2), ln); s = substr(s, RLENGTH + 1); continue
        }
        if (c == SQ && match(s, RE_CHR)) { add("chr", substr(s, 2, RLENGTH - 2), ln); s = substr(s, RLENGTH + 1); continue }
        if (match(s, /^[A-Za-z_][A-Za-z0-9_]*/)) { add("id", substr(s, 1, RLENGTH), ln); s = substr(s, RLENGTH + 1); continue }
        if (match(s, /^[0-9][A-Za-z0-9_.]*/)) { add("num", substr(s, 1, RLENGTH), ln); s = substr(s, RLENGTH + 1); continue }
        if (c2 == "->") { add("p", c2, ln); s = substr(s, 3); continue }
        add("p", c, ln); s = substr(s, 2)
    }
}

# ---- token ranges ----
function is_open(t) { return t == "(" || t == "[" || t == "{" }
function is_close(t) { return t == ")" || t == "]" || t == "}" }
function match_close(i,    d) {  # index of the bracket closing the one at i (0 when none)
    d = 0
    for (; i <= ntok; i++) {
        if (TT[i] != "p") continue
        if (is_open(T[i])) d++
        else if (is_close(T[i]) && --d == 0) return i
    }
    return 0
}
# Split the argument list opening at token o into AS[k]..AE[k]; returns the count.
function split_args(o, c,    i, d, n) {
    n = 1; AS[1] = o + 1; d = 0
    for (i = o + 1; i < c; i++) {
        if (TT[i] != "p") continue
        if (is_open(T[i])) d++
        else if (is_close(T[i])) d--
        else if (T[i] == "," && d == 0) { AE[n] = i - 1; n++; AS[n] = i + 1 }
    }
    AE[n] = c - 1
    if (AE[n] < AS[n]) n--   # f()
    return n
}
function text(a, b,    i, s, w, pw) {
    s = ""; pw = 0
    for (i = a; i <= b; i++) {
        w = (TT[i] != "p")
        if (w && pw) s = s " "
        if (TT[i] == "str") s = s "\"" T[i] "\""
        else if (TT[i] == "chr") s = s SQ T[i] SQ
        else s = s T[i]
        if (T[i] == "," && TT[i] == "p") s = s " "
        pw = w
    }
    return s
}
function all_str(a, b,    i) {
    if (a > b) return 0
    for (i = a; i <= b; i++) if (TT[i] != "str") return 0
    return 1
}
function concat(a, b,    i, s) { s = ""; for (i = a; i <= b; i++) s = s T[i]; return s }
# Top-level '?' of a conditional in a..b (0 when none); QCOLON gets its ':'.
function find_ternary(a, b,    i, d, q, n) {
    d = 0; q = 0
    for (i = a; i <= b; i++) {
        if (TT[i] != "p") continue
        if (is_open(T[i])) d++
        else if (is_close(T[i])) d--
        else if (d == 0 && T[i] == "?") { if (!q) { q = i; n = 0 } n++ }
        else if (d == 0 && T[i] == ":" && q && --n == 0) { QCOLON = i; return q }
    }
    return 0
}

# ---- format strings ----
# Skip the directive starting at raw[i] == "%"; sets DIRARGS (arguments it consumes) and
# DIRCONV (its conversion character); returns the index after it.
function skip_directive(raw, i,    c) {
    DIRARGS = 0; i++
    while (substr(raw, i, 1) ~ /[-+ #0]/) i++
    if (substr(raw, i, 1) == "*") { DIRARGS++; i++ } else while (substr(raw, i, 1) ~ /[0-9]/) i++
    if (substr(raw, i, 1) == ".") {
        i++
        if (substr(raw, i, 1) == "*") { DIRARGS++; i++ } else while (substr(raw, i, 1) ~ /[0-9]/) i++
    }
    while (substr(raw, i, 1) ~ /[hlLzjt]/) i++
    DIRCONV = substr(raw, i, 1)
    if (DIRCONV != "%") DIRARGS++
    return i + 1
}
function skip_escape(raw, i,    d, k) {  # raw[i] == "\\"; index after the escape
    i++; d = substr(raw, i, 1)
    if (d ~ /[0-7]/) { for (k = 0; k < 3 && substr(raw, i, 1) ~ /[0-7]/; k++) i++; return i }
    if (d == "x") { i++; while (substr(raw, i, 1) ~ /[0-9A-Fa-f]/) i++; return i }
    return i + 1
}
# The longest run of plain text between directives and escapes: what output must contain.
function longest_run(raw,    i, n, c, run, best) {
    run = ""; best = ""; n = length(raw); i = 1
    while (i <= n) {
        c = substr(raw, i, 1)
        if (c == "\\" || c == "%") {
            if (length(run) > length(best)) best = run
            run = ""
            i = (c == "\\") ? skip_escape(raw, i) : skip_directive(raw, i)
            continue
        }
        run = run c; i++
    }
    if (length(run) > length(best)) best = run
    return best
}
# raw with the %s consuming argument number k (1-based, after the format) replaced by lit;
# "" when that argument is not a %s.
function expand(raw, k, lit,    i, n, c, j, pos) {
    n = length(raw); i = 1; pos = 0
    while (i <= n) {
        c = substr(raw, i, 1)
        if (c == "\\") { i = skip_escape(raw, i); continue }
        if (c != "%") { i++; continue }
        j = skip_directive(raw, i)
        if (DIRARGS > 0 && pos + DIRARGS >= k) {
            if (pos + DIRARGS == k && DIRCONV == "s" && DIRARGS == 1)
                return substr(raw, 1, i - 1) lit substr(raw, j)
            return ""
        }
        pos += DIRARGS; i = j
    }
    return ""
}

# ---- records ----
function emit(kind, ln, fn, s) { printf "%s\t%s\t%d\t%s\t%s\n", kind, cur, ln, fn, s }
# A message expression a..b: literal pieces, a conditional of messages, jql_sprintf(...).
function message(a, b, ln, fn,    q, col, c, n, i, fa, fb) {
    while (T[a] == "(" && match_close(a) == b) { a++; b-- }
    if (a > b) { emit("DYN", ln, fn, "(empty)"); return }
    if ((q = find_ternary(a, b))) {
        col = QCOLON
        message(q + 1, col - 1, ln, fn); message(col + 1, b, ln, fn); return
    }
    if (all_str(a, b)) {
        if (length(longest_run(concat(a, b))) < MINLEN) emit("DYN", ln, fn, text(a, b))
        else emit("MSG", ln, fn, concat(a, b))
        return
    }
    if (T[a] == "jql_sprintf" && T[a + 1] == "(" && match_close(a + 1) == b) {
        n = split_args(a + 1, b)
        DEPTH++
        for (i = 1; i <= n; i++) { SA[DEPTH, i] = AS[i]; SE[DEPTH, i] = AE[i] }
        formatted(ln, fn, n, 1, a, b)
        DEPTH--
        return
    }
    emit("DYN", ln, fn, text(a, b))
}
# A printf-style call whose arguments are in AS/AE (saved to SA/SE), format at index f.
function formatted(ln, fn, n, f, a, b,    fa, fb, raw, i, k, v) {
    fa = SA[DEPTH, f]; fb = SE[DEPTH, f]
    if (all_str(fa, fb) && concat(fa, fb) == "%s" && n > f) {
        message(SA[DEPTH, f + 1], SE[DEPTH, f + 1], ln, fn)
        return
    }
    if (!all_str(fa, fb)) { message(fa, fb, ln, fn); return }
    raw = concat(fa, fb)
    if (length(longest_run(raw)) < MINLEN) { emit("DYN", ln, fn, text(a, b)); return }
    emit("MSG", ln, fn, raw)
    for (k = 1; f + k <= n; k++) {
        NLIT = 0
        literals(SA[DEPTH, f + k], SE[DEPTH, f + k])
        for (i = 1; i <= NLIT; i++) {
            v = expand(raw, k, LIT[i])
            if (v != "" && v != raw) emit("VAR", ln, fn, v)
        }
    }
}
# The string literals an argument can be: "x", or cond ? "x" : cond2 ? "y" : "z" (else none).
function literals(a, b,    q, col) {
    while (T[a] == "(" && match_close(a) == b) { a++; b-- }
    if ((q = find_ternary(a, b))) {
        col = QCOLON
        if (!branch_is_lit(q + 1, col - 1) && !branch_is_lit(col + 1, b)) return
        literals(q + 1, col - 1); literals(col + 1, b); return
    }
    if (a <= b && all_str(a, b)) LIT[++NLIT] = concat(a, b)
    else if (a == b && TT[a] == "id" && T[a] == "NULL") return
}
function branch_is_lit(a, b) {
    while (T[a] == "(" && match_close(a) == b) { a++; b-- }
    return all_str(a, b) || find_ternary(a, b)
}
function is_err_stream(a, b,    s) { s = text(a, b); return s == "C->err" || s == "stderr" || s == "err" }

function scan_file(    i, c, n, f, k, fn, ln, isdecl) {
    for (i = 1; i < ntok; i++) {
        if (TT[i] == "bad") { emit("DYN", TL[i], "?", "cannot tokenize: " T[i]); continue }
        if (TT[i] != "id" || !(T[i] in fmtarg) || T[i + 1] != "(") continue
        if (i > 1 && (T[i - 1] == "->" || T[i - 1] == ".")) continue
        fn = T[i]; ln = TL[i]; f = fmtarg[fn]
        c = match_close(i + 1)
        if (!c) { emit("DYN", ln, fn, "unbalanced call"); continue }
        n = split_args(i + 1, c)
        isdecl = 0
        for (k = 1; k <= n; k++)
            if ((TT[AS[k]] == "id" && (T[AS[k]] in declword)) || T[AS[k]] == ".") isdecl = 1
        if (isdecl) continue                   # a declaration or definition, not a call
        if (fn == "fprintf" && (n < 2 || !is_err_stream(AS[1], AE[1]))) continue
        if (n < f) { emit("DYN", ln, fn, "too few arguments: " text(i, c)); continue }
        DEPTH = 1
        for (k = 1; k <= n; k++) { SA[DEPTH, k] = AS[k]; SE[DEPTH, k] = AE[k] }
        formatted(ln, fn, n, f, i, c)
    }
}

# ---- check mode: awk -v mode=check -v allow=FILE -v corpus=FILE -f this ALLOW RECORDS ----
# Message pieces: per "\n"-separated segment, the literal runs in order; a segment is found when
# one corpus line holds all its runs in that order. The longest run pre-filters.
function pieces(raw, seg,    i, n, c, run, np) {
    np = 0; run = ""; n = length(raw); i = 1; NSEG = 1; SEGN[1] = 0
    while (i <= n) {
        c = substr(raw, i, 1)
        if (c == "\\" || c == "%") {
            if (run != "") { SEGN[NSEG]++; PIECE[NSEG, SEGN[NSEG]] = run }
            run = ""
            if (c == "\\" && substr(raw, i + 1, 1) == "n") { NSEG++; SEGN[NSEG] = 0 }
            i = (c == "\\") ? skip_escape(raw, i) : skip_directive(raw, i)
            continue
        }
        run = run c; i++
    }
    if (run != "") { SEGN[NSEG]++; PIECE[NSEG, SEGN[NSEG]] = run }
}
function line_has(l, s,    k, p) {
    for (k = 1; k <= SEGN[s]; k++) {
        p = index(l, PIECE[s, k])
        if (!p) return 0
        l = substr(l, p + length(PIECE[s, k]))
    }
    return 1
}
function covered(raw,    best, s, j, ok) {
    best = longest_run(raw)
    if (!index(ALL, best)) return 0
    pieces(raw)
    for (s = 1; s <= NSEG; s++) {
        if (!SEGN[s]) continue
        ok = 0
        for (j = 1; j <= NC && !ok; j++) ok = line_has(CL[j], s)
        if (!ok) return 0
    }
    return 1
}
mode == "check" && FILENAME == allow {
    if ($0 ~ /^[ \t]*(#|$)/) next
    p = index($0, " # ")
    key = p ? substr($0, 1, p - 1) : $0
    sub(/[ \t]+$/, "", key)
    if (!p || substr($0, p + 3) ~ /^[ \t]*$/) {
        printf "%s:%d: allowlist entry without a '# reason': %s\n", allow, FNR, $0; bad++
        next
    }
    ALLOW[key] = FNR
    next
}
mode == "check" && FNR == 1 && !loaded {   # the corpus: read whole, then split into lines
    loaded = 1; rs = RS; RS = "\001"; ALL = ""; getline ALL < corpus; close(corpus); RS = rs
    NC = split(ALL, CL, "\n")
}
mode == "check" {
    kind = $1; file = $2; ln = $3; fn = $4; raw = $5
    for (i = 6; i <= NF; i++) raw = raw "\t" $i
    key = kind == "DYN" ? "@" file " " fn ": " raw : raw
    if (!(key in SEEN)) {
        SEEN[key] = 1; nkeys++
        if (kind != "DYN" && covered(raw)) { COV[key] = 1; ncov++ }
        else if (key in ALLOW) { USED[key] = 1; nallow++ }
        else nmiss++
    }
    if (key in ALLOW) USED[key] = 1
    if (key in COV || key in ALLOW) next
    if (kind == "DYN")
        printf "%s:%d: cannot check %s(%s): the message is built elsewhere or has too little " \
               "fixed text; test it and allowlist it as \"%s # REASON\"\n", file, ln, fn, raw, key
    else
        printf "%s:%d: no end-to-end test for %s \"%s\"%s\n", file, ln, fn, raw,
               kind == "VAR" ? " (this form of a message with a literal argument)" : ""
}
END {
    if (mode != "check") exit
    for (key in ALLOW)
        if (!(key in USED)) { printf "%s:%d: allowlist entry matches no diagnostic: %s\n", allow, ALLOW[key], key; bad++ }
        else if (key in COV) printf "%s:%d: note: allowlisted but tested, remove it: %s\n", allow, ALLOW[key], key
    printf "allowlisted: %d (%s)\n", nallow, allow
    printf "diagnostics: %d covered, %d missing\n", ncov, nmiss
    exit (nmiss > 0 || bad > 0) ? 1 : 0
}
