/*
** term: the one place where text is made safe for a terminal. Each unit of text
** (a UTF-8 sequence, or a byte that is not one) is shown as itself or as a visible
** escape, so a reader sees that something is there and what it is, and the caret
** of a diagnostic can be lined up under it (the escape's width is known).
*/
#include "term.h"

#include "mem.h"
#include "source.h"

#include <string.h>

bool jql_term_unsafe(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

uint32_t jql_term_codepoint(const char *s, size_t k)
{
    static const unsigned char lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    const unsigned char *u = (const unsigned char *)s;
    uint32_t cp = u[0] & lead_mask[k < 5 ? k : 0];
    for (size_t i = 1; i < k; i++)
        cp = cp << 6 | (u[i] & 0x3F);
    return cp;
}

void jql_term_unit(const char *s, size_t n, unsigned flags, struct jql_term_unit *u)
{
    size_t k = jql_utf8_seq(s, n);
    u->len = k ? k : 1;
    u->text = s;
    u->textlen = u->len;
    u->cols = 1;
    if (k == 0) {
        snprintf(u->buf, sizeof u->buf, "<%02X>", (unsigned char)s[0]);
    } else {
        uint32_t cp = jql_term_codepoint(s, k);
        if (!jql_term_unsafe(cp) || (cp == '\n' && (flags & JQL_TERM_LINES))) {
            u->cols = jql_utf8_width(s, k); /* a wide (CJK) character takes two */
            return;
        }
        snprintf(u->buf, sizeof u->buf, "<U+%04X>", (unsigned)cp);
    }
    u->text = u->buf;
    u->textlen = strlen(u->buf);
    u->cols = (int)u->textlen;
}

/* Length of the run at s that shows as itself (printable ASCII, tab), for one fwrite. */
static size_t plain_run(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && ((s[i] >= 0x20 && s[i] < 0x7F) || s[i] == '\t'))
        i++;
    return i;
}

void jql_term_write(FILE *out, const char *s, size_t n, unsigned flags)
{
    for (size_t i = 0; i < n;) {
        size_t run = plain_run(s + i, n - i);
        if (run) {
            fwrite(s + i, 1, run, out);
            i += run;
            continue;
        }
        struct jql_term_unit u;
        jql_term_unit(s + i, n - i, flags, &u);
        fwrite(u.text, 1, u.textlen, out);
        i += u.len;
    }
}

void jql_term_puts(FILE *out, const char *s, unsigned flags)
{
    if (s)
        jql_term_write(out, s, strlen(s), flags);
}

char *jql_term_str(const char *s, unsigned flags)
{
    struct jql_buf b = {0};
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        struct jql_term_unit u;
        jql_term_unit(s + i, n - i, flags, &u);
        jql_buf_put(&b, u.text, u.textlen);
        i += u.len;
    }
    return (char *)jql_buf_str(&b);
}
