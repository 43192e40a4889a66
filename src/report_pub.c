/*
** report_pub: what the markdown and html reports share (report_int.h). Their document
** opens with the portfolio, which is known only once every employer is counted, so the
** employers wait in a temporary file on disk, not in memory, until the end.
*/
#include "report_int.h"

#include "mem.h"
#include "source.h"
#include "term.h"
#include "value.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- the spool ---- */

static const char *spool_dir(void)
{
    const char *d = getenv("TMPDIR");
    return d && *d ? d : "/tmp";
}

static void spool_fail(struct jql_sink *s, int err)
{
    jql_diag_error(&s->problems, (struct jql_loc){0}, "cannot write a temporary file in '%s': %s",
                   spool_dir(), strerror(err ? err : EIO));
}

void jql_pub_begin(struct jql_sink *s)
{
    if (s->o.summary_only) /* no employer is shown */
        return;
    char *path = jql_sprintf("%s/jqlc-report-XXXXXX", spool_dir());
    int fd = mkstemp(path);
    if (fd < 0) {
        spool_fail(s, errno);
        return;
    }
    unlink(path); /* gone with the last descriptor, however the run ends */
    s->spool = fdopen(fd, "w+");
    if (!s->spool) {
        spool_fail(s, errno);
        close(fd);
    }
}

FILE *jql_pub_unit_out(const struct jql_sink *s)
{
    return s->spool ? s->spool : s->out;
}

/* Checked after each employer, while errno still tells why a write failed (a full disk,
   a file-size limit). */
void jql_pub_written(struct jql_sink *s)
{
    if (s->spool && ferror(s->spool) && !s->problems.n)
        spool_fail(s, errno);
}

void jql_pub_drop(struct jql_sink *s)
{
    if (s->spool)
        fclose(s->spool);
    s->spool = NULL;
}

void jql_pub_copy(struct jql_sink *s)
{
    if (!s->spool)
        return;
    errno = 0;
    bool ok = fflush(s->spool) == 0 && !ferror(s->spool) && fseek(s->spool, 0, SEEK_SET) == 0;
    char buf[1 << 16];
    size_t n;
    while (ok && (n = fread(buf, 1, sizeof buf, s->spool)) > 0)
        fwrite(buf, 1, n, s->out);
    ok = ok && !ferror(s->spool);
    if (!ok && !s->problems.n)
        spool_fail(s, errno);
    fclose(s->spool);
    s->spool = NULL;
}

/* ---- text ---- */

/* The characters each format escapes, by ASCII code: Markdown escapes every character
   that can open inline syntax (emphasis, code, links, raw HTML and entities, GFM's
   strikethrough and table cells, a forge's math) with a backslash. */
static bool md_special(unsigned char c)
{
    return c && strchr("\\`*_[]<>|~&$#!", c) != NULL;
}

static void put_ascii(FILE *out, unsigned char c, enum jql_pub_esc how)
{
    if (how == JQL_ESC_MD) {
        if (md_special(c))
            fputc('\\', out);
        fputc(c, out);
        return;
    }
    switch (c) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default: fputc(c, out); break;
    }
}

/* A unit that is not printable ASCII: itself, or its visible escape escaped again. */
static void put_unit(FILE *out, const char *s, size_t n, enum jql_pub_esc how, size_t *len)
{
    struct jql_term_unit u;
    jql_term_unit(s, n, how == JQL_ESC_HTML_LINES ? JQL_TERM_LINES : JQL_TERM_LINE, &u);
    *len = u.len;
    if (u.text == s) { /* UTF-8 shown as itself, or a kept newline */
        fwrite(u.text, 1, u.textlen, out);
        return;
    }
    for (size_t i = 0; i < u.textlen; i++)
        put_ascii(out, (unsigned char)u.text[i], how);
}

/* In Markdown a URL in plain text becomes a link (GFM's autolinks): "://" and "www."
   are broken with an escape, so no fact file puts a link into a public report. */
static bool md_link_start(const char *s, size_t i, size_t n)
{
    return (s[i] == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/') ||
           (s[i] == '.' && i >= 3 && strncasecmp(s + i - 3, "www", 3) == 0);
}

/* An underscore between letters or digits never opens or closes emphasis (CommonMark
   §6.2), so fact paths such as pay.living_wage stay as they read. */
static bool md_intraword(const char *s, size_t i, size_t n)
{
    return s[i] == '_' && i > 0 && i + 1 < n && isalnum((unsigned char)s[i - 1]) &&
           isalnum((unsigned char)s[i + 1]);
}

void jql_pub_text(FILE *out, const char *s, enum jql_pub_esc how)
{
    if (!s)
        return;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\t') {
            if (how == JQL_ESC_MD && md_link_start(s, i, n))
                fputc('\\', out);
            if (how == JQL_ESC_MD && md_intraword(s, i, n))
                fputc(c, out);
            else
                put_ascii(out, c, how);
            i++;
            continue;
        }
        size_t len;
        put_unit(out, s + i, n - i, how, &len);
        i += len;
    }
}

enum jql_status jql_pub_status(uint8_t st)
{
    return st < JQL_NSTATUS ? (enum jql_status)st : JQL_ERROR;
}

/* ---- figures ---- */

void jql_pub_share(const struct jql_share_text *t, char buf[JQL_PUB_SHARE_MAX])
{
    const char *share = t->has_share ? t->share : "n/a";
    if (!t->has_bounds) {
        snprintf(buf, JQL_PUB_SHARE_MAX, "%s", share);
        return;
    }
    /* "58.0%" → "58.0": the low bound shares the high one's percent sign */
    snprintf(buf, JQL_PUB_SHARE_MAX, "%s (%.*s\xe2\x80\x93%s)", share,
             (int)strcspn(t->low, "%"), t->low, t->high);
}

int jql_pub_tenths(const char *pct)
{
    int v = 0;
    bool digit = false;
    for (const char *p = pct; *p && *p != '%'; p++) {
        if (*p == '.')
            continue;
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (*p - '0');
        digit = true;
    }
    return digit ? v : -1;
}

void jql_pub_amount(FILE *out, jql_dec a, int digits)
{
    char buf[JQL_DEC_TEXT_MAX];
    jql_dec_text(a, digits < 0 ? 0 : digits, buf);
    fputs(buf, out);
}

int64_t jql_pub_employers(const struct jql_portfolio *p)
{
    int64_t n = 0;
    for (int i = 0; i < JQL_NSTATUS; i++)
        n += p->employers[i];
    return n;
}

int jql_pub_min_cell(const struct jql_report_opts *o)
{
    return o->min_cell > 0 ? o->min_cell : JQL_MIN_CELL_DEFAULT;
}

const char *jql_pub_goal_target(const struct jql_goal *g)
{
    char pct[JQL_DEC_TEXT_MAX];
    jql_dec_text(g->pct, 0, pct);
    return jql_sprintf("%s %s%%", g->strict ? ">" : ">=", pct);
}

const char *jql_pub_goal_deadline(const struct jql_goal *g)
{
    if (!g->deadline.set)
        return "";
    int y, m, d;
    jql_date_to_ymd(g->deadline.days, &y, &m, &d);
    return jql_sprintf("%04d-%02d-%02d", y, m, d);
}

const char *jql_pub_goal_status(uint8_t st)
{
    static const char *const names[] = {"met", "not met", "undecided"};
    return st < 3 ? names[st] : "undecided";
}
