/*
** report: status counts and the two built-in writers, JSON (schema 1, byte-for-byte
** stable) and the human text report, both described in docs/cli.md.
** Writers read only the report data, in the order the evaluator filled it.
*/
#include "report.h"
#include "report_int.h"
#include "report_port.h"
#include "report_rows.h"

#include "mem.h"
#include "sha256.h"
#include "term.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const char *str(const char *s) { return s ? s : ""; }

static enum jql_status status_of(uint8_t st)
{
    return st < JQL_NSTATUS ? (enum jql_status)st : JQL_ERROR;
}

void jql_report_add_file(struct jql_report *r, const struct jql_source *src, const char *kind)
{
    /* a disk file is identified by its real path, a built-in one by "std/..." */
    struct jql_rfile f = {.path = strncmp(src->path, "std/", 4) == 0 ? src->path : src->name,
                          .kind = kind};
    jql_sha256_hex(src->text, src->len, f.sha256);
    JQL_APPEND(r->files, r->nfiles, f);
}

void jql_report_add_file_sha(struct jql_report *r, const char *path, const char *kind,
                             const char sha256[65])
{
    struct jql_rfile f = {.path = path, .kind = kind};
    memcpy(f.sha256, sha256, sizeof f.sha256);
    JQL_APPEND(r->files, r->nfiles, f);
}

void jql_report_tally(struct jql_report *r, const struct jql_remployer *e)
{
    r->counts[0][status_of(e->status)]++;
    for (int j = 0; j < e->nstds; j++) {
        r->counts[1][status_of(e->stds[j].status)]++;
        for (int k = 0; k < e->stds[j].nrules; k++)
            r->counts[2][status_of(e->stds[j].rules[k].status)]++;
    }
}

void jql_report_count(struct jql_report *r)
{
    memset(r->counts, 0, sizeof r->counts);
    for (int i = 0; i < r->nemps; i++)
        jql_report_tally(r, &r->emps[i]);
}

/* ---- JSON ---- */

/* Length of the run at s that needs no escaping (valid UTF-8, no quotes, backslashes,
   or characters a terminal must not get raw: jql_term_unsafe), for one write. */
static size_t json_plain_run(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c < 0x20 || c == 0x7F)
            break;
        size_t k = c < 0x80 ? 1 : jql_utf8_seq(s + i, n - i);
        if (k == 0 || (k > 1 && jql_term_unsafe(jql_term_codepoint(s + i, k))))
            break;
        i += k;
    }
    return i;
}

static void json_escape_one(FILE *out, const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    size_t k = jql_utf8_seq(s + *i, n - *i);
    if (k == 0)
        fputs("\\ufffd", out);
    else if (c == '"' || c == '\\')
        fprintf(out, "\\%c", c);
    else if (c == '\n')
        fputs("\\n", out);
    else if (c == '\r')
        fputs("\\r", out);
    else if (c == '\t')
        fputs("\\t", out);
    else /* a control character, C1, a bidirectional override: the same string, readable */
        fprintf(out, "\\u%04x", (unsigned)jql_term_codepoint(s + *i, k));
    *i += k ? k : 1;
}

/* UTF-8 passes through; an invalid byte becomes U+FFFD so the output stays valid JSON.
   What a terminal must not get raw (jql_term_unsafe) is written as a unicode escape: a
   JSON reader gets the same string, and `cat report.json` stays safe (docs/cli.md,
   Security). */
void jql_json_string(FILE *out, const char *s)
{
    s = str(s);
    size_t n = strlen(s);
    fputc('"', out);
    for (size_t i = 0; i < n;) {
        size_t run = json_plain_run(s + i, n - i);
        if (run) {
            fwrite(s + i, 1, run, out);
            i += run;
        } else {
            json_escape_one(out, s, n, &i);
        }
    }
    fputc('"', out);
}

static void json_key(FILE *out, int ind, const char *key)
{
    fprintf(out, "%*s\"%s\": ", ind, "", key);
}

static void json_kv_str(FILE *out, int ind, const char *key, const char *val)
{
    json_key(out, ind, key);
    jql_json_string(out, val);
    fputs(",\n", out);
}

