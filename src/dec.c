/*
** dec: exact decimal arithmetic on 128-bit counts of millionths.
** Products are formed from the operands' whole and fractional parts so no
** intermediate value can wrap; every result is range-checked against 10^18
** whole units and rounded half-to-even to 6 fractional digits.
*/
#include "dec.h"

#include "mem.h"

#include <string.h>

__extension__ typedef unsigned __int128 u128;

#define SCALE ((u128)JQL_DEC_SCALE)
/* |v| must stay below 10^18 whole units, i.e. 10^24 millionths. */
#define LIMIT ((u128)1000000000000000000ULL * SCALE)
#define WHOLE_LIMIT 1000000000000000000ULL

static u128 mag(jql_i128 v) { return v < 0 ? -(u128)v : (u128)v; }

/* A magnitude and a sign back to a checked decimal. */
static enum jql_dec_status make(u128 m, bool neg, jql_dec *out)
{
    if (m >= LIMIT)
        return JQL_DEC_OVERFLOW;
    out->v = neg ? -(jql_i128)m : (jql_i128)m;
    return JQL_DEC_OK;
}

/* q rounded half-to-even, given the remainder r of a division by d. */
static u128 round_even(u128 q, u128 r, u128 d)
{
    if (r > d - r || (r == d - r && (q & 1)))
        q++;
    return q;
}

jql_dec jql_dec_from_int(int64_t n)
{
    jql_dec d = {(jql_i128)n * JQL_DEC_SCALE};
    return d;
}

/* Shape check: digits, '_' and one '.' each only between two digits. */
static bool parse_shape(const char *s, size_t len, size_t *dot)
{
    *dot = len;
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            continue;
        bool between = i > 0 && i + 1 < len && s[i - 1] >= '0' && s[i - 1] <= '9' &&
                       s[i + 1] >= '0' && s[i + 1] <= '9';
        if (!between || (c != '_' && c != '.') || (c == '.' && *dot != len))
            return false;
        if (c == '.')
            *dot = i;
    }
    return true;
}

enum jql_dec_status jql_dec_parse(const char *s, size_t len, jql_dec *out)
{
    size_t dot;
    if (!parse_shape(s, len, &dot))
        return JQL_DEC_SYNTAX;
    u128 whole = 0, frac = 0;
    int nfrac = 0;
    for (size_t i = dot + 1; i < len; i++)
        if (s[i] != '_' && ++nfrac <= JQL_DEC_FRAC_DIGITS)
            frac = frac * 10 + (u128)(s[i] - '0');
    if (nfrac > JQL_DEC_FRAC_DIGITS)
        return JQL_DEC_TOO_PRECISE;
    for (; nfrac < JQL_DEC_FRAC_DIGITS; nfrac++)
        frac *= 10;
    /* Stop accumulating once past the limit so `whole` cannot wrap. */
    for (size_t i = 0; i < dot; i++)
        if (s[i] != '_' && (whole = whole * 10 + (u128)(s[i] - '0')) >= WHOLE_LIMIT)
            return JQL_DEC_OVERFLOW;
    return make(whole * SCALE + frac, false, out);
}

/* The JSON number grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
   Sets the spans of the integer and fraction digits and the exponent's text. */
struct json_num {
    bool neg;
    const char *digits; /* integer digits, then fraction digits after `ndot` of them */
    size_t nint, nfrac;
    long exp;
};

static bool json_digits(const char *s, size_t len, size_t *i)
{
    size_t from = *i;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9')
        (*i)++;
    return *i > from;
}

static bool json_shape(const char *s, size_t len, struct json_num *j)
{
    size_t i = 0;
    j->neg = i < len && s[i] == '-';
    i += j->neg;
    size_t int_at = i;
    if (!json_digits(s, len, &i) || (s[int_at] == '0' && i - int_at > 1))
        return false;
    j->digits = s + int_at;
    j->nint = i - int_at;
    j->nfrac = 0;
    if (i < len && s[i] == '.') {
        size_t frac_at = ++i;
        if (!json_digits(s, len, &i))
            return false;
        j->nfrac = i - frac_at;
    }
    j->exp = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        bool eneg = ++i < len && s[i] == '-';
        i += i < len && (s[i] == '-' || s[i] == '+');
        size_t exp_at = i;
        if (!json_digits(s, len, &i))
            return false;
        for (size_t k = exp_at; k < i; k++) /* past 10^6 it overflows or underflows anyway */
            if (j->exp < 1000000)
                j->exp = j->exp * 10 + (s[k] - '0');
        if (eneg)
            j->exp = -j->exp;
    }
    return i == len;
}

