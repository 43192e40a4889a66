/*
** check_table: reference tables (docs/language.md §4, "Reference tables"): their
** columns and rows, checked once at load and sorted so that a lookup is a binary
** search; and the typing of `table[key, ..., date]` in expressions.
*/
#include "check_int.h"

#include "mem.h"

#include <stdlib.h>
#include <string.h>

static const struct jql_loc noloc = {0};

int jql_program_table(const struct jql_program *p, const char *name)
{
    for (int i = 0; i < p->ntables; i++)
        if (strcmp(p->tables[i].decl->name, name) == 0)
            return i;
    return -1;
}

int jql_table_row_cmp(const struct jql_table_row *a, const struct jql_table_row *b)
{
    for (int k = 0; k < a->nkeys && k < b->nkeys; k++) {
        int c = jql_value_key_cmp(a->keys[k], b->keys[k]);
        if (c)
            return c < 0 ? -1 : 1;
    }
    if (a->has_from && b->has_from && a->from != b->from)
        return a->from < b->from ? -1 : 1;
    return 0;
}

/* ---- columns ---- */

static bool key_type_ok(struct jql_type t)
{
    return t.kind == JQL_T_TEXT || t.kind == JQL_T_NUMBER || t.kind == JQL_T_DATE;
}

static bool columns_ok(struct chk *c, const struct jql_table *t)
{
    bool ok = true;
    if (t->nkeys == 0) {
        jql_diag_error(c->d, t->name_loc, "table '%s' has no 'key NAME: TYPE' column", t->name);
        ok = false;
    }
    for (int k = 0; k < t->nkeys; k++)
        if (!key_type_ok(t->keys[k].type)) {
            jql_diag_error(c->d, t->keys[k].type_loc, "a table key is text, an enumeration, a "
                           "number or a date, not %s", jql_type_name(t->keys[k].type));
            ok = false;
        }
    if (!t->has_value) {
        jql_diag_error(c->d, t->name_loc, "table '%s' has no 'value: TYPE' column", t->name);
        ok = false;
    } else if (t->value.type.kind == JQL_T_LIST) {
        jql_diag_error(c->d, t->value.type_loc, "a table value cannot be a list");
        ok = false;
    }
    return ok;
}

/* ---- rows ---- */

/* A cell is a literal of its column's type: an enumeration's value, a percent with its %. */
static bool cell_ok(struct chk *c, const struct jql_table *t, const struct jql_table_col *col,
                    struct jql_value *v, struct jql_loc at)
{
    if (v->kind == JQL_V_ERROR)
        return false; /* a bad literal: the parser reported it */
    enum jql_fit fit = jql_value_fit(col->type, v);
    if (fit != JQL_FIT_OK) {
        struct jql_diag *dg = jql_diag_error(c->d, at, "table '%s': %s must be %s, like %s, "
                                             "not %s", t->name, col->name,
                                             jql_type_name(col->type),
                                             jql_type_example(col->type), jql_value_format(*v));
        if (fit == JQL_FIT_PERCENT)
            jql_diag_note(dg, noloc, "did you mean %s?", jql_value_percent_forms(*v));
        return false;
    }
    if (col->type.enm && jql_str_index(col->type.enm->values, col->type.enm->n, v->u.s) < 0) {
        struct jql_diag *dg = jql_diag_error(c->d, at, "table '%s': %s is not a value of %s",
                                             t->name, jql_value_format(*v), col->name);
        jql_enum_notes(dg, col->type.enm, v->u.s);
        return false;
    }
    return true;
}

static bool row_ok(struct chk *c, const struct jql_table *t, struct jql_table_row *r)
{
    if (r->nkeys != t->nkeys) {
        jql_diag_error(c->d, r->key_locs[0], "table '%s' has %d key column%s, this row %d",
                       t->name, t->nkeys, t->nkeys == 1 ? "" : "s", r->nkeys);
        return false;
    }
    if (r->has_from != t->has_from) {
        jql_diag_error(c->d, r->has_from ? r->from_loc : r->value_loc,
                       t->has_from ? "table '%s' has a 'from' column: each row needs 'from DATE'"
                                   : "table '%s' has no 'from' column", t->name);
        return false;
    }
    bool ok = true;
    for (int k = 0; k < r->nkeys; k++)
        ok &= cell_ok(c, t, &t->keys[k], &r->keys[k], r->key_locs[k]);
    return cell_ok(c, t, &t->value, &r->value, r->value_loc) && ok;
}