/* A list of strings on one line: ["a", "b"], or ["a","b"] when `compact` (JSON Lines). */
static void json_strings_sep(FILE *out, const char *const *v, int n, bool compact)
{
    fputc('[', out);
    for (int i = 0; i < n; i++) {
        if (i)
            fputs(compact ? "," : ", ", out);
        jql_json_string(out, v[i]);
    }
    fputc(']', out);
}

static void json_strings(FILE *out, const char *const *v, int n)
{
    json_strings_sep(out, v, n, false);
}

const char *jql_gap_word(enum jql_gap_dir d)
{
    switch (d) {
    case JQL_GAP_SHORT: return "short";
    case JQL_GAP_OVER: return "over";
    case JQL_GAP_OFF: return "off";
    default: return "";
    }
}

/* `"gap": {...}` and `"failing": N` of a failed rule, each only when it has one (docs/cli.md,
   "Fields"); JSON writes them one key a line at indent `ind` (each line ending ",\n"),
   JSON Lines compact (ind < 0: each after a comma). */
static void json_gap(FILE *out, int ind, const struct jql_gap *g)
{
    bool compact = ind < 0;
    if (g->dir != JQL_GAP_NONE) {
        if (compact)
            fputs(",\"gap\":{\"expr\":", out);
        else
            fprintf(out, "%*s\"gap\": {\"expr\": ", ind, "");
        jql_json_string(out, g->expr);
        fputs(compact ? ",\"by\":" : ", \"by\": ", out);
        jql_json_string(out, g->by);
        fputs(compact ? ",\"direction\":" : ", \"direction\": ", out);
        jql_json_string(out, jql_gap_word((enum jql_gap_dir)g->dir));
        fputs(compact ? "}" : "},\n", out);
    }
    if (g->failing > 0) {
        if (compact)
            fprintf(out, ",\"failing\":%d", g->failing);
        else
            fprintf(out, "%*s\"failing\": %d,\n", ind, "", g->failing);
    }
}

static void json_rule(FILE *out, int ind, const struct jql_rrule *ru)
{
    fprintf(out, "%*s{\n", ind, "");
    json_kv_str(out, ind + 2, "id", ru->id);
    json_kv_str(out, ind + 2, "title", ru->title);
    json_kv_str(out, ind + 2, "level", ru->level);
    json_kv_str(out, ind + 2, "status", jql_status_name(status_of(ru->status)));
    json_kv_str(out, ind + 2, "reason", ru->reason);
    json_key(out, ind + 2, "missing");
    json_strings(out, ru->missing, ru->nmissing);
    fputs(",\n", out);
    json_gap(out, ind + 2, &ru->gap);
    json_kv_str(out, ind + 2, "cite", ru->cite);
    json_kv_str(out, ind + 2, "advice", ru->advice);
    json_key(out, ind + 2, "location");
    jql_json_string(out, ru->location);
    fprintf(out, "\n%*s}", ind, "");
}

static void json_std(FILE *out, int ind, const struct jql_rstd *sd)
{
    fprintf(out, "%*s{\n", ind, "");
    json_kv_str(out, ind + 2, "id", sd->id);
    json_kv_str(out, ind + 2, "title", sd->title);
    if (*str(sd->version)) /* docs/cli.md: present only when the standard declares them */
        json_kv_str(out, ind + 2, "version", sd->version);
    if (*str(sd->source))
        json_kv_str(out, ind + 2, "source", sd->source);
    json_kv_str(out, ind + 2, "status", jql_status_name(status_of(sd->status)));
    if (*str(sd->reason))
        json_kv_str(out, ind + 2, "reason", sd->reason);
    json_key(out, ind + 2, "rules");
    fputs(sd->nrules ? "[\n" : "[]", out);
    for (int i = 0; i < sd->nrules; i++) {
        json_rule(out, ind + 4, &sd->rules[i]);
        fputs(i + 1 < sd->nrules ? ",\n" : "\n", out);
    }
    if (sd->nrules)
        fprintf(out, "%*s]", ind + 2, "");
    fprintf(out, "\n%*s}", ind, "");
}