enum jql_dec_status jql_dec_parse_json(const char *s, size_t len, jql_dec *out)
{
    struct json_num j;
    if (!json_shape(s, len, &j))
        return JQL_DEC_SYNTAX;
    /* the value is D * 10^scale millionths, D the digits without the '.' */
    const char *d = j.digits;
    size_t n = j.nint + j.nfrac + (j.nfrac > 0); /* the '.' sits among them */
    long scale = j.exp - (long)j.nfrac + JQL_DEC_FRAC_DIGITS;
    while (n > 0 && (d[n - 1] == '0' || d[n - 1] == '.')) { /* trailing zeros raise scale */
        scale += d[n - 1] == '0';
        n--;
    }
    u128 m = 0;
    int sig = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '.')
            continue;
        if (m == 0 && d[i] == '0')
            continue;
        if (++sig > 30) /* more digits than any value below 10^24 millionths has */
            return scale < 0 ? JQL_DEC_TOO_PRECISE : JQL_DEC_OVERFLOW;
        m = m * 10 + (u128)(d[i] - '0');
    }
    if (m != 0 && scale < 0)
        return JQL_DEC_TOO_PRECISE; /* the last digit is below a millionth */
    for (long k = 0; m != 0 && k < scale; k++)
        if ((m *= 10) >= LIMIT)
            return JQL_DEC_OVERFLOW;
    return make(m, j.neg && m != 0, out);
}

enum jql_dec_status jql_dec_add(jql_dec a, jql_dec b, jql_dec *out)
{
    jql_i128 r;
    if (__builtin_add_overflow(a.v, b.v, &r))
        return JQL_DEC_OVERFLOW;
    return make(mag(r), r < 0, out);
}

enum jql_dec_status jql_dec_sub(jql_dec a, jql_dec b, jql_dec *out)
{
    jql_i128 r;
    if (__builtin_sub_overflow(a.v, b.v, &r))
        return JQL_DEC_OVERFLOW;
    return make(mag(r), r < 0, out);
}

/*
** a*b/k with one rounding. With a = w*10^6 + f the scaled product is
** (w*b*10^6 + f*b) / (10^6*k): w*b is checked, f*b < 10^6*b cannot wrap for
** in-range b, and the remainder of both divisions decides the rounding.
*/
enum jql_dec_status jql_dec_mul_div_int(jql_dec a, jql_dec b, int64_t k, jql_dec *out)
{
    if (k <= 0)
        return JQL_DEC_DIVZERO;
    u128 ma = mag(a.v), mb = mag(b.v), p, q, s;
    if (__builtin_mul_overflow(ma / SCALE, mb, &p) || __builtin_mul_overflow(ma % SCALE, mb, &q) ||
        __builtin_add_overflow(p, q / SCALE, &s))
        return JQL_DEC_OVERFLOW;
    u128 uk = (u128)k;
    u128 rem = (s % uk) * SCALE + q % SCALE;
    return make(round_even(s / uk, rem, uk * SCALE), (a.v < 0) != (b.v < 0), out);
}

enum jql_dec_status jql_dec_mul(jql_dec a, jql_dec b, jql_dec *out)
{
    return jql_dec_mul_div_int(a, b, 1, out);
}

enum jql_dec_status jql_dec_div(jql_dec a, jql_dec b, jql_dec *out)
{
    if (b.v == 0)
        return JQL_DEC_DIVZERO;
    u128 n, mb = mag(b.v);
    if (__builtin_mul_overflow(mag(a.v), SCALE, &n))
        return JQL_DEC_OVERFLOW;
    return make(round_even(n / mb, n % mb, mb), (a.v < 0) != (b.v < 0), out);
}

