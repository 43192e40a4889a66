/*
** source: loaded texts, their line index, byte offset -> line/column, and
** UTF-8 validation. Line ends are "\n", "\r\n" and a lone "\r"; a text that
** ends with a line end has one more (empty) line, so every offset in
** [0, len] -- end of file included -- maps to a line.
*/
#include "source.h"

#include "mem.h"

#include <string.h>

/* Offset just after the line end starting at i, or i when text[i] ends no line. */
static size_t source_eol_skip(const char *t, size_t len, size_t i)
{
    if (t[i] == '\n')
        return i + 1;
    if (t[i] == '\r')
        return (i + 1 < len && t[i + 1] == '\n') ? i + 2 : i + 1;
    return i;
}

static void source_index_lines(struct jql_source *src)
{
    int cap = 64;
    uint32_t *starts = jql_alloc_atomic((size_t)cap * sizeof *starts);
    int n = 0;
    starts[n++] = 0;
    for (size_t i = 0; i < src->len;) {
        size_t next = source_eol_skip(src->text, src->len, i);
        if (next == i) {
            i++;
            continue;
        }
        if (n == cap) {
            cap *= 2;
            starts = jql_realloc(starts, (size_t)cap * sizeof *starts);
        }
        starts[n++] = (uint32_t)next;
        i = next;
    }
    src->line_starts = starts;
    src->nlines = n;
}

struct jql_source *jql_source_new(const char *name, const char *path, const char *text,
                                  size_t len)
{
    struct jql_source *src = jql_alloc(sizeof *src);
    src->name = jql_strdup(name ? name : "");
    src->path = jql_strdup(path ? path : src->name);
    src->text = jql_strndup(text ? text : "", text ? len : 0);
    src->len = text ? len : 0;
    source_index_lines(src);
    return src;
}

struct jql_source *jql_source_part(const char *name, const char *text, size_t len, int line0,
                                   int col0)
{
    struct jql_source *src = jql_source_new(name, name, text, len);
    src->line0 = line0;
    src->col0 = col0;
    src->part = true;
    return src;
}

/* Index of the line holding `off`: the last line start <= off. */
static int source_line_index(const struct jql_source *src, uint32_t off)
{
    int lo = 0, hi = src->nlines - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (src->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

void jql_source_linecol(const struct jql_source *src, uint32_t off, int *line, int *col)
{
    if (off > src->len)
        off = (uint32_t)src->len;
    int li = source_line_index(src, off);
    int c = 1;
    bool quoted = false;
    for (uint32_t i = src->line_starts[li]; i < off; i++) {
        unsigned char ch = (unsigned char)src->text[i];
        if (src->csv) { /* the cell's number: separators outside quotes */
            quoted ^= ch == '"';
            c += ch == ',' && !quoted;
        } else {
            c += (ch & 0xC0) != 0x80; /* a continuation byte never starts a scalar value */
        }
    }
    *line = src->line0 + li + 1;
    *col = (li == 0 ? src->col0 : 0) + c;
}

const char *jql_source_line(const struct jql_source *src, int line, size_t *len)
{
    line -= src->line0;
    if (line < 1 || line > src->nlines) {
        *len = 0;
        return "";
    }
    size_t start = src->line_starts[line - 1];
    size_t end = line < src->nlines ? src->line_starts[line] : src->len;
    /* Drop the terminator: "\n", "\r\n" or a lone "\r". */
    if (end > start && src->text[end - 1] == '\n')
        end--;
    if (end > start && src->text[end - 1] == '\r')
        end--;
    *len = end - start;
    return src->text + start;
}

size_t jql_utf8_seq(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return 0;
    if (s[0] < 0x80)
        return 1;
    size_t k;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        k = 2;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        k = 3;
        if (s[0] == 0xE0)
            lo = 0xA0; /* overlong */
        if (s[0] == 0xED)
            hi = 0x9F; /* surrogates U+D800..U+DFFF */
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        k = 4;
        if (s[0] == 0xF0)
            lo = 0x90; /* overlong */
        if (s[0] == 0xF4)
            hi = 0x8F; /* above U+10FFFF */
    } else
        return 0; /* stray continuation byte, C0/C1 overlong lead, or F5..FF */
    if (n < k || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return k;
}

long jql_source_invalid_utf8(const struct jql_source *src, size_t from)
{
    size_t i = from;
    while (i < src->len) {
        size_t k = jql_utf8_seq(src->text + i, src->len - i);
        if (k == 0)
            return (long)i;
        i += k;
    }
    return -1;
}

char *jql_source_text(struct jql_loc loc)
{
    if (!loc.src)
        return jql_strdup("");
    size_t len = loc.src->len;
    size_t start = loc.start < len ? loc.start : len;
    size_t end = loc.end < len ? loc.end : len;
    if (end < start)
        end = start;
    return jql_strndup(loc.src->text + start, end - start);
}

struct jql_loc jql_loc_join(struct jql_loc a, struct jql_loc b)
{
    if (!a.src)
        return b;
    if (!b.src)
        return a;
    struct jql_loc r = a;
    r.start = a.start < b.start ? a.start : b.start;
    r.end = a.end > b.end ? a.end : b.end;
    return r;
}
