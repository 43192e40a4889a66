/*
** diff: the declarations that changed between two programs (diff.h). Each kind of
** declaration is matched by its qualified id through a hashed table of the old
** program's, so a standard of 10 000 rules costs no more per rule than one of ten;
** each field is compared by a key that ignores layout (an expression's tree as
** jql_ast_expr_dump prints it, a value in canonical syntax).
*/
#include "diff.h"

#include "mem.h"
#include "path.h"
#include "report.h"
#include "report_int.h"
#include "term.h"
#include "value.h"

#include <string.h>

struct dx {
    struct jql_diff_changes *out;
};

static void dx_add(struct dx *x, enum jql_diff_op op, const char *kind, const char *id,
                   const char *field, const char *old, const char *new, bool expr)
{
    struct jql_diff_change c = {op, kind, id, field, old, new, expr};
    JQL_APPEND(x->out->v, x->out->n, c);
}

/* A field shown as compared. */
static void dx_field(struct dx *x, const char *kind, const char *id, const char *field,
                     const char *old, const char *new)
{
    if (strcmp(old ? old : "", new ? new : "") != 0)
        dx_add(x, JQL_DIFF_CHANGED, kind, id, field, old, new, false);
}

/* ---- expressions: compared as trees, shown as written ---- */

const char *jql_diff_expr_text(const struct jql_expr *e)
{
    return jql_ast_expr_text(e, 0);
}

/* Clauses as one key (their trees) and one text (as written), a clause a line. */
static void dx_clauses(struct jql_expr **v, int n, const char **key, const char **shown)
{
    struct jql_buf k = {0}, t = {0};
    for (int i = 0; i < n; i++) {
        jql_buf_printf(&k, "%s%s", i ? "\n" : "", jql_ast_expr_dump(v[i]));
        jql_buf_printf(&t, "%s%s", i ? "\n" : "", jql_diff_expr_text(v[i]));
    }
    *key = jql_buf_str(&k);
    *shown = n ? jql_buf_str(&t) : NULL;
}

static void dx_exprs(struct dx *x, const char *kind, const char *id, const char *field,
                     struct jql_expr **a, int na, struct jql_expr **b, int nb)
{
    const char *ka, *ta, *kb, *tb;
    dx_clauses(a, na, &ka, &ta);
    dx_clauses(b, nb, &kb, &tb);
    if (strcmp(ka, kb) != 0)
        dx_add(x, JQL_DIFF_CHANGED, kind, id, field, ta, tb, true);
}

static void dx_expr(struct dx *x, const char *kind, const char *id, const char *field,
                    struct jql_expr *a, struct jql_expr *b)
{
    dx_exprs(x, kind, id, field, &a, a != NULL, &b, b != NULL);
}

/* ---- small texts ---- */

static const char *dx_date(const struct jql_date_opt *d)
{
    return d->set ? jql_value_format(jql_value_date(d->days)) : NULL;
}

static const char *dx_str(const struct jql_str *s) { return s->s; }

static const char *dx_fact_type(const struct jql_fact_info *f)
{
    const char *t = f->kind == JQL_FACT_COLLECTION ? "collection" : jql_type_name(f->type);
    return f->range_declared ? jql_sprintf("%s in %s", t, jql_range_str(&f->range)) : t;
}

static const char *dx_kof(const struct jql_kof *k)
{
    if (!k->set)
        return NULL;
    if (k->param)
        return jql_sprintf("requires %s of recommended", k->param);
    return k->percent ? jql_sprintf("requires %s%% of recommended", jql_dec_format(k->pct, 0))
                      : jql_sprintf("requires %d of recommended", k->n);
}

static const char *dx_tier_reqs(const struct jql_tier *t)
{
    struct jql_buf b = {0};
    for (int i = 0; i < t->nreqs; i++) {
        const struct jql_tier_req *r = t->reqs[i];
        jql_buf_printf(&b, "%srequires ", i ? "\n" : "");
        if (r->n_of)
            jql_buf_printf(&b, "%d of ", r->n_of);
        jql_buf_puts(&b, jql_join(r->ids, r->nids, ", "));
    }
    return jql_buf_str(&b);
}

/* A table's row key, as written: `"CO"`, `"WA", "Seattle" from 2026-01-01`. */
static const char *dx_row_key(const struct jql_table_row *r)
{
    struct jql_buf b = {0};
    for (int k = 0; k < r->nkeys; k++)
        jql_buf_printf(&b, "%s%s", k ? ", " : "", jql_value_format(r->keys[k]));
    if (r->has_from)
        jql_buf_printf(&b, " from %s", jql_value_format(jql_value_date(r->from)));
    return jql_buf_str(&b);
}