static int row_ptr_cmp(const void *pa, const void *pb)
{
    const struct jql_table_row *a = *(const struct jql_table_row *const *)pa;
    const struct jql_table_row *b = *(const struct jql_table_row *const *)pb;
    int c = jql_table_row_cmp(a, b);
    /* equal rows keep file order, so the duplicate reported is the later one */
    return c ? c : (a->loc.start > b->loc.start) - (a->loc.start < b->loc.start);
}

static const char *row_keys_str(const struct jql_table_row *r)
{
    struct jql_buf b = {0};
    for (int k = 0; k < r->nkeys; k++)
        jql_buf_printf(&b, "%s%s", k ? ", " : "", jql_value_format(r->keys[k]));
    if (r->has_from)
        jql_buf_printf(&b, " from %s", jql_value_format(jql_value_date(r->from)));
    return jql_buf_str(&b);
}

/* The checked rows, sorted; a duplicate (same keys and `from`) is an error at the later. */
static void sorted_rows(struct chk *c, const struct jql_table *t, struct jql_table_info *ti)
{
    const struct jql_table_row **v = jql_alloc(((size_t)t->nrows + 1) * sizeof *v);
    int n = 0;
    for (int i = 0; i < t->nrows; i++)
        if (row_ok(c, t, t->rows[i]))
            v[n++] = t->rows[i];
    if (n > 1)
        qsort(v, (size_t)n, sizeof *v, row_ptr_cmp);
    for (int i = 1; i < n; i++)
        if (jql_table_row_cmp(v[i - 1], v[i]) == 0) {
            struct jql_diag *dg = jql_diag_error(c->d, v[i]->loc, "table '%s' has two rows "
                                                 "for %s", t->name, row_keys_str(v[i]));
            jql_diag_note(dg, v[i - 1]->loc, "the first is here");
        }
    ti->rows = v;
    ti->nrows = n;
}

/* ---- declarations ---- */

static bool same_columns(const struct jql_table *a, const struct jql_table *b)
{
    if (a->nkeys != b->nkeys || a->has_from != b->has_from ||
        !jql_type_compatible(a->value.type, b->value.type) ||
        a->value.type.kind != b->value.type.kind || a->value.type.sub != b->value.type.sub)
        return false;
    for (int k = 0; k < a->nkeys; k++)
        if (a->keys[k].type.kind != b->keys[k].type.kind)
            return false;
    return true;
}

/* Tables share one namespace with params and top-level lets. */
static bool table_name_ok(struct chk *c, const struct jql_table *t)
{
    bool ok = jql_check_name_ok(c, t->name, "table", t->name_loc);
    jql_check_not_a_fact_name(c, t->name, "table", t->name_loc);
    int pm = jql_program_param(c->p, t->name);
    if (pm >= 0) {
        struct jql_diag *dg = jql_diag_error(c->d, t->name_loc,
                                             "table '%s' has the same name as a param", t->name);
        if (c->p->params[pm].loc.src)
            jql_diag_note(dg, c->p->params[pm].loc, "the param is declared here");
        ok = false;
    }
    return ok;
}

/* An importing file may replace a table whole, keeping its columns. */
static void replace_table(struct chk *c, struct jql_table *t, int slot, int file,
                          const struct jql_table_info *fresh)
{
    struct jql_table_info *old = &c->p->tables[slot];
    if (!jql_check_may_set_again(c, "table", t->name, c->table_file[slot],
                                 old->decl->name_loc, file, t->name_loc))
        return;
    if (!same_columns(old->decl, t)) {
        struct jql_diag *dg = jql_diag_error(c->d, t->name_loc, "table '%s' replaces a table "
                                             "with other columns", t->name);
        jql_diag_note(dg, old->decl->name_loc, "the table it replaces is declared here");
        jql_diag_note(dg, noloc, "a replacement keeps the key types, the 'from' column and "
                      "the value type");
        return;
    }
    *old = *fresh;
    c->table_file[slot] = file;
}

/* A table with errors is still declared (its good rows, or marked broken), so that its
   lookups do not cascade into "unknown table" errors. */
void jql_check_table(struct chk *c, struct jql_table *t, int file)
{
    table_name_ok(c, t);
    struct jql_table_info ti = {.decl = t, .broken = !columns_ok(c, t)};
    if (!ti.broken)
        sorted_rows(c, t, &ti);
    int slot = jql_program_table(c->p, t->name);
    if (slot >= 0) {
        if (!ti.broken)
            replace_table(c, t, slot, file, &ti);
        return;
    }
    JQL_APPEND(c->p->tables, c->p->ntables, ti);
    JQL_APPEND(c->table_file, c->ntable_file, file);
}