/* One diagnostic, on one line:
   {"severity": "error", "file": "acme.facts", "line": 3, "column": 7, "message": "...",
    "notes": ["...", "acme.facts:1:1: ..."]}
   (JSON Lines, `compact`: no blank after ':' and ','.)
   An unlocated diagnostic has "line": 0, "column": 0 (no position) and "file": the
   file it is about (an unreadable fact file), or "" when none; a located note is
   prefixed with its "file:line:col: ". */
static void json_diag(FILE *out, const struct jql_diag *dg, bool compact)
{
    const char *c = compact ? ":" : ": ", *s = compact ? "," : ", ";
    int line = 0, col = 0;
    if (dg->loc.src)
        jql_source_linecol(dg->loc.src, dg->loc.start, &line, &col);
    fprintf(out, "{\"severity\"%s\"%s\"%s\"file\"%s", c, jql_diag_severity_name(dg->sev), s, c);
    jql_json_string(out, dg->loc.src ? dg->loc.src->name : str(dg->file));
    fprintf(out, "%s\"line\"%s%d%s\"column\"%s%d%s\"message\"%s", s, c, line, s, c, col, s, c);
    jql_json_string(out, dg->msg);
    const char **notes = jql_alloc((size_t)dg->nnotes * sizeof *notes);
    for (int i = 0; i < dg->nnotes; i++) {
        const struct jql_note *nt = &dg->notes[i];
        notes[i] = nt->loc.src ? jql_sprintf("%s: %s", jql_loc_str(nt->loc), str(nt->msg))
                               : str(nt->msg);
    }
    fprintf(out, "%s\"notes\"%s", s, c);
    json_strings_sep(out, notes, dg->nnotes, compact);
    fputc('}', out);
}

static void json_diags(FILE *out, int ind, const struct jql_diag *const *v, int n)
{
    json_key(out, ind, "diagnostics");
    fputs(n ? "[\n" : "[]", out);
    for (int i = 0; i < n; i++) {
        fprintf(out, "%*s", ind + 2, "");
        json_diag(out, v[i], false);
        fputs(i + 1 < n ? ",\n" : "\n", out);
    }
    if (n)
        fprintf(out, "%*s]", ind, "");
}

static void json_employer_list(FILE *out, int ind, const struct jql_remployer *e)
{
    json_key(out, ind, "standards");
    fputs(e->nstds ? "[\n" : "[]", out);
    for (int i = 0; i < e->nstds; i++) {
        json_std(out, ind + 2, &e->stds[i]);
        fputs(i + 1 < e->nstds ? ",\n" : "\n", out);
    }
    if (e->nstds)
        fprintf(out, "%*s]", ind, "");
    fputs(",\n", out);
    json_diags(out, ind, e->diags, e->ndiags);
    fputc('\n', out);
}

static void json_employer(FILE *out, int ind, const struct jql_remployer *e)
{
    fprintf(out, "%*s{\n", ind, "");
    json_kv_str(out, ind + 2, "employer", e->name);
    json_kv_str(out, ind + 2, "file", e->file);
    json_key(out, ind + 2, "line");
    fprintf(out, "%d,\n", e->line);
    json_kv_str(out, ind + 2, "status", jql_status_name(status_of(e->status)));
    json_key(out, ind + 2, "tiers");
    json_strings(out, e->tiers, e->ntiers);
    fputs(",\n", out);
    json_key(out, ind + 2, "tiers_undecided");
    json_strings(out, e->tiers_undecided, e->nundecided);
    fputs(",\n", out);
    json_employer_list(out, ind + 2, e);
    fprintf(out, "%*s}", ind, "");
}

/* {"pass": 1, ...}, or {"pass":1,...} when `compact` (JSON Lines). */
static void json_counts(FILE *out, const int64_t c[JQL_NSTATUS], bool compact)
{
    fputc('{', out);
    for (int i = 0; i < JQL_NSTATUS; i++)
        fprintf(out, "%s\"%s\":%s%" PRId64, i ? (compact ? "," : ", ") : "",
                jql_status_name((enum jql_status)i), compact ? "" : " ", c[i]);
    fputc('}', out);
}

