/*
** report_rows: what the CSV, TAP, JUnit and SARIF writers share (report_rows.h): an
** employer's rule outcomes as rows, the text of a diagnostic, and the escaping of
** text for each of those formats.
*/
#include "report_rows.h"

#include "mem.h"
#include "source.h"
#include "term.h"

#include <string.h>

static const char *str(const char *s) { return s ? s : ""; }

/* The first error of an employer whose facts did not load: the reason of its rows. */
static const char *first_error(const struct jql_remployer *e)
{
    for (int i = 0; i < e->ndiags; i++)
        if (e->diags[i]->sev == JQL_SEV_ERROR)
            return jql_report_diag_text(e->diags[i]);
    return "the employer's facts did not load";
}

/* Every rule of the report as an error row: an employer with no standards. */
static void error_rows(const struct jql_report *r, const struct jql_remployer *e,
                       jql_report_row_fn *fn, void *arg)
{
    const char *reason = first_error(e);
    for (int i = 0; i < r->nrules; i++) {
        const struct jql_rrule *ru = &r->rules[i];
        const char *dot = strchr(str(ru->id), '.'); /* "std.rule": ids hold no dot */
        struct jql_report_row row = {
            .std = dot ? jql_strndup(ru->id, (size_t)(dot - ru->id)) : "",
            .rule = dot ? dot + 1 : str(ru->id), .ru = ru, .status = JQL_ERROR,
            .reason = reason};
        fn(arg, &row);
    }
}

void jql_report_rows(const struct jql_report *r, const struct jql_remployer *e,
                     jql_report_row_fn *fn, void *arg)
{
    if (e->nstds == 0 && jql_report_status(e->status) == JQL_ERROR) {
        error_rows(r, e, fn, arg);
        return;
    }
    for (int i = 0; i < e->nstds; i++) {
        const struct jql_rstd *sd = &e->stds[i];
        for (int k = 0; k < sd->nrules; k++) {
            const struct jql_rrule *ru = &sd->rules[k];
            struct jql_report_row row = {
                .std = str(sd->id), .rule = str(ru->id), .ru = ru, .status = ru->status,
                .reason = str(ru->reason), .missing = ru->missing, .nmissing = ru->nmissing};
            fn(arg, &row);
        }
    }
}

static void count_row(void *arg, const struct jql_report_row *row)
{
    ((int *)arg)[jql_report_status(row->status)]++;
}

void jql_report_row_counts(const struct jql_report *r, const struct jql_remployer *e,
                           int counts[JQL_NSTATUS])
{
    memset(counts, 0, JQL_NSTATUS * sizeof *counts);
    jql_report_rows(r, e, count_row, counts);
}

const char *jql_report_diag_file(const struct jql_diag *dg)
{
    return dg->loc.src ? dg->loc.src->name : str(dg->file);
}

int jql_report_diag_line(const struct jql_diag *dg)
{
    int line = 0, col;
    if (dg->loc.src)
        jql_source_linecol(dg->loc.src, dg->loc.start, &line, &col);
    return line;
}

const char *jql_report_diag_text(const struct jql_diag *dg)
{
    if (dg->loc.src)
        return jql_sprintf("%s: %s", jql_loc_str(dg->loc), str(dg->msg));
    return *str(dg->file) && !strstr(str(dg->msg), dg->file)
               ? jql_sprintf("%s: %s", dg->file, str(dg->msg))
               : str(dg->msg);
}

int jql_report_outside_errors(const struct jql_report *r)
{
    int n = 0;
    for (int i = 0; i < r->ndiags; i++)
        n += r->diags[i]->sev == JQL_SEV_ERROR;
    return n;
}

/* ---- escaping ---- */

size_t jql_report_plain_run(const char *s, size_t n, const char *special)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t') || c == 0x7F || (c && strchr(special, c)))
                break;
            i++;
            continue;
        }
        size_t k = jql_utf8_seq(s + i, n - i);
        if (k == 0 || jql_term_unsafe(jql_term_codepoint(s + i, k)))
            break;
        i += k;
    }
    return i;
}

/* A field needs quotes when it holds a comma, a quote or a line end: after the
   escaping, a CR shows as <U+000D>, so only a newline is left as a line end. */
static bool csv_needs_quotes(const char *s)
{
    return strpbrk(s, ",\"\n") != NULL;
}

