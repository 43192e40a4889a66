/*
** types: the static types of JQL (docs/language.md §3) and the rules that say
** which operators apply to which operand types, and with what result.
** The checker and the evaluator both rely on these tables, so the unit
** rules live in exactly one place.
*/
#ifndef JQL_TYPES_H
#define JQL_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum jql_tkind {
    JQL_T_ERROR,      /* could not be typed; an error was already reported */
    JQL_T_BOOL,
    JQL_T_NUMBER,     /* sub: enum jql_numflavor */
    JQL_T_MONEY,
    JQL_T_RATE,       /* sub: enum jql_period */
    JQL_T_DURATION,   /* sub: enum jql_dgroup */
    JQL_T_DATE,
    JQL_T_TEXT,       /* enm != NULL: an enumeration */
    JQL_T_LIST,       /* list of text */
    JQL_T_COLLECTION
};

enum jql_numflavor { JQL_NUM_NUMBER, JQL_NUM_COUNT, JQL_NUM_PERCENT };
enum jql_period { JQL_PER_HOUR, JQL_PER_WEEK, JQL_PER_MONTH, JQL_PER_YEAR };
enum jql_dgroup { JQL_DUR_HOURS, JQL_DUR_DAYS, JQL_DUR_MONTHS };
/* Units as written in duration literals; JQL_UNIT_BASE means "the group's base unit". */
enum jql_unit {
    JQL_UNIT_BASE,
    JQL_UNIT_MINUTE,
    JQL_UNIT_HOUR,
    JQL_UNIT_DAY,
    JQL_UNIT_WEEK,
    JQL_UNIT_MONTH,
    JQL_UNIT_YEAR
};

struct jql_enum {
    const char **values;
    int n;
};

struct jql_type {
    uint8_t kind; /* enum jql_tkind */
    uint8_t sub;  /* flavor, period or group */
    uint8_t unit; /* a duration fact's declared unit (`weeks`), enum jql_unit; JQL_UNIT_BASE
                     for the group's own name (`hours`, `days`, `months`). It says only which
                     unit a bare number from JSON or CSV is in (docs/language.md §5). */
    const struct jql_enum *enm;
};

enum jql_binop { JQL_OP_ADD, JQL_OP_SUB, JQL_OP_MUL, JQL_OP_DIV };
enum jql_cmpop { JQL_CMP_EQ, JQL_CMP_NE, JQL_CMP_LT, JQL_CMP_LE, JQL_CMP_GT, JQL_CMP_GE };

struct jql_type jql_type_make(enum jql_tkind kind, int sub);
/* The duration type of a unit's group, declared in that unit (`weeks`: days, in weeks). */
struct jql_type jql_type_unit_make(enum jql_unit u);
bool jql_type_is_numeric(struct jql_type t); /* number, count, percent */

/* Type name as written in a vocabulary: "money/hour", "days", "one of \"a\", \"b\"". */
const char *jql_type_name(struct jql_type t);
/* An example literal for a type, for "expected money/hour, like $18.25/hour". */
const char *jql_type_example(struct jql_type t);

/* Result type of `a OP b`; false when the operator does not apply. */
bool jql_type_binop(enum jql_binop op, struct jql_type a, struct jql_type b, struct jql_type *res);
/* May `a OP b` be compared? (month and year rates compare; text only == and !=) */
bool jql_type_comparable(enum jql_cmpop op, struct jql_type a, struct jql_type b);
/* Same comparable family, for if-branches, min/max and list items. */
bool jql_type_compatible(struct jql_type a, struct jql_type b);

const char *jql_binop_str(enum jql_binop op);
const char *jql_cmpop_str(enum jql_cmpop op);
enum jql_cmpop jql_cmpop_negate(enum jql_cmpop op);
/* The operator that holds with the operands swapped: a < b is b > a. */
enum jql_cmpop jql_cmpop_mirror(enum jql_cmpop op);

const char *jql_period_name(enum jql_period p); /* "hour" ... */
/* Unit word -> unit and group; false when the word is not a unit word. */
bool jql_unit_from_word(const char *w, size_t len, enum jql_unit *unit, enum jql_dgroup *group);
const char *jql_unit_name(enum jql_unit u, bool plural);
/* The unit a bare number for a duration of type t is in: its declared unit, or the
   group's own (hour, day, month). */
enum jql_unit jql_type_unit(struct jql_type t);
enum jql_dgroup jql_unit_group(enum jql_unit u);

#endif