/* "stamp": {"jqlc": ..., "as_of": ..., "params": {...}, "files": [...]} */
static void json_stamp(FILE *out, const struct jql_report *r)
{
    fputs("  \"stamp\": {\n", out);
    json_kv_str(out, 4, "jqlc", r->version);
    json_kv_str(out, 4, "as_of", r->as_of);
    json_key(out, 4, "params");
    fputc('{', out);
    for (int i = 0; i < r->nparams; i++) {
        fputs(i ? ", " : "", out);
        jql_json_string(out, r->params[i].name);
        fputs(": ", out);
        jql_json_string(out, r->params[i].value);
    }
    fputs("},\n", out);
    json_key(out, 4, "files");
    fputs(r->nfiles ? "[\n" : "[]", out);
    for (int i = 0; i < r->nfiles; i++) {
        fputs("      {\"path\": ", out);
        jql_json_string(out, r->files[i].path);
        fprintf(out, ", \"kind\": \"%s\", \"sha256\": \"%s\"}%s\n", r->files[i].kind,
                r->files[i].sha256, i + 1 < r->nfiles ? "," : "");
    }
    if (r->nfiles)
        fputs("    ]", out);
    fputs("\n  }", out);
}

static void json_begin(FILE *out, const struct jql_report *r)
{
    fputs("{\n  \"schema\": 1,\n", out);
    json_kv_str(out, 2, "jqlc", r->version);
    json_kv_str(out, 2, "as_of", r->as_of);
    fputs("  \"results\": [", out);
}


static void json_end(FILE *out, const struct jql_report *r, int n)
{
    static const char *const kinds[] = {"employers", "standards", "rules"};
    fputs(n ? "\n  ],\n" : "],\n", out);
    json_diags(out, 2, r->diags, r->ndiags); /* problems that belong to no employer */
    fputs(",\n  \"summary\": {\n", out);
    for (int i = 0; i < 3; i++) {
        json_key(out, 4, kinds[i]);
        json_counts(out, r->counts[i], false);
        fputs(i < 2 ? ",\n" : "\n", out);
    }
    fputs("  },", out);
    jql_report_port_json(out, r, 2);
    fputs(",\n", out);
    json_stamp(out, r);
    fputs("\n}\n", out);
}

void jql_report_json(FILE *out, const struct jql_report *r, const struct jql_report_opts *o)
{
    struct jql_sink s;
    jql_sink_init(&s, JQL_FMT_JSON, out, o, r);
    jql_sink_begin(&s);
    for (int i = 0; i < r->nemps; i++)
        jql_sink_employer(&s, &r->emps[i]);
    jql_sink_end(&s);
}

/* ---- JSON Lines: one compact line per employer ---- */

/* JSON Lines are written a piece at a time, without fprintf: a report of a million
   employers is some 10^9 of them. */
static void jsonl_key(FILE *out, const char *key, bool comma)
{
    if (comma)
        fputc(',', out);
    fputc('"', out);
    fputs(key, out);
    fputs("\":", out);
}

static void jsonl_kv(FILE *out, const char *key, const char *val, bool comma)
{
    jsonl_key(out, key, comma);
    jql_json_string(out, val);
}

/* ,"status":"fail" */
static void jsonl_status(FILE *out, uint8_t status)
{
    fputs(",\"status\":\"", out);
    fputs(jql_status_name(status_of(status)), out);
    fputc('"', out);
}

/* {"schema":1,"jqlc":...,"as_of":...,"rules":[...]}: each rule's constant fields, once. */
static void jsonl_begin(FILE *out, const struct jql_report *r)
{
    fputs("{\"schema\":1", out);
    jsonl_kv(out, "jqlc", r->version, true);
    jsonl_kv(out, "as_of", r->as_of, true);
    fputs(",\"rules\":[", out);
    for (int i = 0; i < r->nrules; i++) {
        const struct jql_rrule *ru = &r->rules[i];
        fputs(i ? ",{" : "{", out);
        jsonl_kv(out, "id", ru->id, false);
        jsonl_kv(out, "title", ru->title, true);
        jsonl_kv(out, "level", ru->level, true);
        jsonl_kv(out, "cite", ru->cite, true);
        jsonl_kv(out, "advice", ru->advice, true);
        jsonl_kv(out, "location", ru->location, true);
        fputc('}', out);
    }
    fputs("]}\n", out);
}

