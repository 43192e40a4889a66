# The manual pages and the help text, read for tests/man.sh (POSIX awk). Modes:
#
# mode=lint      PAGE (-v name=jqlc-check -v version=0.1.0 -v required="NAME,...")
#   the page's man(7) source: .TH with five fields (title, section 1, a YYYY-MM-DD date,
#   "jqlc VERSION", "User Commands"); only known sections, in the order of man-pages(7),
#   each once, the required ones present; a NAME line "name \- summary" for this page;
#   only the macros listed in `known` below; no blank line, no trailing blank, no line
#   starting with ' (a control line); every .TP followed by its tag; .EX/.EE and
#   .RS/.RE balanced; option dashes escaped (\-), so that they copy as hyphen-minus.
#   Problems go to stdout as "FILE:LINE: message"; exit 1 when there was one.
# mode=tags      PAGE (-v sec="OPTIONS"): the text of each .TP tag of section sec, one a
#   line, as it reads (font escapes dropped, \- as -, alternating macros joined).
# mode=text      PAGE (-v sec="SEE ALSO"): the text of section sec, as mode=tags reads it.
# mode=options   TEXT: the option names (-x, --long) in TEXT, one a line.
# mode=help-options  HELP: the option names of the option lines of a usage text (lines
#   indented 2 to 8 spaces that start with "-"; their first column only).
# mode=help-para HELP (-v key="exit status"): the paragraph that starts "KEY:", its lines
#   joined, without "KEY:"; it ends at a blank line, the next "WORD:" line, or the end.
# mode=statuses  TEXT: the exit statuses a help paragraph names: each whole number that
#   starts it or follows ",", ";", ":", "or" or "and" ("0 written, 2 an error"), one a line.
# mode=variables TEXT: the environment variables a help paragraph names (its words of
#   three or more capitals, digits and "_": JQL_PATH, TMPDIR, PATH), one a line.
# mode=help-commands HELP: the commands listed under "commands:" by `jqlc --help`.

BEGIN {
    known = " TH SH SS TP TQ IP PP LP P B I BR BI IR RB RI IB SM SB br sp nh RS RE EX EE "
    order = "NAME,SYNOPSIS,DESCRIPTION,COMMANDS,OPTIONS,EXIT STATUS,DIAGNOSTICS," \
            "ENVIRONMENT,FILES,EXAMPLES,SEE ALSO"
    nsec = split(order, secs, ",")
    for (i = 1; i <= nsec; i++) rank[secs[i]] = i
    errors = 0; section = ""; last_rank = 0; want_tag = 0; in_ex = 0; in_rs = 0
    th_seen = 0; name_lines = 0
}

function fail(msg) { print FILENAME ":" FNR ": " msg; errors++ }

# The arguments of a macro line, as troff splits them (quotes group, "" is a quote).
function split_args(line, args,    n, i, c, cur, quoted, have) {
    n = 0; cur = ""; quoted = 0; have = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        if (quoted) {
            if (c == "\"" && substr(line, i + 1, 1) == "\"") { cur = cur "\""; i++ }
            else if (c == "\"") quoted = 0
            else cur = cur c
        } else if (c == " " || c == "\t") {
            if (have) { args[++n] = cur; cur = ""; have = 0 }
        } else if (c == "\"" && !have) {
            quoted = 1; have = 1
        } else {
            cur = cur c; have = 1
        }
    }
    if (have) args[++n] = cur
    return n
}

