/*
** value: runtime values, canonical printing (docs/language.md §8) and unit-aware
** arithmetic. Result types come from jql_type_binop so evaluation can never
** disagree with the checker; this file only supplies the numbers and faults.
*/
#include "value.h"

#include "mem.h"
#include "source.h"
#include "term.h"

#include <string.h>

/* Literal dates are DDDD-MM-DD; arithmetic must stay inside that range. */
#define MIN_YEAR 0
#define MAX_YEAR 9999

struct jql_value jql_value_unknown(void)
{
    struct jql_value v = {0};
    v.kind = JQL_V_UNKNOWN;
    return v;
}

struct jql_value jql_value_bool(bool b)
{
    struct jql_value v = {0};
    v.kind = JQL_V_BOOL;
    v.b = b;
    return v;
}

static struct jql_value dec_value(enum jql_vkind kind, int sub, jql_dec d)
{
    struct jql_value v = {0};
    v.kind = (uint8_t)kind;
    v.sub = (uint8_t)sub;
    v.u.d = d;
    return v;
}

struct jql_value jql_value_num(jql_dec d, enum jql_numflavor f)
{
    return dec_value(JQL_V_NUM, f, d);
}

struct jql_value jql_value_money(jql_dec d) { return dec_value(JQL_V_MONEY, 0, d); }

struct jql_value jql_value_rate(jql_dec d, enum jql_period p)
{
    return dec_value(JQL_V_RATE, p, d);
}

/* How many base units (minutes, days, months) one `u` is. */
static int64_t unit_factor(enum jql_unit u)
{
    switch (u) {
    case JQL_UNIT_HOUR:
        return 60;
    case JQL_UNIT_WEEK:
        return 7;
    case JQL_UNIT_YEAR:
        return 12;
    default:
        return 1;
    }
}

bool jql_value_duration(jql_dec amount, enum jql_unit unit, struct jql_value *out)
{
    jql_dec base;
    if (unit == JQL_UNIT_BASE || (unsigned)unit > JQL_UNIT_YEAR ||
        jql_dec_mul(amount, jql_dec_from_int(unit_factor(unit)), &base) != JQL_DEC_OK)
        return false;
    *out = dec_value(JQL_V_DUR, jql_unit_group(unit), base);
    out->unit = (uint8_t)unit;
    return true;
}

struct jql_value jql_value_duration_base(jql_dec d, enum jql_dgroup g)
{
    struct jql_value v = dec_value(JQL_V_DUR, g, d);
    v.unit = JQL_UNIT_BASE;
    return v;
}

struct jql_value jql_value_date(int32_t days)
{
    struct jql_value v = {0};
    v.kind = JQL_V_DATE;
    v.date = days;
    return v;
}

struct jql_value jql_value_text(const char *s)
{
    struct jql_value v = {0};
    v.kind = JQL_V_TEXT;
    v.u.s = s;
    return v;
}

struct jql_value jql_value_list(const struct jql_list *l)
{
    struct jql_value v = {0};
    v.kind = JQL_V_LIST;
    v.u.list = l;
    return v;
}

struct jql_value jql_value_fault(struct jql_loc loc, const char *msg)
{
    struct jql_fault *f = jql_alloc(sizeof *f);
    f->loc = loc;
    f->msg = msg;
    struct jql_value v = {0};
    v.kind = JQL_V_ERROR;
    v.u.fault = f;
    return v;
}

struct jql_type jql_value_type(struct jql_value v)
{
    switch (v.kind) {
    case JQL_V_BOOL:
        return jql_type_make(JQL_T_BOOL, 0);
    case JQL_V_NUM:
        return jql_type_make(JQL_T_NUMBER, v.sub);
    case JQL_V_MONEY:
        return jql_type_make(JQL_T_MONEY, 0);
    case JQL_V_RATE:
        return jql_type_make(JQL_T_RATE, v.sub);
    case JQL_V_DUR:
        return jql_type_make(JQL_T_DURATION, v.sub);
    case JQL_V_DATE:
        return jql_type_make(JQL_T_DATE, 0);
    case JQL_V_TEXT:
        return jql_type_make(JQL_T_TEXT, 0);
    case JQL_V_LIST:
        return jql_type_make(JQL_T_LIST, 0);
    default:
        return jql_type_make(JQL_T_ERROR, 0); /* unknown and faults have no type */
    }
}

/* ---- printing ---------------------------------------------------------- */