/* A rule cut to what varies: a passing one is {"id":"r","status":"pass"}. */
static void jsonl_rule(FILE *out, const struct jql_rrule *ru)
{
    fputs("{\"id\":", out);
    jql_json_string(out, ru->id);
    jsonl_status(out, ru->status);
    if (status_of(ru->status) != JQL_PASS) {
        jsonl_kv(out, "reason", ru->reason, true);
        fputs(",\"missing\":[", out);
        for (int i = 0; i < ru->nmissing; i++) {
            fputs(i ? "," : "", out);
            jql_json_string(out, ru->missing[i]);
        }
        fputc(']', out);
        json_gap(out, -1, &ru->gap);
    }
    fputc('}', out);
}

static void jsonl_std(FILE *out, const struct jql_rstd *sd)
{
    fputs("{\"id\":", out);
    jql_json_string(out, sd->id);
    jsonl_kv(out, "title", sd->title, true);
    jsonl_status(out, sd->status);
    if (*str(sd->reason))
        jsonl_kv(out, "reason", sd->reason, true);
    fputs(",\"rules\":[", out);
    for (int i = 0; i < sd->nrules; i++) {
        fputs(i ? "," : "", out);
        jsonl_rule(out, &sd->rules[i]);
    }
    fputs("]}", out);
}

static void jsonl_employer(FILE *out, const struct jql_remployer *e)
{
    fputc('{', out);
    jsonl_kv(out, "employer", e->name, false);
    jsonl_kv(out, "file", e->file, true);
    fprintf(out, ",\"line\":%d,\"status\":\"%s\",\"tiers\":[", e->line,
            jql_status_name(status_of(e->status)));
    for (int i = 0; i < e->ntiers; i++) {
        fputs(i ? "," : "", out);
        jql_json_string(out, e->tiers[i]);
    }
    fputs("],\"tiers_undecided\":[", out);
    for (int i = 0; i < e->nundecided; i++) {
        fputs(i ? "," : "", out);
        jql_json_string(out, e->tiers_undecided[i]);
    }
    fputs("],\"standards\":[", out);
    for (int i = 0; i < e->nstds; i++) {
        fputs(i ? "," : "", out);
        jsonl_std(out, &e->stds[i]);
    }
    fputs("],\"diagnostics\":[", out);
    for (int i = 0; i < e->ndiags; i++) {
        fputs(i ? "," : "", out);
        json_diag(out, e->diags[i], true);
    }
    fputs("]}\n", out);
}

static void jsonl_end(FILE *out, const struct jql_report *r)
{
    static const char *const kinds[] = {"employers", "standards", "rules"};
    fputc('{', out);
    jql_report_port_json(out, r, -1);
    fputs(",\"summary\":{", out);
    for (int k = 0; k < 3; k++) {
        fprintf(out, "%s\"%s\":", k ? "," : "", kinds[k]);
        json_counts(out, r->counts[k], true);
    }
    fputs("},\"diagnostics\":[", out);
    for (int i = 0; i < r->ndiags; i++) {
        fputs(i ? "," : "", out);
        json_diag(out, r->diags[i], true);
    }
    fputs("],\"stamp\":{", out);
    jsonl_kv(out, "jqlc", r->version, false);
    jsonl_kv(out, "as_of", r->as_of, true);
    fputs(",\"params\":{", out);
    for (int i = 0; i < r->nparams; i++) {
        fputs(i ? "," : "", out);
        jql_json_string(out, r->params[i].name);
        fputc(':', out);
        jql_json_string(out, r->params[i].value);
    }
    fputs("},\"files\":[", out);
    for (int i = 0; i < r->nfiles; i++) {
        fputs(i ? ",{\"path\":" : "{\"path\":", out);
        jql_json_string(out, r->files[i].path);
        fprintf(out, ",\"kind\":\"%s\",\"sha256\":\"%s\"}", r->files[i].kind,
                r->files[i].sha256);
    }
    fputs("]}}\n", out);
}

/* ---- text ---- */

static const char *status_color(enum jql_status st)
{
    static const char *const colors[] = {"\033[32m", "\033[31m", "\033[33m", "\033[2m",
                                         "\033[31m"};
    return colors[st];
}

