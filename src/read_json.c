/*
** read_json: one JSON record into the fact builder (read_json.h). A small
** recursive-descent reader over the record's bytes: keys are pushed on the
** builder's name as they are met, values handed over as their text (numbers are
** typed from their digits by the builder, never through a double). The first
** syntax error is reported and ends the record; the employer is then failed.
*/
#include "read_json.h"

#include "limit.h"
#include "mem.h"

#include <string.h>

struct rj {
    struct jql_fb *fb;
    const struct jql_source *src;
    const char *s;
    size_t n, i;
    bool bad;  /* a syntax error was reported: the rest of the record is not read */
    int depth; /* open objects and arrays */
    size_t bad_at;        /* without a builder (jql_json_check): the first error */
    const char *bad_what;
    struct jql_loc name_loc; /* the employer's name key seen first by rj_members */
    bool name_seen;
};

/* (not strchr: it finds the terminating NUL, and a NUL byte is neither) */
static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static bool ends_scalar(char c) { return is_ws(c) || c == ',' || c == ']' || c == '}'; }

static struct jql_loc rj_loc(const struct rj *r, size_t a, size_t b)
{
    return (struct jql_loc){r->src, (uint32_t)a, (uint32_t)b};
}

static void rj_ws(struct rj *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' ||
                           r->s[r->i] == '\r'))
        r->i++;
}

static int rj_peek(const struct rj *r) { return r->i < r->n ? (unsigned char)r->s[r->i] : -1; }

/* The first syntax error of the record, at offset `at`; the rest is not read. */
static void rj_syntax(struct rj *r, size_t at, const char *what)
{
    if (r->bad)
        return;
    r->bad = true;
    r->bad_at = at;
    r->bad_what = what;
    size_t end = at < r->n ? at + 1 : at;
    if (r->fb)
        jql_diag_error(jql_fb_diags(r->fb), rj_loc(r, at, end), "invalid JSON: %s", what);
}

static bool rj_expect(struct rj *r, char c, const char *what)
{
    rj_ws(r);
    if (rj_peek(r) == (unsigned char)c) {
        r->i++;
        return true;
    }
    rj_syntax(r, r->i, r->i < r->n ? what : "the record ends too early");
    return false;
}

/* ---- strings ---- */

static int rj_hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static void rj_put_utf8(struct jql_buf *b, unsigned cp)
{
    char u[4];
    int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n == 1)
        u[0] = (char)cp;
    else {
        for (int k = n - 1; k > 0; k--, cp >>= 6)
            u[k] = (char)(0x80 | (cp & 0x3F));
        u[0] = (char)((n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | cp);
    }
    jql_buf_put(b, u, (size_t)n);
}

/* \uXXXX at s[i] (after the backslash and 'u'), a surrogate pair taken whole. */
static bool rj_unicode(struct rj *r, struct jql_buf *b)
{
    if (r->i + 4 > r->n || rj_hex4(r->s + r->i) < 0)
        return false;
    unsigned cp = (unsigned)rj_hex4(r->s + r->i);
    r->i += 4;
    if (cp >= 0xD800 && cp < 0xDC00 && r->i + 6 <= r->n && r->s[r->i] == '\\' &&
        r->s[r->i + 1] == 'u' && rj_hex4(r->s + r->i + 2) >= 0xDC00 &&
        rj_hex4(r->s + r->i + 2) < 0xE000) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned)rj_hex4(r->s + r->i + 2) - 0xDC00);
        r->i += 6;
    } else if (cp >= 0xD800 && cp < 0xE000) {
        return false; /* a lone surrogate is no character */
    }
    rj_put_utf8(b, cp);
    return true;
}

static bool rj_escape(struct rj *r, struct jql_buf *b)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    char c = r->s[r->i++];
    if (c == 'u')
        return rj_unicode(r, b);
    const char *k = c ? strchr(from, c) : NULL;
    if (!k)
        return false;
    jql_buf_putc(b, to[k - from]);
    return true;
}