char *jql_value_quote(const char *s)
{
    struct jql_buf b = {0};
    jql_buf_putc(&b, '"');
    for (size_t i = 0, n = strlen(s), k; i < n; i += k) {
        unsigned char c = (unsigned char)s[i];
        k = jql_utf8_seq(s + i, n - i);
        uint32_t cp = k ? jql_term_codepoint(s + i, k) : c;
        k = k ? k : 1;
        if (c == '"' || c == '\\')
            jql_buf_printf(&b, "\\%c", c);
        else if (c == '\n')
            jql_buf_puts(&b, "\\n");
        else if (c == '\t')
            jql_buf_puts(&b, "\\t");
        else if (jql_term_unsafe(cp)) /* C0, DEL, C1, bidi: raw they are an error or unseen */
            jql_buf_printf(&b, "\\u{%X}", (unsigned)cp);
        else
            jql_buf_put(&b, s + i, k);
    }
    jql_buf_putc(&b, '"');
    return (char *)jql_buf_str(&b);
}

/* base / factor when that is exact, so `2 weeks` prints back as written. */
static bool exact_in_unit(jql_dec base, int64_t factor, jql_dec *amount)
{
    jql_dec back;
    return jql_dec_div(base, jql_dec_from_int(factor), amount) == JQL_DEC_OK &&
           jql_dec_mul(*amount, jql_dec_from_int(factor), &back) == JQL_DEC_OK &&
           jql_dec_cmp(back, base) == 0;
}

/* The unit to print in: the written one when exact, else the group's base
   (hours for the hours group when exact, otherwise minutes). */
static enum jql_unit print_unit(struct jql_value v, jql_dec *amount)
{
    static const enum jql_unit base[] = {JQL_UNIT_HOUR, JQL_UNIT_DAY, JQL_UNIT_MONTH};
    enum jql_unit u = (enum jql_unit)v.unit;
    if (u != JQL_UNIT_BASE && exact_in_unit(v.u.d, unit_factor(u), amount))
        return u;
    u = base[v.sub < 3 ? v.sub : 0];
    if (exact_in_unit(v.u.d, unit_factor(u), amount))
        return u;
    *amount = v.u.d;
    return JQL_UNIT_MINUTE;
}

static char *format_date(int32_t days)
{
    int y, m, d;
    jql_date_to_ymd(days, &y, &m, &d);
    return jql_sprintf("%04d-%02d-%02d", y, m, d);
}

static char *format_list(const struct jql_list *l)
{
    struct jql_buf b = {0};
    jql_buf_putc(&b, '[');
    for (int i = 0; l && i < l->n; i++) {
        if (i > 0)
            jql_buf_puts(&b, ", ");
        jql_buf_puts(&b, jql_value_quote(l->items[i]));
    }
    jql_buf_putc(&b, ']');
    return (char *)jql_buf_str(&b);
}

static void put_dec(struct jql_buf *b, jql_dec d, int min_frac)
{
    char t[JQL_DEC_TEXT_MAX];
    jql_buf_put(b, t, jql_dec_text(d, min_frac, t));
}

/* Numbers, money, rates, durations and booleans written straight into b (reasons print
   many of them); the rest as jql_value_format makes them. */
void jql_value_put(struct jql_buf *b, struct jql_value v)
{
    switch (v.kind) {
    case JQL_V_BOOL:
        jql_buf_puts(b, v.b ? "true" : "false");
        break;
    case JQL_V_MONEY:
    case JQL_V_RATE:
        if (jql_dec_is_neg(v.u.d))
            jql_buf_putc(b, '-');
        jql_buf_putc(b, '$');
        put_dec(b, jql_dec_abs(v.u.d), 2);
        if (v.kind == JQL_V_RATE) {
            jql_buf_putc(b, '/');
            jql_buf_puts(b, jql_period_name(v.sub));
        }
        break;
    case JQL_V_NUM:
        if (v.sub != JQL_NUM_PERCENT) {
            put_dec(b, v.u.d, 0);
        } else { /* x100 on the raw millionths: exact, and in-range values cannot wrap */
            put_dec(b, (jql_dec){v.u.d.v * 100}, 0);
            jql_buf_putc(b, '%');
        }
        break;
    case JQL_V_DUR: {
        jql_dec amount;
        enum jql_unit u = print_unit(v, &amount);
        put_dec(b, amount, 0);
        jql_buf_putc(b, ' ');
        jql_buf_puts(b, jql_unit_name(u, jql_dec_cmp(jql_dec_abs(amount), jql_dec_from_int(1)) != 0));
        break;
    }
    default:
        jql_buf_puts(b, jql_value_format(v));
        break;
    }
}

