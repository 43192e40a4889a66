/*
** source: loaded texts, their line index, byte offset -> line/column, and
** UTF-8 validation. A UTF-8 byte-order mark at the start is kept in the
** text (the stamp hashes the file's bytes) but is on no line. Line ends are "\n", "\r\n" and a lone "\r"; a text that
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

/* The offsets of line starts, found at the first question about lines: most records of
   a fact file are never asked one. The index is a cache, so it is built through const. */
const uint32_t *jql_source_lines(const struct jql_source *csrc, int *nlines)
{
    struct jql_source *src = (struct jql_source *)csrc;
    if (!src->line_starts) {
        int cap = 16, n = 0;
        uint32_t *starts = jql_alloc_atomic((size_t)cap * sizeof *starts);
        starts[n++] = src->body;
        for (size_t i = src->body; i < src->len; i++) {
            char c = src->text[i];
            if (c != '\n' && c != '\r')
                continue;
            i = source_eol_skip(src->text, src->len, i) - 1;
            if (n == cap)
                starts = jql_realloc(starts, (size_t)(cap *= 2) * sizeof *starts);
            starts[n++] = (uint32_t)(i + 1);
        }
        src->nlines = n;
        src->line_starts = starts;
    }
    if (nlines)
        *nlines = src->nlines;
    return src->line_starts;
}

struct jql_source *jql_source_new(const char *name, const char *path, const char *text,
                                  size_t len)
{
    struct jql_source *src = jql_alloc(sizeof *src);
    src->name = jql_strdup(name ? name : "");
    src->path = jql_strdup(path ? path : src->name);
    src->text = jql_strndup(text ? text : "", text ? len : 0);
    src->len = text ? len : 0;
    src->body = src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    return src;
}

/* A record of nothing but blanks (a stray ',' or '}' in a JSON array) holds no text of
   its line, so its diagnostics show the place without an excerpt (an empty line under a
   caret read as a mistake of the tool). */
static bool blank(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!strchr(" \t\r\n", text[i]) || !text[i])
            return false;
    return true;
}

struct jql_source *jql_source_part(const char *name, const char *text, size_t len, int line0,
                                   int col0)
{
    struct jql_source *src = jql_source_new(name, name, text, len);
    src->line0 = line0;
    src->col0 = col0;
    src->part = true;
    src->bare = blank(src->text, src->len);
    return src;
}

struct jql_source *jql_source_view(const char *name, const char *text, size_t len, int line0,
                                   int col0)
{
    struct jql_source *src = jql_alloc(sizeof *src);
    src->name = src->path = name;
    src->text = text;
    src->len = len;
    src->body = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    src->line0 = line0;
    src->col0 = col0;
    src->part = true;
    src->view = true;
    src->bare = blank(text, len);
    return src;
}

void jql_source_keep(const struct jql_source *csrc)
{
    struct jql_source *src = (struct jql_source *)csrc; /* the text changes place, not value */
    if (src && src->view) {
        src->text = jql_strndup(src->text, src->len);
        src->view = false;
    }
}

