/*
** types: names and example literals of JQL types, and the operator tables of
** docs/language.md §3. The checker asks these at load time and the
** evaluator re-derives result types from them, so both agree by construction.
*/
#include "types.h"

#include "mem.h"
#include "value.h"

#include <string.h>

struct jql_type jql_type_make(enum jql_tkind kind, int sub)
{
    struct jql_type t = {(uint8_t)kind, (uint8_t)sub, JQL_UNIT_BASE, NULL};
    return t;
}

struct jql_type jql_type_unit_make(enum jql_unit u)
{
    struct jql_type t = jql_type_make(JQL_T_DURATION, jql_unit_group(u));
    t.unit = (uint8_t)u;
    return t;
}

bool jql_type_is_numeric(struct jql_type t) { return t.kind == JQL_T_NUMBER; }

static const char *enum_name(const struct jql_enum *e)
{
    struct jql_buf b = {0};
    jql_buf_puts(&b, "one of ");
    for (int i = 0; i < e->n; i++) {
        if (i > 0)
            jql_buf_puts(&b, ", ");
        jql_buf_puts(&b, jql_value_quote(e->values[i]));
    }
    return jql_buf_str(&b);
}

const char *jql_type_name(struct jql_type t)
{
    static const char *const flavors[] = {"number", "count", "percent"};
    static const char *const rates[] = {"money/hour", "money/week", "money/month", "money/year"};
    static const char *const groups[] = {"hours", "days", "months"};
    switch (t.kind) {
    case JQL_T_BOOL:
        return "bool";
    case JQL_T_NUMBER:
        return t.sub < 3 ? flavors[t.sub] : "number";
    case JQL_T_MONEY:
        return "money";
    case JQL_T_RATE:
        return t.sub < 4 ? rates[t.sub] : "money/hour";
    case JQL_T_DURATION:
        if (t.unit != JQL_UNIT_BASE)
            return jql_unit_name((enum jql_unit)t.unit, true);
        return t.sub < 3 ? groups[t.sub] : "hours";
    case JQL_T_DATE:
        return "date";
    case JQL_T_TEXT:
        return t.enm ? enum_name(t.enm) : "text";
    case JQL_T_LIST:
        return "list of text";
    case JQL_T_COLLECTION:
        return "collection";
    }
    return "error";
}

const char *jql_type_example(struct jql_type t)
{
    static const char *const flavors[] = {"42", "12", "75%"};
    static const char *const rates[] = {"$18.25/hour", "$800/week", "$4_000/month", "$52_000/year"};
    static const char *const groups[] = {"40 hours", "14 days", "6 months"};
    switch (t.kind) {
    case JQL_T_BOOL:
        return "true";
    case JQL_T_NUMBER:
        return t.sub < 3 ? flavors[t.sub] : "42";
    case JQL_T_MONEY:
        return "$18.25";
    case JQL_T_RATE:
        return t.sub < 4 ? rates[t.sub] : "$18.25/hour";
    case JQL_T_DURATION:
        if (t.unit != JQL_UNIT_BASE)
            return jql_sprintf("2 %s", jql_unit_name((enum jql_unit)t.unit, true));
        return t.sub < 3 ? groups[t.sub] : "40 hours";
    case JQL_T_DATE:
        return "2026-03-01";
    case JQL_T_TEXT:
        return t.enm && t.enm->n > 0 ? jql_value_quote(t.enm->values[0]) : "\"text\"";
    case JQL_T_LIST:
        return "[\"a\", \"b\"]";
    }
    return "";
}

/* Month and year rates convert exactly (x12); no other periods mix. */
static bool periods_match(int p, int q)
{
    bool pm = p == JQL_PER_MONTH || p == JQL_PER_YEAR;
    bool qm = q == JQL_PER_MONTH || q == JQL_PER_YEAR;
    return p == q || (pm && qm);
}

/* Which duration group a rate multiplies into money (docs/language.md §3, Arithmetic). */
static bool rate_matches_group(int period, int group)
{
    switch (period) {
    case JQL_PER_HOUR:
        return group == JQL_DUR_HOURS;
    case JQL_PER_WEEK:
        return group == JQL_DUR_DAYS;
    default:
        return group == JQL_DUR_MONTHS;
    }
}

static bool yes(struct jql_type *res, enum jql_tkind kind, int sub)
{
    *res = jql_type_make(kind, sub);
    return true;
}