static const char *dx_table_cols(const struct jql_table *t)
{
    struct jql_buf b = {0};
    for (int k = 0; k < t->nkeys; k++)
        jql_buf_printf(&b, "key %s: %s, ", t->keys[k].name, jql_type_name(t->keys[k].type));
    if (t->has_from)
        jql_buf_puts(&b, "from: date, ");
    jql_buf_printf(&b, "value: %s", t->has_value ? jql_type_name(t->value.type) : "?");
    return jql_buf_str(&b);
}

/* ---- matching by id ---- */

/* Index of the old declarations by id. */
static struct jql_path_set dx_index(const char *const *ids, int n)
{
    struct jql_path_set s = {0};
    for (int i = 0; i < n; i++)
        if (jql_path_set_get(&s, ids[i]) < 0) /* the first of a name wins */
            jql_path_set_put(&s, ids[i], i);
    return s;
}

/* Each of b's ids matched in a: fn(x, ia or -1, ib); then fn(x, ia, -1) for every id
   only a has. */
typedef void dx_pair_fn(struct dx *x, const void *a, int ia, const void *b, int ib);

static void dx_match(struct dx *x, const char *const *ida, int na, const char *const *idb,
                     int nb, dx_pair_fn *fn, const void *a, const void *b)
{
    struct jql_path_set sa = dx_index(ida, na), sb = dx_index(idb, nb);
    for (int i = 0; i < nb; i++)
        if (jql_path_set_get(&sb, idb[i]) == i)
            fn(x, a, jql_path_set_get(&sa, idb[i]), b, i);
    for (int i = 0; i < na; i++)
        if (jql_path_set_get(&sa, ida[i]) == i && jql_path_set_get(&sb, ida[i]) < 0)
            fn(x, a, i, b, -1);
}

/* Added or removed: true (reported) when the declaration is on one side only. */
static bool dx_one_side(struct dx *x, const char *kind, const char *id, int ia, int ib)
{
    if (ia >= 0 && ib >= 0)
        return false;
    dx_add(x, ia < 0 ? JQL_DIFF_ADDED : JQL_DIFF_REMOVED, kind, id, NULL, NULL, NULL, false);
    return true;
}

/* The ids of an array of declarations, in order. */
#define DX_IDS_FN(fname, T, id)                                                                \
    static const char **fname(T const *v, int n)                                               \
    {                                                                                          \
        const char **ids = jql_alloc(((size_t)n + 1) * sizeof *ids);                           \
        for (int i = 0; i < n; i++)                                                            \
            ids[i] = v[i] id;                                                                  \
        return ids;                                                                            \
    }
DX_IDS_FN(dx_fact_ids, struct jql_fact_info, .name)
DX_IDS_FN(dx_param_ids, struct jql_param_info, .name)
DX_IDS_FN(dx_table_ids, struct jql_table_info, .decl->name)
DX_IDS_FN(dx_std_ids, struct jql_standard *, ->id)
DX_IDS_FN(dx_rule_ids, struct jql_rule *, ->id)
DX_IDS_FN(dx_tier_ids, struct jql_tier *, ->id)
DX_IDS_FN(dx_goal_ids, struct jql_goal *, ->id)

/* ---- each kind ---- */

static void dx_fact(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->facts[ib].name : a->facts[ia].name;
    if (!dx_one_side(x, "fact", id, ia, ib))
        dx_field(x, "fact", id, "type", dx_fact_type(&a->facts[ia]), dx_fact_type(&b->facts[ib]));
}

static void dx_param(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->params[ib].name : a->params[ia].name;
    if (dx_one_side(x, "param", id, ia, ib))
        return;
    dx_field(x, "param", id, "type", jql_type_name(a->params[ia].type),
             jql_type_name(b->params[ib].type));
    dx_field(x, "param", id, "value", jql_value_format(a->params[ia].value),
             jql_value_format(b->params[ib].value));
}

static void dx_default(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->facts[b->defaults[ib].fact].name
                             : a->facts[a->defaults[ia].fact].name;
    if (!dx_one_side(x, "default", id, ia, ib))
        dx_field(x, "default", id, "value", jql_value_format(a->defaults[ia].value),
                 jql_value_format(b->defaults[ib].value));
}

struct dx_rows {
    const struct jql_table_info *t;
    const char **keys;
};