/* Index of the line holding `off`: the last line start <= off. */
int jql_source_line_index(const struct jql_source *src, uint32_t off)
{
    int n;
    const uint32_t *starts = jql_source_lines(src, &n);
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (starts[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* One byte of a CSV row towards the number of the cell holding a place: separators
   outside quoted cells count, as RFC 4180 has them (a quote opens a quoted cell only at
   a cell's start, and inside one "" is a quote); a quoted cell may hold line ends. */
static void csv_step(const struct jql_source *src, uint32_t *i, struct jql_source_memo *m)
{
    char ch = src->text[*i];
    if (m->quoted) {
        if (ch == '"' && *i + 1 < src->len && src->text[*i + 1] == '"')
            ++*i;
        else if (ch == '"')
            m->quoted = false;
    } else if (ch == ',') {
        m->col++;
        m->start = true;
    } else {
        m->quoted = ch == '"' && m->start;
        m->start = false;
    }
}

/* The line and column of `off` (0-based line of the text, 1-based column), counted from
   the last place asked when `off` is not before it (the diagnostics of a record are
   located in order: many on one long line cost one pass over it), else from the start of
   its line by the index, else from the start of the text (most records are asked about
   one place near their start, and never indexed). The memo is a cache, written through
   const: a source is read by one thread at a time. */
void jql_source_linecol(const struct jql_source *csrc, uint32_t off, int *line, int *col)
{
    struct jql_source *src = (struct jql_source *)csrc;
    if (off > src->len)
        off = (uint32_t)src->len;
    if (off < src->body) /* inside the byte-order mark: the first column */
        off = src->body;
    struct jql_source_memo m = {src->body, 0, 1, false, true};
    if (src->memo_set && src->memo.off <= off) {
        m = src->memo;
    } else if (src->line_starts && !src->csv) {
        m.line = jql_source_line_index(src, off);
        m.off = src->line_starts[m.line];
    }
    for (uint32_t i = m.off; i < off; i++) {
        unsigned char ch = (unsigned char)src->text[i];
        if (src->csv) { /* a row is one line; its cells are counted */
            csv_step(src, &i, &m);
            continue;
        }
        if (ch == '\n' || ch == '\r') {
            uint32_t next = (uint32_t)source_eol_skip(src->text, src->len, i);
            if (next <= off) {
                m.line++;
                m.col = 1;
                i = next - 1;
                continue;
            }
        }
        m.col += (ch & 0xC0) != 0x80; /* a continuation byte never starts a scalar value */
    }
    m.off = off;
    src->memo = m;
    src->memo_set = true;
    *line = src->line0 + m.line + 1;
    *col = (m.line == 0 ? src->col0 : 0) + m.col;
}

const char *jql_source_line_at(const struct jql_source *src, uint32_t off, size_t *start,
                               size_t *len)
{
    int li = jql_source_line_index(src, off);
    const char *text = jql_source_line(src, src->line0 + li + 1, len);
    *start = (size_t)(text - src->text);
    return text;
}

const char *jql_source_line(const struct jql_source *src, int line, size_t *len)
{
    int n;
    const uint32_t *starts = jql_source_lines(src, &n);
    line -= src->line0;
    if (line < 1 || line > n) {
        *len = 0;
        return "";
    }
    size_t start = starts[line - 1];
    size_t end = line < n ? starts[line] : src->len;
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

/* East Asian Width W and F (Unicode 15), merged into ranges; what terminals draw two
   columns wide. */
static const uint32_t source_wide[][2] = {
    {0x1100, 0x115F},    {0x231A, 0x231B},    {0x2329, 0x232A},    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},    {0x23F3, 0x23F3},    {0x25FD, 0x25FE},    {0x2614, 0x2615},
    {0x2648, 0x2653},    {0x267F, 0x267F},    {0x2693, 0x2693},    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},    {0x26BD, 0x26BE},    {0x26C4, 0x26C5},    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},    {0x26EA, 0x26EA},    {0x26F2, 0x26F3},    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},    {0x26FD, 0x26FD},    {0x2705, 0x2705},    {0x270A, 0x270B},
    {0x2728, 0x2728},    {0x274C, 0x274C},    {0x274E, 0x274E},    {0x2753, 0x2755},
    {0x2757, 0x2757},    {0x2795, 0x2797},    {0x27B0, 0x27B0},    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},    {0x2B50, 0x2B50},    {0x2B55, 0x2B55},    {0x2E80, 0x303E},
    {0x3041, 0x3247},    {0x3250, 0x33FF},    {0x3400, 0x4DBF},    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},    {0xA960, 0xA97F},    {0xAC00, 0xD7A3},    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},    {0xFE30, 0xFE6F},    {0xFF00, 0xFF60},    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},  {0x16FF0, 0x16FF1},  {0x17000, 0x18CD5},  {0x18D00, 0x18D08},
    {0x1AFF0, 0x1B2FB},  {0x1F004, 0x1F004},  {0x1F0CF, 0x1F0CF},  {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},  {0x1F200, 0x1F202},  {0x1F210, 0x1F23B},  {0x1F240, 0x1F248},
    {0x1F250, 0x1F251},  {0x1F260, 0x1F265},  {0x1F300, 0x1F320},  {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C},  {0x1F37E, 0x1F393},  {0x1F3A0, 0x1F3CA},  {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0},  {0x1F3F4, 0x1F3F4},  {0x1F3F8, 0x1F43E},  {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC},  {0x1F4FF, 0x1F53D},  {0x1F54B, 0x1F54E},  {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A},  {0x1F595, 0x1F596},  {0x1F5A4, 0x1F5A4},  {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5},  {0x1F6CC, 0x1F6CC},  {0x1F6D0, 0x1F6D2},  {0x1F6D5, 0x1F6D7},
    {0x1F6DC, 0x1F6DF},  {0x1F6EB, 0x1F6EC},  {0x1F6F4, 0x1F6FC},  {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0},  {0x1F90C, 0x1F93A},  {0x1F93C, 0x1F945},  {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FA7C},  {0x1FA80, 0x1FA88},  {0x1FA90, 0x1FABD},  {0x1FABF, 0x1FAC5},
    {0x1FACE, 0x1FADB},  {0x1FAE0, 0x1FAE8},  {0x1FAF0, 0x1FAF8},  {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

int jql_utf8_width(const char *str, size_t k)
{
    const unsigned char *s = (const unsigned char *)str;
    if (k < 3) /* every wide character is above U+10FF */
        return 1;
    uint32_t cp = k == 3 ? (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F)
                         : (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
                               (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    int lo = 0, hi = (int)(sizeof source_wide / sizeof source_wide[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < source_wide[mid][0])
            hi = mid - 1;
        else if (cp > source_wide[mid][1])
            lo = mid + 1;
        else
            return 2;
    }
    return 1;
}

long jql_source_invalid_utf8(const struct jql_source *src, size_t from)
{
    size_t i = from;
    while (i < src->len) {
        uint64_t w; /* eight bytes of ASCII at a time: most of any text */
        if (i + 8 <= src->len && (memcpy(&w, src->text + i, 8), !(w & 0x8080808080808080ULL))) {
            i += 8;
            continue;
        }
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