/*
** Numeric flavours: + and - of two operands of one flavour keep it (50% + 25%
** is 75%, a sum of counts is a count), except count - count, which may be
** negative and so is a number. Mixed flavours, * and / give a number: 2 * 75%
** is 1.5, not 150%.
*/
static bool num_binop(enum jql_binop op, struct jql_type a, struct jql_type b, struct jql_type *res)
{
    bool keep = (op == JQL_OP_ADD || op == JQL_OP_SUB) && a.sub == b.sub &&
                !(op == JQL_OP_SUB && a.sub == JQL_NUM_COUNT);
    return yes(res, JQL_T_NUMBER, keep ? a.sub : JQL_NUM_NUMBER);
}

/* n * money, n * rate, n * duration: the non-numeric operand's type. */
static bool num_left_binop(enum jql_binop op, struct jql_type b, struct jql_type *res)
{
    bool scalable = b.kind == JQL_T_MONEY || b.kind == JQL_T_RATE || b.kind == JQL_T_DURATION;
    return op == JQL_OP_MUL && scalable && yes(res, (enum jql_tkind)b.kind, b.sub);
}

static bool money_binop(enum jql_binop op, struct jql_type b, struct jql_type *res)
{
    if (b.kind == JQL_T_MONEY && (op == JQL_OP_ADD || op == JQL_OP_SUB))
        return yes(res, JQL_T_MONEY, 0);
    if (b.kind == JQL_T_MONEY && op == JQL_OP_DIV)
        return yes(res, JQL_T_NUMBER, JQL_NUM_NUMBER);
    if (b.kind == JQL_T_NUMBER && (op == JQL_OP_MUL || op == JQL_OP_DIV))
        return yes(res, JQL_T_MONEY, 0);
    return false;
}

static bool rate_binop(enum jql_binop op, struct jql_type a, struct jql_type b,
                       struct jql_type *res)
{
    bool same = b.kind == JQL_T_RATE && periods_match(a.sub, b.sub);
    if (same && (op == JQL_OP_ADD || op == JQL_OP_SUB))
        return yes(res, JQL_T_RATE, a.sub);
    if (same && op == JQL_OP_DIV)
        return yes(res, JQL_T_NUMBER, JQL_NUM_NUMBER);
    if (b.kind == JQL_T_NUMBER && (op == JQL_OP_MUL || op == JQL_OP_DIV))
        return yes(res, JQL_T_RATE, a.sub);
    if (b.kind == JQL_T_DURATION && op == JQL_OP_MUL && rate_matches_group(a.sub, b.sub))
        return yes(res, JQL_T_MONEY, 0);
    return false;
}

static bool dur_binop(enum jql_binop op, struct jql_type a, struct jql_type b, struct jql_type *res)
{
    bool same = b.kind == JQL_T_DURATION && a.sub == b.sub;
    if (same && (op == JQL_OP_ADD || op == JQL_OP_SUB))
        return yes(res, JQL_T_DURATION, a.sub);
    if (same && op == JQL_OP_DIV)
        return yes(res, JQL_T_NUMBER, JQL_NUM_NUMBER);
    if (b.kind == JQL_T_NUMBER && (op == JQL_OP_MUL || op == JQL_OP_DIV))
        return yes(res, JQL_T_DURATION, a.sub);
    if (b.kind == JQL_T_RATE && op == JQL_OP_MUL && rate_matches_group(b.sub, a.sub))
        return yes(res, JQL_T_MONEY, 0);
    return false;
}

/* date +- days/months is a date; date - date is a days duration (docs/language.md §3, Arithmetic).
   duration + date is not in the table and stays a type error. */
static bool date_binop(enum jql_binop op, struct jql_type b, struct jql_type *res)
{
    bool pm = op == JQL_OP_ADD || op == JQL_OP_SUB;
    if (pm && b.kind == JQL_T_DURATION && b.sub != JQL_DUR_HOURS)
        return yes(res, JQL_T_DATE, 0);
    if (op == JQL_OP_SUB && b.kind == JQL_T_DATE)
        return yes(res, JQL_T_DURATION, JQL_DUR_DAYS);
    return false;
}

/* An operand that already failed to type accepts everything, so one mistake
   is reported once. */
bool jql_type_binop(enum jql_binop op, struct jql_type a, struct jql_type b, struct jql_type *res)
{
    *res = jql_type_make(JQL_T_ERROR, 0);
    if (a.kind == JQL_T_ERROR || b.kind == JQL_T_ERROR)
        return true;
    if (a.kind == JQL_T_NUMBER && b.kind == JQL_T_NUMBER)
        return num_binop(op, a, b, res);
    switch (a.kind) {
    case JQL_T_NUMBER:
        return num_left_binop(op, b, res);
    case JQL_T_MONEY:
        return money_binop(op, b, res);
    case JQL_T_RATE:
        return rate_binop(op, a, b, res);
    case JQL_T_DURATION:
        return dur_binop(op, a, b, res);
    case JQL_T_DATE:
        return date_binop(op, b, res);
    default:
        return false;
    }
}