char *jql_value_format(struct jql_value v)
{
    switch (v.kind) {
    case JQL_V_BOOL:
    case JQL_V_NUM:
    case JQL_V_MONEY:
    case JQL_V_RATE:
    case JQL_V_DUR: {
        struct jql_buf b = {0};
        jql_value_put(&b, v);
        return (char *)jql_buf_str(&b);
    }
    case JQL_V_DATE:
        return format_date(v.date);
    case JQL_V_TEXT:
        return jql_value_quote(v.u.s);
    case JQL_V_LIST:
        return format_list(v.u.list);
    case JQL_V_ERROR:
        return jql_strdup(v.u.fault->msg);
    default:
        return jql_strdup("unknown");
    }
}

/* ---- dates -------------------------------------------------------------- */

/* Proleptic Gregorian day numbers (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int64_t y, int m)
{
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

bool jql_date_from_ymd(int y, int m, int d, int32_t *days)
{
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
        return false;
    *days = (int32_t)days_from_civil(y, m, d);
    return true;
}

void jql_date_to_ymd(int32_t days, int *y, int *m, int *d)
{
    int64_t z = (int64_t)days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Add months, clamping the day; false when the year leaves 0..9999. */
static bool add_months_checked(int32_t days, int64_t months, int32_t *out)
{
    int y, m, d;
    jql_date_to_ymd(days, &y, &m, &d);
    const int64_t span = 12 * (MAX_YEAR - MIN_YEAR + 1);
    if (months > span || months < -span)
        return false;
    int64_t total = (int64_t)y * 12 + (m - 1) + months;
    int64_t ny = total >= 0 ? total / 12 : -((-total + 11) / 12);
    int nm = (int)(total - ny * 12) + 1;
    if (ny < MIN_YEAR || ny > MAX_YEAR)
        return false;
    int nd = d < month_days(ny, nm) ? d : month_days(ny, nm);
    *out = (int32_t)days_from_civil(ny, nm, nd);
    return true;
}

/* Out of range results saturate at 0000-01-01 / 9999-12-31. */
int32_t jql_date_add_months(int32_t days, int64_t months)
{
    int32_t r;
    if (add_months_checked(days, months, &r))
        return r;
    return (int32_t)(months < 0 ? days_from_civil(MIN_YEAR, 1, 1)
                                : days_from_civil(MAX_YEAR, 12, 31));
}

/* ---- arithmetic --------------------------------------------------------- */

static struct jql_value op_fault(const char *what, enum jql_binop op, struct jql_loc at)
{
    return jql_value_fault(at, jql_sprintf("%s in '%s'", what, jql_binop_str(op)));
}

/* A decimal result as a value of type t, or the fault its status means. */
static struct jql_value dec_result(enum jql_dec_status st, jql_dec d, struct jql_type t,
                                   enum jql_binop op, struct jql_loc at)
{
    if (st == JQL_DEC_DIVZERO)
        return jql_value_fault(at, "division by zero");
    if (st != JQL_DEC_OK)
        return op_fault("overflow", op, at);
    switch (t.kind) {
    case JQL_T_MONEY:
        return jql_value_money(d);
    case JQL_T_RATE:
        return jql_value_rate(d, t.sub);
    case JQL_T_DURATION:
        return jql_value_duration_base(d, t.sub);
    default:
        return jql_value_num(d, t.sub);
    }
}

static enum jql_dec_status dec_op(enum jql_binop op, jql_dec a, jql_dec b, jql_dec *r)
{
    switch (op) {
    case JQL_OP_ADD:
        return jql_dec_add(a, b, r);
    case JQL_OP_SUB:
        return jql_dec_sub(a, b, r);
    case JQL_OP_MUL:
        return jql_dec_mul(a, b, r);
    default:
        return jql_dec_div(a, b, r);
    }
}

