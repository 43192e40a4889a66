/*
** fuzz_fmt: the properties of `jqlc fmt` (docs/cli.md, "fmt") that fuzz_rules and
** fuzz_facts check on every input that parses: the formatted text parses without
** error, formats to itself (fmt(fmt(x)) == fmt(x)), keeps every comment, and reads
** to the same tree: the same items, names, literal values (canonical text) and
** expressions (jql_ast_expr_dump, which shows every operator and grouping). A
** violation aborts with both texts.
*/
#ifndef JQL_FUZZ_FMT_H
#define JQL_FUZZ_FMT_H

#include "fmt.h"
#include "mem.h"
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fuzz_fmt_fail(const char *what, const char *a, const char *b)
{
    fprintf(stderr, "fmt property violated: %s\n--- first ---\n%s\n--- second ---\n%s\n", what,
            a, b);
    abort();
}

static void fuzz_fmt_str(struct jql_buf *b, const char *tag, struct jql_str s)
{
    jql_buf_printf(b, "%s=%s;", tag, s.s ? s.s : "-");
}

static void fuzz_fmt_expr(struct jql_buf *b, const struct jql_expr *e)
{
    jql_buf_printf(b, "{%s}", e ? jql_ast_expr_dump(e) : "-");
}

static void fuzz_fmt_entries(struct jql_buf *b, struct jql_fentry *const *v, int n)
{
    for (int i = 0; i < n; i++) {
        const struct jql_fentry *f = v[i];
        jql_buf_printf(b, "E%d %s ", f->kind, f->path);
        if (f->kind == JQL_F_SET)
            jql_buf_printf(b, "=%s ", jql_value_format(f->value));
        fuzz_fmt_str(b, "src", f->source);
        fuzz_fmt_str(b, "label", f->label);
        jql_buf_puts(b, "[");
        fuzz_fmt_entries(b, f->entries, f->nentries);
        jql_buf_puts(b, "]\n");
    }
}

static void fuzz_fmt_rule(struct jql_buf *b, const struct jql_rule *r)
{
    jql_buf_printf(b, "rule %s lvl%d/%d eff%d/%d exp%d/%d ", r->id, r->level, r->level_set,
                   r->effective.set, r->effective.days, r->expires.set, r->expires.days);
    fuzz_fmt_str(b, "title", r->title);
    fuzz_fmt_str(b, "cite", r->cite);
    fuzz_fmt_str(b, "advice", r->advice);
    for (int i = 0; i < r->nrequires; i++)
        fuzz_fmt_expr(b, r->requires[i]);
    jql_buf_puts(b, "W");
    for (int i = 0; i < r->nwhens; i++)
        fuzz_fmt_expr(b, r->whens[i]);
    jql_buf_puts(b, "U");
    for (int i = 0; i < r->nunlesses; i++)
        fuzz_fmt_expr(b, r->unlesses[i]);
    jql_buf_puts(b, "\n");
}

static void fuzz_fmt_item(struct jql_buf *b, const struct jql_item *it)
{
    jql_buf_printf(b, "item %d: ", it->kind);
    switch ((enum jql_item_kind)it->kind) {
    case JQL_I_IMPORT: jql_buf_puts(b, it->u.import->path); break;
    case JQL_I_FACTS:
        for (int i = 0; i < it->u.facts->ndecls; i++) {
            const struct jql_fact_decl *d = it->u.facts->decls[i];
            jql_buf_printf(b, "%s %d %d.%d %d", d->name, d->is_collection, d->type.kind,
                           d->type.sub, d->has_range);
            if (d->has_range)
                jql_buf_printf(b, " %s..%s", jql_value_format(d->range.lo),
                               jql_value_format(d->range.hi));
            fuzz_fmt_str(b, " desc", d->desc);
        }
        break;
    case JQL_I_PARAM:
        jql_buf_printf(b, "%s=%s", it->u.param->name, jql_value_format(it->u.param->value));
        fuzz_fmt_str(b, "desc", it->u.param->desc);
        break;
    case JQL_I_DEFAULT:
        jql_buf_printf(b, "%s=%s", it->u.dflt->path, jql_value_format(it->u.dflt->value));
        fuzz_fmt_str(b, "src", it->u.dflt->source);
        break;
    case JQL_I_LET:
        jql_buf_printf(b, "let %s", it->u.let->name);
        fuzz_fmt_expr(b, it->u.let->expr);
        break;
    case JQL_I_STANDARD: {
        const struct jql_standard *s = it->u.standard;
        jql_buf_printf(b, "std %s kof %d/%d/%s ", s->id, s->kof.set, s->kof.n,
                       s->kof.param ? s->kof.param : "-");
        fuzz_fmt_str(b, "version", s->version);
        fuzz_fmt_str(b, "source", s->source);
        for (int i = 0; i < s->nlets; i++) {
            jql_buf_printf(b, "let %s", s->lets[i]->name);
            fuzz_fmt_expr(b, s->lets[i]->expr);
        }
        for (int i = 0; i < s->nrules; i++)
            fuzz_fmt_rule(b, s->rules[i]);
        break;
    }
    case JQL_I_TIER:
        jql_buf_printf(b, "tier %s", it->u.tier->id);
        for (int i = 0; i < it->u.tier->nreqs; i++)
            jql_buf_printf(b, " [%d of %s]", it->u.tier->reqs[i]->n_of,
                           jql_join(it->u.tier->reqs[i]->ids, it->u.tier->reqs[i]->nids, ","));
        break;
    case JQL_I_TEST: {
        const struct jql_test *t = it->u.test;
        jql_buf_printf(b, "test %s\n", t->name);
        for (int i = 0; i < t->ngivens; i++) {
            jql_buf_printf(b, "given %s\n", t->givens[i]->name ? t->givens[i]->name : "-");
            fuzz_fmt_entries(b, t->givens[i]->entries, t->givens[i]->nentries);
        }
        for (int i = 0; i < t->nexpects; i++)
            jql_buf_printf(b, "expect %s %s %d %d\n", t->expects[i]->employer ?
                           t->expects[i]->employer : "-", t->expects[i]->qid,
                           t->expects[i]->goal, t->expects[i]->status);
        break;
    }
    case JQL_I_TABLE: {
        const struct jql_table *t = it->u.table;
        jql_buf_printf(b, "table %s %d %d %d\n", t->name, t->nkeys, t->has_from, t->nrows);
        for (int i = 0; i < t->nrows; i++) {
            const struct jql_table_row *r = t->rows[i];
            for (int k = 0; k < r->nkeys; k++)
                jql_buf_printf(b, "%s,", jql_value_format(r->keys[k]));
            jql_buf_printf(b, " %d/%d => %s", r->has_from, r->from, jql_value_format(r->value));
            fuzz_fmt_str(b, "src", r->source);
        }
        break;
    }
    case JQL_I_GOAL: {
        const struct jql_goal *g = it->u.goal;
        jql_buf_printf(b, "goal %s %s %d", g->id, g->share_loc.src ? jql_ast_goal_share(g) : "-",
                       g->deadline.days);
        fuzz_fmt_expr(b, g->where);
        fuzz_fmt_str(b, "cite", g->cite);
        fuzz_fmt_str(b, "advice", g->advice);
        break;
    }
    }
    jql_buf_puts(b, "\n");
}