bool jql_type_comparable(enum jql_cmpop op, struct jql_type a, struct jql_type b)
{
    if (a.kind == JQL_T_ERROR || b.kind == JQL_T_ERROR)
        return true;
    if (!jql_type_compatible(a, b))
        return false;
    switch (a.kind) {
    case JQL_T_BOOL:
    case JQL_T_TEXT:
        return op == JQL_CMP_EQ || op == JQL_CMP_NE;
    case JQL_T_NUMBER:
    case JQL_T_MONEY:
    case JQL_T_RATE:
    case JQL_T_DURATION:
    case JQL_T_DATE:
        return true;
    default:
        return false; /* lists and collections are not compared */
    }
}

bool jql_type_compatible(struct jql_type a, struct jql_type b)
{
    if (a.kind == JQL_T_ERROR || b.kind == JQL_T_ERROR)
        return true;
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case JQL_T_RATE:
        return periods_match(a.sub, b.sub);
    case JQL_T_DURATION:
        return a.sub == b.sub;
    case JQL_T_COLLECTION:
        return false;
    default:
        return true; /* numeric flavours mix; an enumeration is text */
    }
}

const char *jql_binop_str(enum jql_binop op)
{
    static const char *const s[] = {"+", "-", "*", "/"};
    return (unsigned)op < 4 ? s[op] : "?";
}

const char *jql_cmpop_str(enum jql_cmpop op)
{
    static const char *const s[] = {"==", "!=", "<", "<=", ">", ">="};
    return (unsigned)op < 6 ? s[op] : "?";
}

enum jql_cmpop jql_cmpop_negate(enum jql_cmpop op)
{
    static const enum jql_cmpop neg[] = {JQL_CMP_NE, JQL_CMP_EQ, JQL_CMP_GE,
                                         JQL_CMP_GT, JQL_CMP_LE, JQL_CMP_LT};
    return (unsigned)op < 6 ? neg[op] : op;
}

enum jql_cmpop jql_cmpop_mirror(enum jql_cmpop op)
{
    switch (op) {
    case JQL_CMP_LT: return JQL_CMP_GT;
    case JQL_CMP_LE: return JQL_CMP_GE;
    case JQL_CMP_GT: return JQL_CMP_LT;
    case JQL_CMP_GE: return JQL_CMP_LE;
    default: return op;
    }
}

const char *jql_period_name(enum jql_period p)
{
    static const char *const s[] = {"hour", "week", "month", "year"};
    return (unsigned)p < 4 ? s[p] : "?";
}

/* Indexed by enum jql_unit; BASE has no word of its own. */
static const char *const unit_words[] = {"", "minute", "hour", "day", "week", "month", "year"};

bool jql_unit_from_word(const char *w, size_t len, enum jql_unit *unit, enum jql_dgroup *group)
{
    if (len > 0 && w[len - 1] == 's')
        len--; /* plural */
    for (int u = JQL_UNIT_MINUTE; u <= JQL_UNIT_YEAR; u++) {
        if (strlen(unit_words[u]) == len && memcmp(unit_words[u], w, len) == 0) {
            *unit = (enum jql_unit)u;
            *group = jql_unit_group((enum jql_unit)u);
            return true;
        }
    }
    return false;
}

const char *jql_unit_name(enum jql_unit u, bool plural)
{
    static const char *const plurals[] = {"",      "minutes", "hours", "days",
                                          "weeks", "months",  "years"};
    if ((unsigned)u > JQL_UNIT_YEAR)
        return "";
    return plural ? plurals[u] : unit_words[u];
}

/* BASE belongs to no group; it reports the hours group only to be total. */
enum jql_dgroup jql_unit_group(enum jql_unit u)
{
    switch (u) {
    case JQL_UNIT_DAY:
    case JQL_UNIT_WEEK:
        return JQL_DUR_DAYS;
    case JQL_UNIT_MONTH:
    case JQL_UNIT_YEAR:
        return JQL_DUR_MONTHS;
    default:
        return JQL_DUR_HOURS;
    }
}

enum jql_unit jql_type_unit(struct jql_type t)
{
    static const enum jql_unit own[] = {JQL_UNIT_HOUR, JQL_UNIT_DAY, JQL_UNIT_MONTH};
    if (t.unit != JQL_UNIT_BASE)
        return (enum jql_unit)t.unit;
    return t.sub < 3 ? own[t.sub] : JQL_UNIT_HOUR;
}