static void text_status(FILE *out, uint8_t st, bool color)
{
    enum jql_status s = status_of(st);
    if (color)
        fprintf(out, "%s%s\033[0m", status_color(s), jql_status_name(s));
    else
        fputs(jql_status_name(s), out);
}

/* A fixed-width mark that reads without colour; upper case flags what needs action. */
static void text_mark(FILE *out, uint8_t st, bool color)
{
    static const char *const marks[] = {"[pass]", "[FAIL]", "[untested]", "[n/a]", "[ERROR]"};
    enum jql_status s = status_of(st);
    if (color)
        fprintf(out, "%s%s\033[0m", status_color(s), marks[s]);
    else
        fputs(marks[s], out);
    fprintf(out, "%*s", (int)(11 - strlen(marks[s])), "");
}

static void text_detail(FILE *out, const char *label, const char *val)
{
    if (!val || !*val)
        return;
    fprintf(out, "        %s: ", label);
    jql_term_puts(out, val, JQL_TERM_LINES);
    fputc('\n', out);
}

/* A non-pass rule: "STD.RULE  STATUS", then why / missing / advice / cite below. */
static void text_rule(FILE *out, const struct jql_rstd *sd, const struct jql_rrule *ru, bool color)
{
    fputs("      ", out);
    jql_term_puts(out, jql_sprintf("%s.%s", str(sd->id), str(ru->id)), JQL_TERM_LINE);
    fputs("  ", out);
    text_status(out, ru->status, color);
    if (ru->level && strcmp(ru->level, "recommended") == 0)
        fputs(" (recommended)", out);
    fputc('\n', out);
    text_detail(out, "why", ru->reason);
    text_detail(out, "missing", jql_join(ru->missing, ru->nmissing, ", "));
    if (status_of(ru->status) == JQL_FAIL) {
        text_detail(out, "advice", ru->advice);
        text_detail(out, "cite", ru->cite);
    }
}

static void text_std(FILE *out, const struct jql_rstd *sd, int idw, bool color)
{
    fputs("  ", out);
    text_mark(out, sd->status, color);
    jql_term_puts(out, str(sd->id), JQL_TERM_LINE);
    if (*str(sd->title)) { /* titles line up in a column */
        fprintf(out, "%*s  ", (int)(idw - strlen(str(sd->id))), "");
        jql_term_puts(out, sd->title, JQL_TERM_LINE);
    }
    if (*str(sd->version)) {
        fputs("  (version ", out);
        jql_term_puts(out, sd->version, JQL_TERM_LINE);
        fputc(')', out);
    }
    fputc('\n', out);
    if (*str(sd->reason)) {
        fputs("      why: ", out);
        jql_term_puts(out, sd->reason, JQL_TERM_LINES);
        fputc('\n', out);
    }
    for (int i = 0; i < sd->nrules; i++)
        if (status_of(sd->rules[i].status) != JQL_PASS)
            text_rule(out, sd, &sd->rules[i], color);
}

/* At most three diagnostics: the full list is on stderr already. */
static void text_diags(FILE *out, const struct jql_remployer *e)
{
    enum { SHOWN = 3 };
    for (int i = 0; i < e->ndiags && i < SHOWN; i++) {
        const struct jql_diag *dg = e->diags[i];
        fputs("  ", out);
        if (dg->loc.src)
            fprintf(out, "%s: ", jql_term_str(jql_loc_str(dg->loc), JQL_TERM_LINE));
        fprintf(out, "%s: ", jql_diag_severity_name(dg->sev));
        jql_term_puts(out, dg->msg, JQL_TERM_LINES);
        fputc('\n', out);
    }
    if (e->ndiags > SHOWN)
        fprintf(out, "  ... and %d more diagnostic%s\n", e->ndiags - SHOWN,
                e->ndiags - SHOWN == 1 ? "" : "s");
}