/* The comments, without the blanks at their ends. */
static void fuzz_fmt_comments(struct jql_buf *b, const char *text, const struct jql_comment *c,
                              int n)
{
    for (int i = 0; i < n; i++) {
        uint32_t s = c[i].loc.start, e = c[i].loc.end;
        while (e > s && strchr(" \t\r", text[e - 1]))
            e--;
        jql_buf_put(b, text + s, e - s);
        jql_buf_puts(b, "\n");
    }
}

static const char *fuzz_fmt_dump_rules(const struct jql_rulefile *rf)
{
    struct jql_buf b = {0};
    for (int i = 0; i < rf->nitems; i++)
        fuzz_fmt_item(&b, &rf->items[i]);
    fuzz_fmt_comments(&b, rf->src->text, rf->comments, rf->ncomments);
    return jql_buf_str(&b);
}

static const char *fuzz_fmt_dump_facts(const struct jql_factfile *ff)
{
    struct jql_buf b = {0};
    for (int i = 0; i < ff->nemployers; i++) {
        jql_buf_printf(&b, "employer %s\n", ff->employers[i]->name);
        fuzz_fmt_entries(&b, ff->employers[i]->entries, ff->employers[i]->nentries);
    }
    fuzz_fmt_comments(&b, ff->src->text, ff->comments, ff->ncomments);
    return jql_buf_str(&b);
}

/* The two properties once the formatted text t1 parsed: formatting it again gives t1
   (t2), and both files read the same (dumps a of the original, b of the formatted). */
static __attribute__((unused)) void fuzz_fmt_same(const char *t1, const char *t2,
                                                  const char *a, const char *b)
{
    if (strcmp(t1, t2) != 0)
        fuzz_fmt_fail("fmt(fmt(x)) != fmt(x)", t1, t2);
    if (strcmp(a, b) != 0)
        fuzz_fmt_fail("the formatted file reads differently", a, b);
}

/* The properties for a rule file that parsed without error (rf, unchecked yet); the
   formatted file's tree, for the caller to check too. */
static __attribute__((unused)) struct jql_rulefile *fuzz_fmt_rules(const struct jql_rulefile *rf)
{
    const char *t1 = jql_fmt_rules(rf);
    struct jql_diags d = {0};
    struct jql_source *src = jql_source_new("fmt.jq", "fmt.jq", t1, strlen(t1));
    struct jql_rulefile *rf2 = jql_parse_rules(src, &d);
    if (d.nerrors || rf2->nsyntax_errors)
        fuzz_fmt_fail("the formatted file does not parse", rf->src->text, t1);
    fuzz_fmt_same(t1, jql_fmt_rules(rf2), fuzz_fmt_dump_rules(rf), fuzz_fmt_dump_rules(rf2));
    return rf2;
}

/* The same for a fact file. */
static __attribute__((unused)) void fuzz_fmt_facts(const struct jql_factfile *ff)
{
    const char *t1 = jql_fmt_facts(ff);
    struct jql_diags d = {0};
    struct jql_source *src = jql_source_new("fmt.facts", "fmt.facts", t1, strlen(t1));
    struct jql_factfile *ff2 = jql_parse_facts(src, &d);
    if (d.nerrors || ff2->nsyntax_errors)
        fuzz_fmt_fail("the formatted file does not parse", ff->src->text, t1);
    fuzz_fmt_same(t1, jql_fmt_facts(ff2), fuzz_fmt_dump_facts(ff), fuzz_fmt_dump_facts(ff2));
}

#endif