/*
** Month vs year rates (docs/language.md §3, Arithmetic), result in the left period. A monthly left
** side folds the yearly one in as (12a +- b) / 12 so only one rounding happens.
*/
static enum jql_dec_status rate_mixed(enum jql_binop op, struct jql_value a, struct jql_value b,
                                      jql_dec *r)
{
    jql_dec twelve = jql_dec_from_int(12), t;
    enum jql_dec_status st;
    if (a.sub == JQL_PER_YEAR) {
        st = jql_dec_mul(b.u.d, twelve, &t);
        return st != JQL_DEC_OK ? st : dec_op(op, a.u.d, t, r);
    }
    st = jql_dec_mul(a.u.d, twelve, &t);
    if (st != JQL_DEC_OK)
        return st;
    if (op == JQL_OP_DIV)
        return jql_dec_div(t, b.u.d, r);
    st = dec_op(op, t, b.u.d, &t);
    return st != JQL_DEC_OK ? st : jql_dec_div(t, twelve, r);
}

/* Rate x duration: /hour with minutes (/60), /week with days (/7), /month with
   months, /year with months (/12). */
static enum jql_dec_status rate_times_dur(struct jql_value rate, struct jql_value dur, jql_dec *r)
{
    static const int64_t per[] = {60, 7, 1, 12};
    return jql_dec_mul_div_int(rate.u.d, dur.u.d, per[rate.sub < 4 ? rate.sub : 0], r);
}

static enum jql_dec_status arith(enum jql_binop op, struct jql_value a, struct jql_value b,
                                 jql_dec *r)
{
    if (a.kind == JQL_V_RATE && b.kind == JQL_V_DUR)
        return rate_times_dur(a, b, r);
    if (a.kind == JQL_V_DUR && b.kind == JQL_V_RATE)
        return rate_times_dur(b, a, r);
    if (a.kind == JQL_V_RATE && b.kind == JQL_V_RATE && a.sub != b.sub)
        return rate_mixed(op, a, b, r);
    return dec_op(op, a.u.d, b.u.d, r);
}

static bool date_in_range(int64_t days)
{
    return days >= days_from_civil(MIN_YEAR, 1, 1) && days <= days_from_civil(MAX_YEAR, 12, 31);
}

/* date +- days/months; a fractional amount has no calendar meaning (docs/language.md §3). */
static struct jql_value date_shift(enum jql_binop op, struct jql_value a, struct jql_value b,
                                   struct jql_loc at)
{
    bool months = b.sub == JQL_DUR_MONTHS;
    int64_t n;
    if (!jql_dec_to_int(b.u.d, &n)) {
        const char *what = months ? "months" : "days";
        return jql_value_fault(at, jql_sprintf("a date plus a non-whole number of %s in '%s'", what,
                                               jql_binop_str(op)));
    }
    if (op == JQL_OP_SUB)
        n = -n; /* |n| < 10^18, so negation cannot wrap */
    int64_t r = (int64_t)a.date + n;
    int32_t shifted;
    if (months ? !add_months_checked(a.date, n, &shifted) : !date_in_range(r))
        return op_fault("date out of range", op, at);
    return jql_value_date(months ? shifted : (int32_t)r);
}

struct jql_value jql_value_binop(enum jql_binop op, struct jql_value a, struct jql_value b,
                                 struct jql_loc at)
{
    if (a.kind == JQL_V_ERROR)
        return a;
    if (b.kind == JQL_V_ERROR)
        return b;
    if (a.kind == JQL_V_UNKNOWN || b.kind == JQL_V_UNKNOWN)
        return jql_value_unknown();
    struct jql_type t;
    if (!jql_type_binop(op, jql_value_type(a), jql_value_type(b), &t) || t.kind == JQL_T_ERROR)
        return op_fault("operand types do not fit", op, at);
    if (t.kind == JQL_T_DATE)
        return date_shift(op, a, b, at);
    if (a.kind == JQL_V_DATE) /* date - date: signed days */
        return jql_value_duration_base(jql_dec_from_int((int64_t)a.date - b.date), JQL_DUR_DAYS);
    jql_dec r = {0};
    enum jql_dec_status st = arith(op, a, b, &r);
    return dec_result(st, r, t, op, at);
}

struct jql_value jql_value_neg(struct jql_value a, struct jql_loc at)
{
    switch (a.kind) {
    case JQL_V_NUM:
        /* A negated count is no longer a count. */
        if (a.sub == JQL_NUM_COUNT)
            a.sub = JQL_NUM_NUMBER;
        /* fall through */
    case JQL_V_MONEY:
    case JQL_V_RATE:
    case JQL_V_DUR:
        a.u.d = jql_dec_neg(a.u.d); /* the limit is symmetric: cannot overflow */
        return a;
    case JQL_V_UNKNOWN:
    case JQL_V_ERROR:
        return a;
    default:
        return jql_value_fault(at, "operand type does not fit in unary '-'");
    }
}