static void text_header(FILE *out, const struct jql_remployer *e, bool color)
{
    if (color)
        fputs("\033[1m", out);
    jql_term_puts(out, str(e->name), JQL_TERM_LINE);
    fputs(color ? "\033[0m \xe2\x80\x94 " : " \xe2\x80\x94 ", out); /* an em dash */
    text_status(out, e->status, color);
    if (*str(e->file)) {
        fputs("  (", out);
        jql_term_puts(out, e->file, JQL_TERM_LINE);
        fprintf(out, ":%d)", e->line);
    }
    fputc('\n', out);
    /* always printed, so that "no tier reached" reads as a result, not an omission */
    fputs("  tiers: ", out);
    if (!e->ntiers)
        fputs("none", out);
    for (int i = 0; i < e->ntiers; i++) {
        fputs(i ? ", " : "", out);
        jql_term_puts(out, str(e->tiers[i]), JQL_TERM_LINE);
    }
    for (int i = 0; i < e->nundecided; i++) {
        fputs(i ? ", " : " (undecided: ", out);
        jql_term_puts(out, str(e->tiers_undecided[i]), JQL_TERM_LINE);
    }
    fputs(e->nundecided ? ")\n" : "\n", out);
}

static void text_employer(FILE *out, const struct jql_remployer *e, bool color)
{
    text_header(out, e, color);
    if (status_of(e->status) == JQL_ERROR)
        text_diags(out, e);
    int idw = 0;
    for (int i = 0; i < e->nstds; i++)
        if ((int)strlen(str(e->stds[i].id)) > idw)
            idw = (int)strlen(str(e->stds[i].id));
    for (int i = 0; i < e->nstds; i++)
        text_std(out, &e->stds[i], idw, color);
}

/* "3 employers: 1 pass, 2 fail, ...; 12 standards: ...; 40 rules: ..." */
static void text_counts(FILE *out, const struct jql_report *r)
{
    static const char *const kinds[] = {"employer", "standard", "rule"};
    for (int k = 0; k < 3; k++) {
        int64_t total = 0;
        for (int i = 0; i < JQL_NSTATUS; i++)
            total += r->counts[k][i];
        fprintf(out, "%s%" PRId64 " %s%s:", k ? "; " : "", total, kinds[k],
                total == 1 ? "" : "s");
        for (int i = 0; i < JQL_NSTATUS; i++)
            fprintf(out, "%s %" PRId64 " %s", i ? "," : "", r->counts[k][i],
                    jql_status_name((enum jql_status)i));
    }
    fputc('\n', out);
}

void jql_report_text(FILE *out, const struct jql_report *r, const struct jql_report_opts *o)
{
    struct jql_sink s;
    jql_sink_init(&s, JQL_FMT_TEXT, out, o, r);
    jql_sink_begin(&s);
    for (int i = 0; i < r->nemps; i++)
        jql_sink_employer(&s, &r->emps[i]);
    jql_sink_end(&s);
}

/* ---- sinks ---- */

int jql_format_named(const char *s)
{
    static const char *const names[] = {
        [JQL_FMT_TEXT] = "text", [JQL_FMT_JSON] = "json",   [JQL_FMT_JSONL] = "jsonl",
        [JQL_FMT_CSV] = "csv",   [JQL_FMT_TAP] = "tap",     [JQL_FMT_JUNIT] = "junit",
        [JQL_FMT_SARIF] = "sarif", [JQL_FMT_MARKDOWN] = "markdown", [JQL_FMT_HTML] = "html"};
    for (int i = 0; i < JQL_COUNT(names); i++)
        if (names[i] && strcmp(names[i], s) == 0)
            return i;
    return -1;
}

void jql_sink_init(struct jql_sink *s, enum jql_format fmt, FILE *out,
                   const struct jql_report_opts *o, const struct jql_report *r)
{
    *s = (struct jql_sink){.fmt = fmt, .out = out, .r = r};
    if (o)
        s->o = *o;
}

bool jql_sink_shows_reasons(const struct jql_sink *s)
{
    /* JSON and JSON Lines stay whole */
    return s->out && (s->fmt == JQL_FMT_JSON || s->fmt == JQL_FMT_JSONL || !s->o.summary_only);
}

void jql_sink_begin(struct jql_sink *s)
{
    if (!s->out) /* -q: nothing is written */
        return;
    switch (s->fmt) {
    case JQL_FMT_JSON: json_begin(s->out, s->r); break;
    case JQL_FMT_JSONL: jsonl_begin(s->out, s->r); break;
    case JQL_FMT_CSV: jql_report_csv_begin(s->out, s->r); break;
    case JQL_FMT_TAP: jql_report_tap_begin(s->out, s->r); break;
    case JQL_FMT_JUNIT: jql_report_junit_begin(s->out, s->r); break;
    case JQL_FMT_SARIF: jql_report_sarif_begin(s->out, s->r); break;
    case JQL_FMT_MARKDOWN: case JQL_FMT_HTML: jql_pub_begin(s); break;
    default: break;
    }
}