/* The string at r->i (its '"'), decoded; NULL after a syntax error. *start is its '"'. */
static const char *rj_string(struct rj *r, size_t *start)
{
    *start = r->i;
    if (rj_peek(r) != '"') {
        rj_syntax(r, r->i, r->i < r->n ? "expected a string" : "the record ends too early");
        return NULL;
    }
    r->i++;
    size_t run = r->i;
    while (r->i < r->n && r->s[r->i] != '"' && r->s[r->i] != '\\' &&
           (unsigned char)r->s[r->i] >= 0x20)
        r->i++;
    if (r->i < r->n && r->s[r->i] == '"') /* the common case: nothing to decode */
        return jql_strndup(r->s + run, r->i++ - run);
    struct jql_buf b = {0};
    jql_buf_put(&b, r->s + run, r->i - run);
    while (r->i < r->n && r->s[r->i] != '"') {
        unsigned char c = (unsigned char)r->s[r->i];
        if (c < 0x20) {
            rj_syntax(r, r->i, "a control character in a string must be escaped");
            return NULL;
        }
        if (c == '\\') {
            size_t at = r->i++;
            if (r->i >= r->n || !rj_escape(r, &b)) {
                rj_syntax(r, at, "invalid escape in a string");
                return NULL;
            }
            continue;
        }
        jql_buf_putc(&b, (char)c);
        r->i++;
    }
    if (r->i >= r->n) {
        rj_syntax(r, *start, "a string is not closed");
        return NULL;
    }
    r->i++;
    return jql_buf_str(&b);
}

/* A key at r->i: a view of the record when it has no escapes (no copy), else decoded;
   NULL after a syntax error. */
static const char *rj_key(struct rj *r, size_t *start, size_t *len)
{
    *start = r->i;
    if (rj_peek(r) == '"') {
        size_t a = r->i + 1, i = a;
        while (i < r->n && r->s[i] != '"' && r->s[i] != '\\' && (unsigned char)r->s[i] >= 0x20)
            i++;
        if (i < r->n && r->s[i] == '"') {
            r->i = i + 1;
            *len = i - a;
            return r->s + a;
        }
    }
    const char *k = rj_string(r, start);
    *len = k ? strlen(k) : 0;
    return k;
}

/* ---- the extent of a value (for the name pre-scan and for splitting documents) ---- */

static size_t skip_string(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return 0;
}

size_t jql_json_value_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_ws(s[i]))
        i++;
    if (i >= n)
        return 0;
    if (s[i] == '"')
        return skip_string(s, n, i);
    if (s[i] != '{' && s[i] != '[') {
        while (i < n && !ends_scalar(s[i]))
            i++;
        return i;
    }
    long depth = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            i = skip_string(s, n, i);
            if (!i)
                return 0;
            i--;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return 0;
}

/* ---- values ---- */

static void rj_members(struct rj *r, const char *skip_key);
static void rj_value(struct rj *r, struct jql_loc key_loc);

static bool rj_enter(struct rj *r)
{
    if (++r->depth <= JQL_LIMIT_DEPTH)
        return true;
    rj_syntax(r, r->i, "nested too deeply");
    return false;
}

/* The number, true, false or null at r->i, as a raw value; false after a syntax error. */
static bool rj_scalar_raw(struct rj *r, struct jql_raw *v)
{
    size_t a = r->i;
    while (r->i < r->n && !ends_scalar(r->s[r->i]))
        r->i++;
    size_t len = r->i - a;
    *v = (struct jql_raw){.kind = JQL_RAW_NUMBER, .s = r->s + a, .n = len};
    if (len == 4 && memcmp(r->s + a, "true", 4) == 0)
        *v = (struct jql_raw){.kind = JQL_RAW_BOOL, .b = true};
    else if (len == 5 && memcmp(r->s + a, "false", 5) == 0)
        *v = (struct jql_raw){.kind = JQL_RAW_BOOL, .b = false};
    else if (len == 4 && memcmp(r->s + a, "null", 4) == 0)
        *v = (struct jql_raw){.kind = JQL_RAW_NULL};
    else if (!len || !(r->s[a] == '-' || (r->s[a] >= '0' && r->s[a] <= '9'))) {
        rj_syntax(r, a, "expected a value");
        return false;
    } else {
        jql_dec d;
        if (jql_dec_parse_json(r->s + a, len, &d) == JQL_DEC_SYNTAX) {
            rj_syntax(r, a, "malformed number");
            return false;
        }
    }
    return true;
}