void jql_report_csv_field(FILE *out, const char *s)
{
    s = str(s);
    size_t n = strlen(s);
    size_t run = jql_report_plain_run(s, n, ",\"");
    if (run == n) { /* the common case: as it is */
        fwrite(s, 1, n, out);
        return;
    }
    bool quote = csv_needs_quotes(s);
    if (quote)
        fputc('"', out);
    for (size_t i = 0; i < n;) {
        run = jql_report_plain_run(s + i, n - i, "\"");
        fwrite(s + i, 1, run, out);
        i += run;
        if (i == n)
            break;
        if (s[i] == '"') {
            fputs("\"\"", out);
            i++;
            continue;
        }
        struct jql_term_unit u; /* a newline kept, anything else unsafe shown escaped */
        jql_term_unit(s + i, n - i, JQL_TERM_LINES, &u);
        fwrite(u.text, 1, u.textlen, out);
        i += u.len;
    }
    if (quote)
        fputc('"', out);
}

/* A character XML 1.0 cannot hold at all (C0 but tab, LF, CR; U+FFFE, U+FFFF): shown
   as the text report shows it, <U+XXXX>, escaped. */
static bool xml_forbidden(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE ||
           cp == 0xFFFF;
}

/* One unit that is not plain: a markup character, a line end, a character a terminal
   must not get raw (a character reference: the reader gets the same text), one XML
   cannot hold, or a byte that is not UTF-8 (U+FFFD, as JSON has it). */
static size_t xml_escape_one(FILE *out, const char *s, size_t n, bool attr)
{
    size_t k = jql_utf8_seq(s, n);
    if (k == 0) {
        fputs("&#xFFFD;", out);
        return 1;
    }
    uint32_t cp = jql_term_codepoint(s, k);
    switch (cp) {
    case '&': fputs("&amp;", out); return 1;
    case '<': fputs("&lt;", out); return 1;
    case '>': fputs("&gt;", out); return 1;
    case '"': fputs("&quot;", out); return 1;
    case '\n': fputs(attr ? "&#10;" : "\n", out); return 1; /* attributes keep line ends */
    case '\t': fputs(attr ? "&#9;" : "\t", out); return 1;
    case '\r': fputs("&#13;", out); return 1;
    default: break;
    }
    if (xml_forbidden(cp))
        fprintf(out, "&lt;U+%04X&gt;", (unsigned)cp);
    else
        fprintf(out, "&#x%X;", (unsigned)cp);
    return k;
}

/* The plain run at s, short of U+FFFE and U+FFFF (EF BF BE, EF BF BF): a terminal may
   get them, XML may not. */
static size_t xml_plain_run(const char *s, size_t n)
{
    size_t run = jql_report_plain_run(s, n, "&<>\"\t");
    for (size_t i = 0; i + 2 < run; i++)
        if ((unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBF &&
            (unsigned char)s[i + 2] >= 0xBE)
            return i;
    return run;
}

void jql_report_xml(FILE *out, const char *s, bool attr)
{
    s = str(s);
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t run = xml_plain_run(s + i, n - i);
        fwrite(s + i, 1, run, out);
        i += run;
        if (i < n)
            i += xml_escape_one(out, s + i, n - i, attr);
    }
}

void jql_report_tap_text(FILE *out, const char *s)
{
    s = str(s);
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t run = jql_report_plain_run(s + i, n - i, "\\#");
        fwrite(s + i, 1, run, out);
        i += run;
        if (i == n)
            break;
        if (s[i] == '\\' || s[i] == '#') { /* TAP 14: escaped in a description */
            fputc('\\', out);
            fputc(s[i++], out);
            continue;
        }
        struct jql_term_unit u; /* one line: a newline shows as <U+000A> */
        jql_term_unit(s + i, n - i, JQL_TERM_LINE, &u);
        fwrite(u.text, 1, u.textlen, out);
        i += u.len;
    }
}

/* RFC 3986: only unreserved characters and "/" are left as they are, so that no part
   of a path reads as a scheme (":"), a query ("?") or a fragment ("#"). */
void jql_report_uri(FILE *out, const char *path)
{
    for (const unsigned char *p = (const unsigned char *)str(path); *p; p++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9') || strchr("-._~/", *p);
        if (plain)
            fputc(*p, out);
        else
            fprintf(out, "%%%02X", *p);
    }
}