/* ---- comparison --------------------------------------------------------- */

/* Month vs year compares 12 * monthly with yearly; the raw millionths of an
   in-range rate times 12 fit easily in 128 bits. */
static int rate_cmp(struct jql_value a, struct jql_value b)
{
    jql_dec x = a.u.d, y = b.u.d;
    if (a.sub == JQL_PER_MONTH && b.sub == JQL_PER_YEAR)
        x.v *= 12;
    else if (a.sub == JQL_PER_YEAR && b.sub == JQL_PER_MONTH)
        y.v *= 12;
    return jql_dec_cmp(x, y);
}

static bool lists_equal(const struct jql_list *a, const struct jql_list *b)
{
    int na = a ? a->n : 0, nb = b ? b->n : 0;
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (strcmp(a->items[i], b->items[i]) != 0)
            return false;
    return true;
}

int jql_value_cmp(struct jql_value a, struct jql_value b)
{
    switch (a.kind) {
    case JQL_V_BOOL:
        return (a.b > b.b) - (a.b < b.b);
    case JQL_V_NUM:
    case JQL_V_MONEY:
    case JQL_V_DUR:
        return jql_dec_cmp(a.u.d, b.u.d);
    case JQL_V_RATE:
        return rate_cmp(a, b);
    case JQL_V_DATE:
        return (a.date > b.date) - (a.date < b.date);
    case JQL_V_TEXT:
        return strcmp(a.u.s, b.u.s) != 0;
    case JQL_V_LIST:
        return !lists_equal(a.u.list, b.u.list);
    default:
        return 0;
    }
}

/* A duration's unit for a gap: `u` when the amount is a whole multiple of it in the
   base unit (`2 weeks`), else none (the printer then picks the group's base unit). */
static bool whole_in_unit(jql_dec base, enum jql_unit u)
{
    jql_dec amount;
    return u != JQL_UNIT_BASE && exact_in_unit(base, unit_factor(u), &amount);
}

/* |a - b| of two month/year rates, in a's period when that is exact, else per year. */
static bool rate_distance(struct jql_value a, struct jql_value b, struct jql_value *out)
{
    jql_dec x = a.u.d, y = b.u.d, twelve = jql_dec_from_int(12), d, m;
    if ((a.sub == JQL_PER_MONTH && jql_dec_mul(x, twelve, &x) != JQL_DEC_OK) ||
        (b.sub == JQL_PER_MONTH && jql_dec_mul(y, twelve, &y) != JQL_DEC_OK) ||
        jql_dec_sub(x, y, &d) != JQL_DEC_OK)
        return false;
    d = jql_dec_abs(d);
    if (a.sub == JQL_PER_MONTH && exact_in_unit(d, 12, &m)) {
        *out = jql_value_rate(m, JQL_PER_MONTH);
        return true;
    }
    *out = jql_value_rate(d, JQL_PER_YEAR);
    return true;
}

bool jql_value_distance(struct jql_value a, struct jql_value b, struct jql_value *out)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == JQL_V_RATE && a.sub != b.sub) /* only month and year mix (§3) */
        return a.sub >= JQL_PER_MONTH && b.sub >= JQL_PER_MONTH && rate_distance(a, b, out);
    jql_dec d;
    switch (a.kind) {
    case JQL_V_NUM:
    case JQL_V_MONEY:
    case JQL_V_RATE:
    case JQL_V_DUR:
        break;
    default:
        return false; /* dates, text, truth values: no distance */
    }
    if (jql_dec_sub(a.u.d, b.u.d, &d) != JQL_DEC_OK)
        return false; /* past 10^18: no gap rather than a wrapped one */
    *out = a;
    out->u.d = jql_dec_abs(d);
    if (a.kind == JQL_V_NUM) /* a percent against a number is still a share */
        out->sub = a.sub == JQL_NUM_PERCENT || b.sub == JQL_NUM_PERCENT ? JQL_NUM_PERCENT
                   : a.sub == JQL_NUM_COUNT && b.sub == JQL_NUM_COUNT ? JQL_NUM_COUNT
                                                                       : JQL_NUM_NUMBER;
    if (a.kind == JQL_V_DUR)
        out->unit = whole_in_unit(out->u.d, (enum jql_unit)a.unit) ? a.unit
                    : whole_in_unit(out->u.d, (enum jql_unit)b.unit) ? b.unit
                                                                      : JQL_UNIT_BASE;
    return true;
}