static void dx_row(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct dx_rows *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->t->decl->name : a->t->decl->name;
    const char *row = ib >= 0 ? b->keys[ib] : a->keys[ia];
    const char *va = ia >= 0 ? jql_value_format(a->t->rows[ia]->value) : NULL;
    const char *vb = ib >= 0 ? jql_value_format(b->t->rows[ib]->value) : NULL;
    if (ia < 0 || ib < 0)
        dx_add(x, ia < 0 ? JQL_DIFF_ADDED : JQL_DIFF_REMOVED, "table", id,
               jql_sprintf("row %s", row), va, vb, false);
    else
        dx_field(x, "table", id, jql_sprintf("row %s", row), va, vb);
}

static void dx_table(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->tables[ib].decl->name : a->tables[ia].decl->name;
    if (dx_one_side(x, "table", id, ia, ib))
        return;
    const struct jql_table_info *ta = &a->tables[ia], *tb = &b->tables[ib];
    dx_field(x, "table", id, "title", dx_str(&ta->decl->title), dx_str(&tb->decl->title));
    dx_field(x, "table", id, "columns", dx_table_cols(ta->decl), dx_table_cols(tb->decl));
    struct dx_rows ra = {ta, jql_alloc(((size_t)ta->nrows + 1) * sizeof(char *))};
    struct dx_rows rb = {tb, jql_alloc(((size_t)tb->nrows + 1) * sizeof(char *))};
    for (int i = 0; i < ta->nrows; i++)
        ra.keys[i] = dx_row_key(ta->rows[i]);
    for (int i = 0; i < tb->nrows; i++)
        rb.keys[i] = dx_row_key(tb->rows[i]);
    dx_match(x, ra.keys, ta->nrows, rb.keys, tb->nrows, dx_row, &ra, &rb);
}

/* A program's lets: top-level ones by name, a standard's as "STANDARD.NAME". */
static const char **dx_let_ids(const struct jql_program *p)
{
    const char **ids = jql_alloc(((size_t)p->nlets + 1) * sizeof *ids);
    for (int i = 0; i < p->nlets; i++)
        ids[i] = p->lets[i].standard < 0
                     ? p->lets[i].name
                     : jql_sprintf("%s.%s", p->standards[p->lets[i].standard]->id, p->lets[i].name);
    return ids;
}

struct dx_lets {
    const struct jql_program *p;
    const char **ids;
};

static void dx_let(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct dx_lets *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->ids[ib] : a->ids[ia];
    if (!dx_one_side(x, "let", id, ia, ib))
        dx_expr(x, "let", id, "value", a->p->lets[ia].expr, b->p->lets[ib].expr);
}

static void dx_rule(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_standard *sa = pa, *sb = pb;
    const struct jql_rule *a = ia >= 0 ? sa->rules[ia] : NULL, *b = ib >= 0 ? sb->rules[ib] : NULL;
    const char *id = jql_sprintf("%s.%s", (sb ? sb : sa)->id, (b ? b : a)->id);
    if (dx_one_side(x, "rule", id, ia, ib))
        return;
    dx_exprs(x, "rule", id, "require", a->requires, a->nrequires, b->requires, b->nrequires);
    dx_exprs(x, "rule", id, "when", a->whens, a->nwhens, b->whens, b->nwhens);
    dx_exprs(x, "rule", id, "unless", a->unlesses, a->nunlesses, b->unlesses, b->nunlesses);
    static const char *const levels[] = {"required", "recommended"};
    dx_field(x, "rule", id, "level", levels[a->level & 1], levels[b->level & 1]);
    dx_field(x, "rule", id, "effective", dx_date(&a->effective), dx_date(&b->effective));
    dx_field(x, "rule", id, "expires", dx_date(&a->expires), dx_date(&b->expires));
    dx_field(x, "rule", id, "title", dx_str(&a->title), dx_str(&b->title));
    dx_field(x, "rule", id, "cite", dx_str(&a->cite), dx_str(&b->cite));
    dx_field(x, "rule", id, "advice", dx_str(&a->advice), dx_str(&b->advice));
}

static void dx_standard(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *pga = pa, *pgb = pb;
    const struct jql_standard *a = ia >= 0 ? pga->standards[ia] : NULL;
    const struct jql_standard *b = ib >= 0 ? pgb->standards[ib] : NULL;
    const char *id = (b ? b : a)->id;
    if (dx_one_side(x, "standard", id, ia, ib))
        return;
    dx_field(x, "standard", id, "title", dx_str(&a->title), dx_str(&b->title));
    dx_field(x, "standard", id, "version", dx_str(&a->version), dx_str(&b->version));
    dx_field(x, "standard", id, "effective", dx_date(&a->effective), dx_date(&b->effective));
    dx_field(x, "standard", id, "expires", dx_date(&a->expires), dx_date(&b->expires));
    dx_field(x, "standard", id, "scoring", dx_kof(&a->kof), dx_kof(&b->kof));
    dx_match(x, dx_rule_ids(a->rules, a->nrules), a->nrules, dx_rule_ids(b->rules, b->nrules),
             b->nrules, dx_rule, a, b);
}

