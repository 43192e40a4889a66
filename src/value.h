/*
** value: runtime values, their canonical printing in source syntax, and the
** unit-aware arithmetic and comparison the evaluator performs.
** Values are small structs passed by value. Durations are held in their
** group's exact base unit (minutes, days, months) plus the unit to print.
*/
#ifndef JQL_VALUE_H
#define JQL_VALUE_H

#include "dec.h"
#include "source.h"
#include "types.h"

#include <stdbool.h>
#include <stdint.h>

enum jql_vkind {
    JQL_V_UNKNOWN,
    JQL_V_BOOL,
    JQL_V_NUM,   /* sub: flavor */
    JQL_V_MONEY,
    JQL_V_RATE,  /* sub: period */
    JQL_V_DUR,   /* sub: group; d in minutes / days / months; unit: how to print */
    JQL_V_DATE,  /* date: days since 1970-01-01 */
    JQL_V_TEXT,
    JQL_V_LIST,  /* list of text */
    JQL_V_ERROR  /* a runtime fault */
};

struct jql_list {
    const char **items;
    int n;
};

struct jql_fault {
    struct jql_loc loc; /* the operator or call that faulted */
    const char *msg;    /* "division by zero", "overflow in '*'" */
};

struct jql_value {
    uint8_t kind;
    uint8_t sub;
    uint8_t unit; /* enum jql_unit, durations only */
    bool b;
    int32_t date;
    union {
        jql_dec d;
        const char *s;
        const struct jql_list *list;
        const struct jql_fault *fault;
    } u;
};

struct jql_value jql_value_unknown(void);
struct jql_value jql_value_bool(bool b);
struct jql_value jql_value_num(jql_dec d, enum jql_numflavor f);
struct jql_value jql_value_money(jql_dec d);
struct jql_value jql_value_rate(jql_dec d, enum jql_period p);
/* amount in `unit` (e.g. 2 weeks); converted to the group's base unit.
   false for JQL_UNIT_BASE or when the converted amount overflows. */
bool jql_value_duration(jql_dec amount, enum jql_unit unit, struct jql_value *out);
/* A computed duration, already in the group's base unit (minutes, days, months);
   prints in the base unit (hours group: in hours when exact, else in minutes). */
struct jql_value jql_value_duration_base(jql_dec d, enum jql_dgroup g);
struct jql_value jql_value_date(int32_t days);
struct jql_value jql_value_text(const char *s);
struct jql_value jql_value_list(const struct jql_list *l);
struct jql_value jql_value_fault(struct jql_loc loc, const char *msg);

/* The static type a value has (for fact checking). */
struct jql_type jql_value_type(struct jql_value v);

/* Canonical source syntax (docs/language.md §8): 42, $17.50, $27.375/hour, 75%, 14 days,
   2026-03-01, "text" (quoted, escaped), ["a", "b"], true, unknown. */
/* The same text written into b (no allocation for numbers, money, rates, durations). */
struct jql_buf;
void jql_value_put(struct jql_buf *b, struct jql_value v);
char *jql_value_format(struct jql_value v);
/* A text in source syntax: quoted, with \" \\ \n \t and \u{..} for other controls. */
char *jql_value_quote(const char *s);

/* Arithmetic for operand types the checker accepted. Unknown in, unknown out;
   a fault returns a JQL_V_ERROR located at `at`. */
struct jql_value jql_value_binop(enum jql_binop op, struct jql_value a, struct jql_value b,
                                 struct jql_loc at);
struct jql_value jql_value_neg(struct jql_value a, struct jql_loc at);
/* Comparison of two known values the checker accepted: -1, 0, 1 (text: 0 or 1). */
int jql_value_cmp(struct jql_value a, struct jql_value b);
bool jql_value_equal(struct jql_value a, struct jql_value b);

/* The distance between two known values of a comparison the checker accepted, |a - b|
   (docs/language.md §8, "Distance to compliance"): money, a rate (in a's period when
   exact, else per year), a duration (in a's written unit when whole in it, else b's,
   else the group's base unit), a number (a percent when either side is one, a count
   when both are). False for dates, text and truth values, and when the difference
   would overflow. */
bool jql_value_distance(struct jql_value a, struct jql_value b, struct jql_value *out);

/* A total order on table keys (text bytewise, numbers, dates): for sorting and
   searching a reference table's rows. Both values are known and of one kind. */
int jql_value_key_cmp(struct jql_value a, struct jql_value b);

/* ---- values checked against a declared type (docs/language.md §9, "How values are
   checked"): facts, param literals, defaults and table cells all go through these ---- */

enum jql_fit {
    JQL_FIT_OK,
    JQL_FIT_TYPE,    /* the wrong kind of value */
    JQL_FIT_PERCENT  /* a bare number where a percent needs its '%' */
};

/* Does the known literal *v fit type t? Enumeration membership is not checked here.
   On success a number takes t's flavour (a number given as 80% stays 0.8), and a
   month/year rate stays in the period it was written in. */
enum jql_fit jql_value_fit(struct jql_type t, struct jql_value *v);
/* For a bare number meant as a percent: "80% or 0.8%" for 0.8. */
const char *jql_value_percent_forms(struct jql_value v);

/* An inclusive range of a fact's values; a bound may be absent. */
struct jql_range {
    bool has_lo, has_hi;
    struct jql_value lo, hi;
};

/* The range of a type that declares none: money, rates, durations and counts are at
   least 0; other types are unbounded. */
struct jql_range jql_range_default(struct jql_type t);
/* Is the known value v within r? (v fits r's type) */
bool jql_range_holds(const struct jql_range *r, struct jql_value v);
/* "0%..100%", "$0/hour..", "..10": the range in source syntax. */
const char *jql_range_str(const struct jql_range *r);

/* Dates. */
bool jql_date_from_ymd(int y, int m, int d, int32_t *days); /* false: no such date */
void jql_date_to_ymd(int32_t days, int *y, int *m, int *d);
/* Add months, clamping to the month's last day. Dates span 0000-01-01 to
   9999-12-31; a result outside that saturates (jql_value_binop faults instead). */
int32_t jql_date_add_months(int32_t days, int64_t months);

#endif