/* Equal when the types are compatible (80% equals 0.8, $1000/month equals
   $12000/year) and the values compare equal; unknown equals only unknown. */
bool jql_value_equal(struct jql_value a, struct jql_value b)
{
    if (a.kind == JQL_V_UNKNOWN || b.kind == JQL_V_UNKNOWN)
        return a.kind == b.kind;
    if (a.kind == JQL_V_ERROR || b.kind == JQL_V_ERROR)
        return false;
    if (!jql_type_compatible(jql_value_type(a), jql_value_type(b)))
        return false;
    return jql_value_cmp(a, b) == 0;
}

/* ---- values against declared types ---- */

enum jql_fit jql_value_fit(struct jql_type t, struct jql_value *v)
{
    switch (t.kind) {
    case JQL_T_NUMBER:
        if (v->kind != JQL_V_NUM)
            return JQL_FIT_TYPE;
        if (t.sub == JQL_NUM_PERCENT && v->sub != JQL_NUM_PERCENT)
            return JQL_FIT_PERCENT; /* 4 for a percent is 400%: never guess */
        if (t.sub == JQL_NUM_COUNT &&
            (v->sub == JQL_NUM_PERCENT || !jql_dec_is_whole(v->u.d) || jql_dec_is_neg(v->u.d)))
            return JQL_FIT_TYPE;
        v->sub = t.sub;
        return JQL_FIT_OK;
    case JQL_T_MONEY: return v->kind == JQL_V_MONEY ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_RATE: /* month and year rates convert, as in expressions */
        return v->kind == JQL_V_RATE && jql_type_compatible(t, jql_value_type(*v))
                   ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_DURATION: return v->kind == JQL_V_DUR && v->sub == t.sub ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_DATE: return v->kind == JQL_V_DATE ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_BOOL: return v->kind == JQL_V_BOOL ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_TEXT: return v->kind == JQL_V_TEXT ? JQL_FIT_OK : JQL_FIT_TYPE;
    case JQL_T_LIST: return v->kind == JQL_V_LIST ? JQL_FIT_OK : JQL_FIT_TYPE;
    default: return JQL_FIT_TYPE;
    }
}

const char *jql_value_percent_forms(struct jql_value v)
{
    /* v read as a share (0.8 -> 80%), and as percentage points (0.8 -> 0.8%) when that
       is exact in 6 places */
    const char *share = jql_value_format(jql_value_num(v.u.d, JQL_NUM_PERCENT));
    jql_dec points, back;
    if (jql_dec_div(v.u.d, jql_dec_from_int(100), &points) != JQL_DEC_OK ||
        jql_dec_mul(points, jql_dec_from_int(100), &back) != JQL_DEC_OK ||
        jql_dec_cmp(back, v.u.d) != 0 || jql_dec_is_zero(v.u.d))
        return share;
    return jql_sprintf("%s or %s", share,
                       jql_value_format(jql_value_num(points, JQL_NUM_PERCENT)));
}

struct jql_range jql_range_default(struct jql_type t)
{
    struct jql_range r = {0};
    jql_dec zero = jql_dec_from_int(0);
    switch (t.kind) {
    case JQL_T_NUMBER:
        r.has_lo = t.sub == JQL_NUM_COUNT;
        r.lo = jql_value_num(zero, JQL_NUM_COUNT);
        break;
    case JQL_T_MONEY:
        r.has_lo = true;
        r.lo = jql_value_money(zero);
        break;
    case JQL_T_RATE:
        r.has_lo = true;
        r.lo = jql_value_rate(zero, (enum jql_period)t.sub);
        break;
    case JQL_T_DURATION:
        r.has_lo = true;
        r.lo = jql_value_duration_base(zero, (enum jql_dgroup)t.sub);
        break;
    default:
        break;
    }
    return r;
}

bool jql_range_holds(const struct jql_range *r, struct jql_value v)
{
    return (!r->has_lo || jql_value_cmp(v, r->lo) >= 0) &&
           (!r->has_hi || jql_value_cmp(v, r->hi) <= 0);
}

const char *jql_range_str(const struct jql_range *r)
{
    return jql_sprintf("%s..%s", r->has_lo ? jql_value_format(r->lo) : "",
                       r->has_hi ? jql_value_format(r->hi) : "");
}

int jql_value_key_cmp(struct jql_value a, struct jql_value b)
{
    if (a.kind == JQL_V_TEXT)
        return strcmp(a.u.s, b.u.s);
    return jql_value_cmp(a, b);
}