static void dx_tier(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->tiers[ib]->id : a->tiers[ia]->id;
    if (dx_one_side(x, "tier", id, ia, ib))
        return;
    dx_field(x, "tier", id, "title", dx_str(&a->tiers[ia]->title), dx_str(&b->tiers[ib]->title));
    const char *ra = dx_tier_reqs(a->tiers[ia]), *rb = dx_tier_reqs(b->tiers[ib]);
    if (strcmp(ra, rb) != 0)
        dx_add(x, JQL_DIFF_CHANGED, "tier", id, "requires", ra, rb, true);
}

static void dx_goal(struct dx *x, const void *pa, int ia, const void *pb, int ib)
{
    const struct jql_program *a = pa, *b = pb;
    const char *id = ib >= 0 ? b->goals[ib]->id : a->goals[ia]->id;
    if (dx_one_side(x, "goal", id, ia, ib))
        return;
    const struct jql_goal *ga = a->goals[ia], *gb = b->goals[ib];
    dx_field(x, "goal", id, "title", dx_str(&ga->title), dx_str(&gb->title));
    dx_field(x, "goal", id, "target", jql_ast_goal_share(ga), jql_ast_goal_share(gb));
    dx_expr(x, "goal", id, "where", ga->where, gb->where);
    dx_field(x, "goal", id, "deadline", dx_date(&ga->deadline), dx_date(&gb->deadline));
}

void jql_diff_programs(const struct jql_program *a, const struct jql_program *b,
                       struct jql_diff_changes *out)
{
    struct dx x = {out};
    dx_match(&x, dx_fact_ids(a->facts, a->nfacts), a->nfacts,
             dx_fact_ids(b->facts, b->nfacts), b->nfacts, dx_fact, a, b);
    dx_match(&x, dx_param_ids(a->params, a->nparams), a->nparams,
             dx_param_ids(b->params, b->nparams), b->nparams, dx_param, a, b);
    const char **da = jql_alloc(((size_t)a->ndefaults + 1) * sizeof *da);
    const char **db = jql_alloc(((size_t)b->ndefaults + 1) * sizeof *db);
    for (int i = 0; i < a->ndefaults; i++)
        da[i] = a->facts[a->defaults[i].fact].name;
    for (int i = 0; i < b->ndefaults; i++)
        db[i] = b->facts[b->defaults[i].fact].name;
    dx_match(&x, da, a->ndefaults, db, b->ndefaults, dx_default, a, b);
    dx_match(&x, dx_table_ids(a->tables, a->ntables), a->ntables,
             dx_table_ids(b->tables, b->ntables), b->ntables, dx_table, a, b);
    struct dx_lets la = {a, dx_let_ids(a)}, lb = {b, dx_let_ids(b)};
    dx_match(&x, la.ids, a->nlets, lb.ids, b->nlets, dx_let, &la, &lb);
    dx_match(&x, dx_std_ids(a->standards, a->nstandards), a->nstandards,
             dx_std_ids(b->standards, b->nstandards), b->nstandards, dx_standard, a, b);
    dx_match(&x, dx_tier_ids(a->tiers, a->ntiers), a->ntiers,
             dx_tier_ids(b->tiers, b->ntiers), b->ntiers, dx_tier, a, b);
    dx_match(&x, dx_goal_ids(a->goals, a->ngoals), a->ngoals,
             dx_goal_ids(b->goals, b->ngoals), b->ngoals, dx_goal, a, b);
}

/* ---- writing ---- */

static const char *const dx_op_names[] = {"added", "removed", "changed"};

/* Each line of s after `prefix` (text: escaped for the terminal). */
static void dx_text_lines(FILE *out, const char *prefix, const char *s)
{
    while (s) {
        const char *nl = strchr(s, '\n');
        fputs(prefix, out);
        jql_term_write(out, s, nl ? (size_t)(nl - s) : strlen(s), JQL_TERM_LINE);
        fputc('\n', out);
        s = nl ? nl + 1 : NULL;
    }
}