/* ---- lookups ---- */

static void unknown_table(struct chk *c, const struct jql_expr *e)
{
    const char *name = e->u.call.fn;
    const struct jql_program *p = c->p;
    struct jql_diag *dg = jql_diag_error(c->d, e->oploc, "unknown table '%s'", name);
    const char **names = jql_alloc(((size_t)p->ntables + 1) * sizeof *names);
    for (int i = 0; i < p->ntables; i++)
        names[i] = p->tables[i].decl->name;
    const char *alt = jql_suggest(name, names, p->ntables);
    const char *what = jql_program_param(p, name) >= 0     ? "a param"
                       : jql_check_find_let(c, name) >= 0  ? "a let"
                       : jql_check_first_seg_fact(c, name) >= 0 ? "a fact"
                                                                : NULL;
    if (alt)
        jql_diag_note(dg, noloc, "did you mean '%s'?", alt);
    else if (what)
        jql_diag_note(dg, noloc, "'%s' is %s; '[...]' looks a value up in a table", name, what);
}

static bool key_arg_ok(const struct jql_table_col *col, struct jql_type at)
{
    if (at.kind == JQL_T_ERROR)
        return true;
    if (col->type.kind == JQL_T_NUMBER)
        return jql_type_is_numeric(at);
    return at.kind == col->type.kind;
}

/* A text literal looked up in an enumeration key must be one of its values. */
static void enum_key_literal(struct chk *c, const struct jql_table *t,
                             const struct jql_table_col *col, const struct jql_expr *arg)
{
    if (!col->type.enm || arg->kind != JQL_E_LIT || arg->u.lit.kind != JQL_V_TEXT ||
        jql_str_index(col->type.enm->values, col->type.enm->n, arg->u.lit.u.s) >= 0)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, arg->loc, "%s is not a value of key '%s' of "
                                         "table '%s'", jql_value_format(arg->u.lit), col->name,
                                         t->name);
    jql_enum_notes(dg, col->type.enm, arg->u.lit.u.s);
}

static bool arity_ok(struct chk *c, const struct jql_expr *e, const struct jql_table *t)
{
    int n = e->u.call.nargs;
    if (n == t->nkeys || (t->has_from && n == t->nkeys + 1))
        return true;
    const char *keys = t->nkeys == 1 ? "1 key" : "2 keys";
    if (t->has_from)
        jql_diag_error(c->d, e->loc, "table '%s' takes %s and an optional date, found %d "
                       "argument%s", t->name, keys, n, n == 1 ? "" : "s");
    else
        jql_diag_error(c->d, e->loc, "table '%s' takes %s, found %d argument%s", t->name, keys,
                       n, n == 1 ? "" : "s");
    return false;
}

void jql_check_lookup(struct chk *c, struct jql_expr *e)
{
    e->type = jql_type_make(JQL_T_ERROR, 0);
    int slot = jql_program_table(c->p, e->u.call.fn);
    if (slot < 0) {
        unknown_table(c, e);
        return;
    }
    const struct jql_table *t = c->p->tables[slot].decl;
    if (c->p->tables[slot].broken || !arity_ok(c, e, t))
        return;
    bool ok = true;
    for (int i = 0; i < e->u.call.nargs; i++) {
        const struct jql_expr *arg = e->u.call.args[i];
        bool is_key = i < t->nkeys;
        struct jql_table_col date = {"", jql_type_make(JQL_T_DATE, 0), noloc, noloc};
        const struct jql_table_col *col = is_key ? &t->keys[i] : &date;
        if (!key_arg_ok(col, arg->type)) {
            if (is_key)
                jql_diag_error(c->d, arg->loc, "table '%s': key '%s' needs %s, found %s",
                               t->name, col->name, jql_type_name(col->type),
                               jql_type_name(arg->type));
            else
                jql_diag_error(c->d, arg->loc, "table '%s': the last argument is the date to "
                               "look up, found %s", t->name, jql_type_name(arg->type));
            ok = false;
        } else if (is_key) {
            enum_key_literal(c, t, col, arg);
        }
    }
    if (!ok)
        return;
    e->index = slot;
    e->type = t->value.type;
}