/* A number, true, false or null at r->i. */
static void rj_scalar(struct rj *r, struct jql_loc key_loc)
{
    size_t a = r->i;
    struct jql_raw v;
    if (rj_scalar_raw(r, &v))
        jql_fb_set_raw(r->fb, v, false, key_loc, rj_loc(r, a, r->i));
}

/* A value that sets nothing (the employer's name, an array no fact takes): its syntax is
   checked all the same, so that no invalid JSON passes unreported. */
static void rj_skip(struct rj *r)
{
    rj_ws(r);
    int c = rj_peek(r);
    size_t at;
    struct jql_raw v;
    if (c == '"') {
        rj_string(r, &at);
        return;
    }
    if (c != '{' && c != '[') {
        rj_scalar_raw(r, &v);
        return;
    }
    if (!rj_enter(r))
        return;
    char close = c == '{' ? '}' : ']';
    r->i++;
    rj_ws(r);
    if (rj_peek(r) == close)
        r->i++;
    else
        while (!r->bad) {
            rj_ws(r);
            if (rj_peek(r) == close) {
                rj_syntax(r, r->i, close == '}' ? "a ',' before '}' (JSON has no trailing commas)"
                                                : "a ',' before ']' (JSON has no trailing commas)");
                break;
            }
            if (close == '}' && (!rj_string(r, &at) || !rj_expect(r, ':', "expected ':' after a key")))
                break;
            rj_skip(r);
            rj_ws(r);
            if (rj_peek(r) == ',') {
                r->i++;
                continue;
            }
            rj_expect(r, close, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
            break;
        }
    r->depth--;
}

bool jql_json_check(const char *text, size_t len, size_t i, size_t *at, const char **what)
{
    struct rj r = {.s = text, .n = len, .i = i};
    rj_skip(&r);
    rj_ws(&r);
    if (!r.bad && r.i < r.n)
        rj_syntax(&r, r.i, "text after a value");
    *at = r.bad_at;
    *what = r.bad_what;
    return !r.bad;
}

/* An array or object that no fact of the current name takes (a list of numbers, an array
   or an object for a number): its syntax checked, then handed over as a value of the wrong kind, which the
   builder reports (or, for an undeclared name, counts as an unknown key). */
static void rj_other(struct rj *r, size_t a, struct jql_loc key_loc)
{
    r->i = a;
    r->depth--; /* rj_skip enters the array again */
    rj_skip(r);
    r->depth++;
    if (!r->bad)
        jql_fb_set_raw(r->fb, (struct jql_raw){.kind = JQL_RAW_OTHER, .s = r->s + a, .n = r->i - a},
                       false, key_loc, rj_loc(r, a, r->i));
}

/* A list of text: an array of strings. */
static void rj_list(struct rj *r, struct jql_loc key_loc)
{
    size_t a = r->i++;
    JQL_VEC(const char *) items = {0};
    rj_ws(r);
    if (rj_peek(r) == ']') {
        r->i++;
        jql_fb_set_empty(r->fb, NULL, key_loc, rj_loc(r, a, r->i));
        return;
    }
    for (;;) {
        rj_ws(r);
        size_t at;
        if (rj_peek(r) != '"') { /* a list of text holds strings only */
            rj_other(r, a, key_loc);
            return;
        }
        const char *s = rj_string(r, &at);
        if (!s)
            return;
        JQL_VEC_PUSH(items, s);
        rj_ws(r);
        if (rj_peek(r) == ',') {
            r->i++;
            continue;
        }
        if (!rj_expect(r, ']', "expected ',' or ']'"))
            return;
        break;
    }
    jql_fb_set_list(r->fb, items.v, items.n, key_loc, rj_loc(r, a, r->i));
}

/* One element of a collection: an object, labelled `label`. */
static void rj_element(struct rj *r, const char *label, struct jql_loc key_loc,
                       struct jql_loc label_loc)
{
    rj_ws(r);
    size_t a = r->i;
    if (rj_peek(r) != '{') {
        rj_syntax(r, r->i, "an element of a collection is an object");
        return;
    }
    size_t end = jql_json_value_end(r->s, r->n, a);
    size_t mark = jql_fb_push(r->fb, "", 0, false); /* the element adds to the name */
    if (jql_fb_element(r->fb, label, key_loc, label_loc, rj_loc(r, a, end ? end : r->n)))
        rj_members(r, NULL);
    else if (end) /* not a collection: reported; its members would only add noise */
        r->i = end;
    else
        rj_syntax(r, a, "an object is not closed");
    jql_fb_element_end(r->fb);
    jql_fb_pop(r->fb, mark);
}

/* A collection's elements: an array (labels "1", "2", ...) or an object (keys are labels). */
static void rj_elements(struct rj *r, struct jql_loc key_loc)
{
    char close = r->s[r->i] == '[' ? ']' : '}';
    size_t a = r->i++;
    rj_ws(r);
    if (rj_peek(r) == close) {
        r->i++;
        jql_fb_set_empty(r->fb, NULL, key_loc, rj_loc(r, a, r->i));
        return;
    }
    for (int k = 1; !r->bad; k++) {
        rj_ws(r);
        const char *label = jql_fb_number_label(r->fb, k);
        struct jql_loc label_loc = rj_loc(r, r->i, r->i + 1);
        if (close == '}') {
            size_t at;
            label = rj_string(r, &at);
            label_loc = rj_loc(r, at, r->i);
            if (!label || !rj_expect(r, ':', "expected ':'"))
                return;
        }
        rj_element(r, label, key_loc, label_loc);
        rj_ws(r);
        if (rj_peek(r) == ',') {
            r->i++;
            continue;
        }
        rj_expect(r, close, close == ']' ? "expected ',' or ']'" : "expected ',' or '}'");
        return;
    }
}

/* The value of the member whose key is on the builder's name. */
static void rj_value(struct rj *r, struct jql_loc key_loc)
{
    rj_ws(r);
    int c = rj_peek(r);
    if (c == '{' || c == '[') {
        if (!rj_enter(r))
            return;
        const struct jql_fact_info *f = jql_fb_lookup(r->fb);
        if (f && f->kind == JQL_FACT_COLLECTION)
            rj_elements(r, key_loc);
        else if (c == '[' && f && f->type.kind == JQL_T_LIST)
            rj_list(r, key_loc);
        else if (c == '[' || (f && !jql_fb_is_group(r->fb))) /* {"amount": 18} for a number */
            rj_other(r, r->i, key_loc);
        else { /* a group: its keys continue the name */
            size_t mark = jql_fb_push(r->fb, ".", 1, false);
            rj_members(r, NULL);
            jql_fb_pop(r->fb, mark);
        }
        r->depth--;
    } else if (c == '"') {
        size_t at;
        const char *s = rj_string(r, &at);
        if (s)
            jql_fb_set_raw(r->fb, (struct jql_raw){.kind = JQL_RAW_STRING, .s = s, .n = strlen(s)},
                           false, key_loc, rj_loc(r, at, r->i));
    } else {
        rj_scalar(r, key_loc);
    }
}

/* A name key given twice would leave the employer's name to the reader's choice: an
   error, as a fact set twice is (docs/cli.md, "JSON facts"). */
static void rj_name_again(struct rj *r, struct jql_loc key_loc)
{
    if (!r->name_seen) {
        r->name_seen = true;
        r->name_loc = key_loc;
        return;
    }
    struct jql_diag *d = jql_diag_error(jql_fb_diags(r->fb), key_loc,
                                        "the employer's name key is given twice");
    jql_diag_note(d, r->name_loc, "first given here");
}

/* The members of the object at r->i; `skip_key` (the employer's name) is passed over. */
static void rj_members(struct rj *r, const char *skip_key)
{
    if (!rj_expect(r, '{', "expected an object"))
        return;
    rj_ws(r);
    if (rj_peek(r) == '}') {
        r->i++;
        return;
    }
    while (!r->bad) {
        rj_ws(r);
        size_t at;
        if (rj_peek(r) == '}') {
            rj_syntax(r, r->i, "a ',' before '}' (JSON has no trailing commas)");
            return;
        }
        size_t len;
        const char *key = rj_key(r, &at, &len);
        struct jql_loc key_loc = rj_loc(r, at, r->i);
        if (!key || !rj_expect(r, ':', "expected ':' after a key"))
            return;
        if (skip_key && len == strlen(skip_key) && memcmp(key, skip_key, len) == 0) {
            rj_name_again(r, key_loc);
            rj_skip(r); /* read before (rj_name), but its syntax is checked here */
        } else {
            size_t mark = jql_fb_push(r->fb, key, len, false);
            rj_value(r, key_loc);
            jql_fb_pop(r->fb, mark);
        }
        rj_ws(r);
        if (rj_peek(r) == ',') {
            r->i++;
            continue;
        }
        rj_expect(r, '}', "expected ',' or '}'");
        return;
    }
}

/* ---- the employer ---- */

/* The employer's name: the string or number under `key` at the top of the object, found
   before its facts are read (keys come in any order). NULL when there is none; *string is
   set when the key holds a string (then NULL means a string that does not parse, which
   is reported when the facts are read). */
static const char *rj_name(struct rj *r, const char *key, struct jql_loc *at, bool *string)
{
    size_t i = r->i;
    while (i < r->n && is_ws(r->s[i]))
        i++;
    if (i >= r->n || r->s[i] != '{') /* not an object: named by the fallback */
        return NULL;
    for (i++; i < r->n;) {
        while (i < r->n && (is_ws(r->s[i]) || r->s[i] == ','))
            i++;
        if (i >= r->n || r->s[i] != '"')
            return NULL;
        size_t kend = skip_string(r->s, r->n, i);
        if (!kend)
            return NULL;
        bool match = kend - i - 2 == strlen(key) && memcmp(r->s + i + 1, key, kend - i - 2) == 0;
        i = kend;
        while (i < r->n && is_ws(r->s[i]))
            i++;
        if (i >= r->n || r->s[i] != ':')
            return NULL;
        size_t vstart = i + 1;
        while (vstart < r->n && is_ws(r->s[vstart]))
            vstart++;
        size_t vend = jql_json_value_end(r->s, r->n, vstart);
        if (!vend)
            return NULL;
        if (match) {
            *at = rj_loc(r, vstart, vend);
            if (r->s[vstart] == '"') {
                *string = true;
                struct rj sub = *r;
                sub.i = vstart;
                sub.bad = true; /* errors in the name show when the facts are read */
                size_t s0;
                return rj_string(&sub, &s0);
            }
            if (r->s[vstart] == '-' || (r->s[vstart] >= '0' && r->s[vstart] <= '9'))
                return jql_strndup(r->s + vstart, vend - vstart); /* printed as written */
            return NULL;
        }
        i = vend;
    }
    return NULL;
}

struct jql_employer *jql_read_json_record(struct jql_fb *fb, const struct jql_source *src,
                                          const char *name_key, const char *fallback)
{
    struct rj r = {.fb = fb, .src = src, .s = src->text, .n = src->len};
    struct jql_loc name_at = {0};
    bool string = false;
    const char *name = rj_name(&r, name_key, &name_at, &string);
    jql_fb_begin(fb, name ? name : fallback, name ? name_at : (struct jql_loc){0},
                 rj_loc(&r, 0, r.n));
    rj_ws(&r);
    if (rj_peek(&r) != '{')
        rj_syntax(&r, r.i, r.i < r.n ? "an employer is a JSON object" : "the record is empty");
    else if (!name && !string)
        jql_diag_error(jql_fb_diags(fb), rj_loc(&r, r.i, r.i + 1),
                       "the employer has no '%s' key with its name (a string or a number)",
                       name_key);
    if (!r.bad) {
        rj_members(&r, name_key);
        rj_ws(&r);
        if (!r.bad && r.i < r.n)
            rj_syntax(&r, r.i, "text after the employer's object");
    }
    return jql_fb_end(fb, r.bad);
}