void jql_sink_unit(struct jql_sink *s, const struct jql_remployer *e)
{
    if (!s->out)
        return;
    switch (s->fmt) {
    case JQL_FMT_JSON:
        fputc('\n', s->out);
        json_employer(s->out, 4, e);
        break;
    case JQL_FMT_JSONL: jsonl_employer(s->out, e); break;
    case JQL_FMT_MARKDOWN:
        if (!s->o.summary_only)
            jql_md_employer(jql_pub_unit_out(s), e);
        jql_pub_written(s);
        break;
    case JQL_FMT_HTML:
        if (!s->o.summary_only)
            jql_html_employer(jql_pub_unit_out(s), e);
        jql_pub_written(s);
        break;
    case JQL_FMT_CSV: jql_report_csv_unit(s->out, s->r, e); break;
    case JQL_FMT_TAP: jql_report_tap_unit(s->out, s->r, e); break;
    case JQL_FMT_JUNIT: jql_report_junit_unit(s->out, s->r, e); break;
    case JQL_FMT_SARIF: jql_report_sarif_unit(s->out, s->r, e); break;
    default:
        if (!s->o.summary_only) {
            text_employer(s->out, e, s->o.color);
            fputc('\n', s->out);
        }
        break;
    }
}

/* Between two employers: JSON's comma. */
static void sink_next(struct jql_sink *s)
{
    if (s->out && s->n > 0 && s->fmt == JQL_FMT_JSON)
        fputc(',', s->out);
    s->n++;
}

void jql_sink_employer(struct jql_sink *s, const struct jql_remployer *e)
{
    if (s->out && s->fmt == JQL_FMT_SARIF) { /* a unit's first comma depends on the run */
        char *bytes;
        size_t n;
        FILE *f = open_memstream(&bytes, &n);
        if (!f)
            jql_out_of_memory(BUFSIZ);
        struct jql_sink one = *s;
        one.out = f;
        jql_sink_unit(&one, e);
        if (fclose(f) != 0)
            jql_out_of_memory(n);
        jql_sink_unit_bytes(s, bytes, n);
        free(bytes);
        return;
    }
    sink_next(s);
    jql_sink_unit(s, e);
}

void jql_sink_unit_bytes(struct jql_sink *s, const char *bytes, size_t n)
{
    sink_next(s);
    if (s->out && s->fmt == JQL_FMT_SARIF && n && !s->sep) {
        s->sep = true; /* the run's first result: its comma goes (report_rows.h) */
        bytes++, n--;
    }
    if (s->out) {
        fwrite(bytes, 1, n, jql_pub_unit_out(s)); /* markdown, html: to the spool */
        jql_pub_written(s);
    }
}

void jql_sink_end(struct jql_sink *s)
{
    if (s->problems.n) /* markdown, html: employers lost, so no report */
        jql_pub_drop(s);
    if (!s->out || s->problems.n)
        return;
    switch (s->fmt) {
    case JQL_FMT_JSON: json_end(s->out, s->r, s->n); break;
    case JQL_FMT_JSONL: jsonl_end(s->out, s->r); break;
    case JQL_FMT_MARKDOWN: jql_md_end(s); break;
    case JQL_FMT_HTML: jql_html_end(s); break;
    case JQL_FMT_CSV: jql_report_csv_end(s->out, s->r); break;
    case JQL_FMT_TAP: jql_report_tap_end(s->out, s->r, s->n); break;
    case JQL_FMT_JUNIT: jql_report_junit_end(s->out, s->r); break;
    case JQL_FMT_SARIF: jql_report_sarif_end(s->out, s->r, s->sep); break;
    default:
        text_counts(s->out, s->r);
        if (s->o.summary_only)
            jql_report_port_text(s->out, s->r);
        else
            jql_report_goals_text(s->out, s->r);
        break;
    }
}