# Escapes as they read: fonts dropped, \- a hyphen-minus, named quotes as quotes.
function unescape(s) {
    gsub(/\\f(\[[^]]*\]|\(..|.)/, "", s)
    gsub(/\\-/, "-", s); gsub(/\\\(dq/, "\"", s); gsub(/\\\(aq/, "'", s)
    gsub(/\\~/, " ", s); gsub(/\\c/, "", s); gsub(/\\e/, "\\", s); gsub(/\\&/, "", s)
    return s
}

# A line of the page as it reads: a font macro's arguments joined (alternating macros
# without a space), other macros dropped; text lines unescaped.
function plain(line,    m, n, args, i, s, sep) {
    if (line !~ /^\./) return unescape(line)
    m = line; sub(/^\./, "", m); sub(/[ \t].*/, "", m)
    if (m !~ /^(B|I|SM|SB|BR|BI|IR|RB|RI|IB)$/) return ""
    s = line; sub(/^\.[A-Za-z]+[ \t]*/, "", s)
    n = split_args(s, args)
    sep = length(m) == 2 && m != "SM" && m != "SB" ? "" : " "
    s = ""
    for (i = 1; i <= n; i++) s = s (i > 1 ? sep : "") args[i]
    return unescape(s)
}

function section_of(line,    s) {
    s = line; sub(/^\.SH[ \t]*/, "", s); gsub(/"/, "", s)
    return s
}

# Every option name in s: "-x" or "--long-name", at the start or after a blank, comma,
# bar, bracket or parenthesis (so that "built-in" and "2026-03-01" are none).
function print_options(s,    t) {
    s = " " s
    while (match(s, /[] ,|[(]--?[A-Za-z][A-Za-z0-9-]*/)) {
        t = substr(s, RSTART + 1, RLENGTH - 1)
        print t
        s = substr(s, RSTART + RLENGTH)
    }
}

# ---- lint --------------------------------------------------------------------------------

function lint_th(line,    n, args, title) {
    if (th_seen++) { fail(".TH given twice"); return }
    n = split_args(substr(line, 4), args)
    if (n != 5) { fail(".TH has " n " fields, not 5 (title, section, date, source, manual)"); return }
    title = toupper(name)
    if (args[1] != title) fail(".TH title is '" args[1] "', not '" title "'")
    if (args[2] != "1") fail(".TH section is '" args[2] "', not 1")
    if (args[3] !~ /^[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]$/)
        fail(".TH date '" args[3] "' is not YYYY-MM-DD")
    if (args[4] != "jqlc " version) fail(".TH source is '" args[4] "', not 'jqlc " version "'")
    if (args[5] != "User Commands") fail(".TH manual is '" args[5] "', not 'User Commands'")
}

function lint_sh(line,    s) {
    s = section_of(line)
    if (!(s in rank)) { fail("unknown section '" s "' (known: " order ")"); return }
    if (s in seen) fail("section '" s "' given twice")
    else if (rank[s] < last_rank) fail("section '" s "' is out of order (" order ")")
    seen[s] = FNR; last_rank = rank[s]; section = s
}

function lint_name(line,    want) {
    want = name
    if (++name_lines > 1) fail("NAME has more than one line")
    else if (index(line, want " \\- ") != 1 || length(line) <= length(want) + 4)
        fail("NAME line is not '" want " \\- summary'")
}

mode == "lint" {
    line = $0
    if (line == "") { fail("blank line (troff prints it as an empty line; use .PP)"); next }
    if (line ~ /[ \t]$/) fail("trailing blank")
    if (line ~ /^'/) fail("line starts with ' (a troff control line)")
    if (line ~ /^\.\\"/) next
    if (!th_seen && line !~ /^\.TH[ \t]/) { fail("text before .TH"); th_seen = 1 }
    if (line ~ /^\./) {
        m = line; sub(/^\./, "", m); sub(/[ \t].*/, "", m)
        if (index(known, " " m " ") == 0) fail("unknown or unexpected macro '." m "'")
        if (want_tag && m !~ /^(B|I|BR|BI|IR|RB|RI|IB|SM|SB)$/)
            fail(".TP is followed by ." m ", not by its tag")
        want_tag = 0
        if (m == "TH") lint_th(line)
        else if (m == "SH") lint_sh(line)
        else if (m == "TP") want_tag = 1
        else if (m == "EX") { if (in_ex++) fail(".EX inside .EX") }
        else if (m == "EE") { if (!in_ex--) { fail(".EE without .EX"); in_ex = 0 } }
        else if (m == "RS") in_rs++
        else if (m == "RE") { if (!in_rs--) { fail(".RE without .RS"); in_rs = 0 } }
    } else {
        want_tag = 0
        if (section == "NAME") lint_name(line)
    }
    if (line ~ /(^|[ ("[|])--?[A-Za-z]/)
        fail("unescaped option dash: write \\- (" line ")")
    next
}

# ---- reading a page ----------------------------------------------------------------------

mode == "tags" || mode == "text" {
    if ($0 ~ /^\.SH/) { section = section_of($0); want_tag = 0; next }
    if (section != sec || $0 ~ /^\.\\"/) next
    if (mode == "tags") {
        if ($0 ~ /^\.TP/) { want_tag = 1; next }
        if (want_tag) { print plain($0); want_tag = 0 }
        next
    }
    s = plain($0)
    if (s != "") print s
    next
}

mode == "options" { print_options($0); next }

# ---- reading a usage text ----------------------------------------------------------------

mode == "help-options" {
    if ($0 !~ /^  ( ? ? ? ? ? ?)-/) next
    s = $0; sub(/^ +/, "", s)
    if (index(s, "  ")) s = substr(s, 1, index(s, "  ") - 1)
    print_options(s)
    next
}

mode == "help-para" {
    if (inpara && ($0 == "" || $0 ~ /^[a-z][a-z ]*:/)) inpara = 2
    if (inpara == 1) para = para " " $0
    if (!inpara && index($0, key ":") == 1) { inpara = 1; para = substr($0, length(key) + 2) }
    next
}

mode == "statuses" {
    n = split($0, w, /[ \t]+/)
    prev = ","
    for (i = 1; i <= n; i++) {
        if (w[i] == "") continue
        if (w[i] ~ /^[0-9]+$/ && (prev ~ /[,;:]$/ || prev == "or" || prev == "and"))
            print w[i]
        prev = w[i]
    }
    next
}

mode == "variables" {
    n = split($0, w, /[^A-Za-z0-9_]+/)
    for (i = 1; i <= n; i++)
        if (length(w[i]) >= 3 && w[i] ~ /^[A-Z][A-Z0-9_]*[A-Z0-9]$/) print w[i]
    next
}

mode == "help-commands" {
    if ($0 == "commands:") { incmds = 1; next }
    if (incmds && $0 == "") incmds = 0
    if (incmds && $0 ~ /^  [a-z]+  /) { s = $0; sub(/^  /, "", s); sub(/ .*/, "", s); print s }
    next
}

END {
    if (mode == "lint") {
        if (!th_seen) fail("no .TH")
        n = split(required, req, ",")
        for (i = 1; i <= n; i++)
            if (!(req[i] in seen)) { FNR = "-"; fail("no section '" req[i] "'") }
        if (in_ex) fail(".EX without .EE")
        if (in_rs) fail(".RS without .RE")
        if (want_tag) fail(".TP at the end, without a tag")
        exit errors > 0
    }
    if (mode == "help-para" && inpara) print para
}