static void dx_text(FILE *out, const struct jql_diff_change *c)
{
    fprintf(out, "%s %s ", dx_op_names[c->op], c->kind);
    jql_term_puts(out, c->id, JQL_TERM_LINE);
    if (c->field) {
        fputs(": ", out);
        jql_term_puts(out, c->field, JQL_TERM_LINE);
    }
    bool lines = c->expr || (c->old && strchr(c->old, '\n')) || (c->new && strchr(c->new, '\n'));
    if (c->op == JQL_DIFF_CHANGED && !lines && c->old && c->new) {
        fputs(": ", out);
        jql_term_puts(out, c->old, JQL_TERM_LINE);
        fputs(" → ", out);
        jql_term_puts(out, c->new, JQL_TERM_LINE);
        fputc('\n', out);
        return;
    }
    if (c->op != JQL_DIFF_CHANGED && (c->old || c->new)) {
        fputs(": ", out);
        jql_term_puts(out, c->old ? c->old : c->new, JQL_TERM_LINE);
    }
    fputc('\n', out);
    if (c->op == JQL_DIFF_CHANGED) {
        dx_text_lines(out, "    - ", c->old ? c->old : "(none)");
        dx_text_lines(out, "    + ", c->new ? c->new : "(none)");
    }
}

/* A Markdown table cell: each line escaped, lines apart by <br>. */
static void dx_md_cell(FILE *out, const char *s)
{
    if (!s) {
        fputs(" |", out);
        return;
    }
    fputs(" ", out);
    while (s) {
        const char *nl = strchr(s, '\n');
        jql_pub_text(out, nl ? jql_strndup(s, (size_t)(nl - s)) : s, JQL_ESC_MD);
        if (nl)
            fputs("<br>", out);
        s = nl ? nl + 1 : NULL;
    }
    fputs(" |", out);
}

/* A JSON string, or null. */
static void dx_json_str(FILE *out, const char *s)
{
    if (s)
        jql_json_string(out, s);
    else
        fputs("null", out);
}

static void dx_json(FILE *out, const struct jql_diff_changes *c, const char *old_label,
                    const char *new_label)
{
    fputs("{\"old\": ", out);
    jql_json_string(out, old_label);
    fputs(", \"new\": ", out);
    jql_json_string(out, new_label);
    fputs(",\n \"changes\": [", out);
    for (int i = 0; i < c->n; i++) {
        const struct jql_diff_change *ch = &c->v[i];
        fprintf(out, "%s\n  {\"change\": \"%s\", \"kind\": \"%s\", \"id\": ", i ? "," : "",
                dx_op_names[ch->op], ch->kind);
        jql_json_string(out, ch->id);
        fputs(", \"what\": ", out);
        dx_json_str(out, ch->field);
        fputs(", \"old\": ", out);
        dx_json_str(out, ch->old);
        fputs(", \"new\": ", out);
        dx_json_str(out, ch->new);
        fputc('}', out);
    }
    fputs(c->n ? "\n ]}\n" : "]}\n", out);
}

void jql_diff_changes_write(FILE *out, const struct jql_diff_changes *c,
                            enum jql_diff_format fmt, const char *old_label,
                            const char *new_label)
{
    if (fmt == JQL_DIFF_JSON) {
        dx_json(out, c, old_label, new_label);
        return;
    }
    const char *n = jql_sprintf("%d change%s", c->n, c->n == 1 ? "" : "s");
    if (fmt == JQL_DIFF_MARKDOWN) {
        fputs("### Rules: ", out);
        jql_pub_text(out, old_label, JQL_ESC_MD);
        fputs(" → ", out);
        jql_pub_text(out, new_label, JQL_ESC_MD);
        fprintf(out, "\n\n%s.\n", c->n ? n : "No changes");
        if (!c->n)
            return;
        fputs("\n| change | kind | id | what | old | new |\n|---|---|---|---|---|---|\n", out);
        for (int i = 0; i < c->n; i++) {
            const struct jql_diff_change *ch = &c->v[i];
            fprintf(out, "| %s | %s |", dx_op_names[ch->op], ch->kind);
            dx_md_cell(out, ch->id);
            dx_md_cell(out, ch->field);
            dx_md_cell(out, ch->old);
            dx_md_cell(out, ch->new);
            fputc('\n', out);
        }
        return;
    }
    for (int i = 0; i < c->n; i++)
        dx_text(out, &c->v[i]);
    fputs(c->n ? n : "no changes", out);
    fputs(" from ", out);
    jql_term_puts(out, old_label, JQL_TERM_LINE);
    fputs(" to ", out);
    jql_term_puts(out, new_label, JQL_TERM_LINE);
    fputc('\n', out);
}