jql_dec jql_dec_round(jql_dec a, int places)
{
    if (places >= JQL_DEC_FRAC_DIGITS)
        return a;
    u128 unit = 1;
    for (int i = places < 0 ? 0 : places; i < JQL_DEC_FRAC_DIGITS; i++)
        unit *= 10;
    u128 m = mag(a.v);
    m = round_even(m / unit, m % unit, unit) * unit;
    /* Rounding can step just past the limit; the value still fits in 128 bits. */
    jql_dec r = {a.v < 0 ? -(jql_i128)m : (jql_i128)m};
    return r;
}

jql_dec jql_dec_neg(jql_dec a)
{
    jql_dec r = {-a.v};
    return r;
}

jql_dec jql_dec_abs(jql_dec a) { return a.v < 0 ? jql_dec_neg(a) : a; }

int jql_dec_cmp(jql_dec a, jql_dec b) { return (a.v > b.v) - (a.v < b.v); }

bool jql_dec_is_zero(jql_dec a) { return a.v == 0; }

bool jql_dec_is_whole(jql_dec a) { return a.v % JQL_DEC_SCALE == 0; }

bool jql_dec_is_neg(jql_dec a) { return a.v < 0; }

bool jql_dec_to_int(jql_dec a, int64_t *out)
{
    if (!jql_dec_is_whole(a))
        return false;
    jql_i128 w = a.v / JQL_DEC_SCALE;
    if (w > INT64_MAX || w < INT64_MIN)
        return false;
    *out = (int64_t)w;
    return true;
}

/* Digits of m, most significant first, ending at `end` (written backwards). */
/* Digits of m, written backwards ending at `end`; 64-bit division when m fits (every
   amount a report shows), 128-bit only past it. */
static char *put_digits(char *end, u128 m)
{
    for (; m > UINT64_MAX; m /= 10)
        *--end = (char)('0' + (int)(m % 10));
    uint64_t w = (uint64_t)m;
    do {
        *--end = (char)('0' + (int)(w % 10));
        w /= 10;
    } while (w);
    return end;
}

size_t jql_dec_text(jql_dec a, int min_frac, char out[JQL_DEC_TEXT_MAX])
{
    char buf[96]; /* sign, up to 39 whole digits, '.', 6 fractional digits */
    u128 m = mag(a.v);
    char *p = put_digits(buf + 48, m / SCALE);
    if (a.v < 0)
        *--p = '-';
    char *e = buf + 48;
    char frac[JQL_DEC_FRAC_DIGITS];
    /* The fraction keeps its leading zeros, so it is laid out digit by digit. */
    uint64_t f = (uint64_t)(m % SCALE);
    for (int i = JQL_DEC_FRAC_DIGITS - 1; i >= 0; i--, f /= 10)
        frac[i] = (char)('0' + (int)(f % 10));
    int n = JQL_DEC_FRAC_DIGITS;
    int keep = min_frac < 0 ? 0 : min_frac > n ? n : min_frac;
    while (n > keep && frac[n - 1] == '0')
        n--;
    if (n > 0) {
        *e++ = '.';
        memcpy(e, frac, (size_t)n);
        e += n;
    }
    memcpy(out, p, (size_t)(e - p));
    out[e - p] = '\0';
    return (size_t)(e - p);
}

char *jql_dec_format(jql_dec a, int min_frac)
{
    char t[JQL_DEC_TEXT_MAX];
    size_t n = jql_dec_text(a, min_frac, t);
    return jql_strndup(t, n);
}

const char *jql_dec_status_msg(enum jql_dec_status st)
{
    switch (st) {
    case JQL_DEC_OK:
        return "ok";
    case JQL_DEC_OVERFLOW:
        return "number too large (the limit is 10^18)";
    case JQL_DEC_DIVZERO:
        return "division by zero";
    case JQL_DEC_TOO_PRECISE:
        return "too many fractional digits (at most 6)";
    case JQL_DEC_SYNTAX:
        return "not a decimal number";
    }
    return "unknown decimal status";
}
