/*
** template: a blank fact file from the vocabulary. Every value is written
** `unknown`, so the file loads as it is (every rule untested) and an
** employer replaces values one by one.
*/
#include "template.h"

#include "mem.h"
#include "term.h"

#include <stdlib.h>
#include <string.h>

/* The first path segment, the group a fact is written under. */
static const char *tpl_group(const char *name)
{
    const char *dot = strchr(name, '.');
    return dot ? jql_strndup(name, (size_t)(dot - name)) : NULL;
}

/* A description may span lines; each becomes its own comment line, escaped for the
   terminal (docs/cli.md, Security): no control character reaches the screen, and none
   (a carriage return) can end the comment and turn the rest into fact-file text. */
static void tpl_comment(FILE *out, int ind, const char *text)
{
    const char *s = text;
    do {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        fprintf(out, "%*s# ", ind, "");
        jql_term_write(out, s, n, JQL_TERM_LINE);
        fputc('\n', out);
        s = nl ? nl + 1 : NULL;
    } while (s);
}

/* "(TYPE [in RANGE], like EXAMPLE[; default VALUE])": what the clerk needs to fill it in. */
static const char *tpl_type_note(const struct jql_program *p, const struct jql_fact_info *f)
{
    struct jql_buf b = {0};
    bool plain_text = f->type.kind == JQL_T_TEXT && !f->type.enm; /* "like \"text\"" says nothing */
    jql_buf_printf(&b, "(%s", jql_type_name(f->type));
    if (f->range_declared)
        jql_buf_printf(&b, " in %s", jql_range_str(&f->range));
    if (!plain_text)
        jql_buf_printf(&b, ", like %s", jql_type_example(f->type));
    for (int i = 0; i < p->ndefaults; i++)
        if (&p->facts[p->defaults[i].fact] == f)
            jql_buf_printf(&b, "; default %s", jql_value_format(p->defaults[i].value));
    jql_buf_putc(&b, ')');
    return jql_buf_str(&b);
}

static void tpl_fact(FILE *out, int ind, const struct jql_program *p,
                     const struct jql_fact_info *f, const char *path)
{
    const char *desc = f->desc && *f->desc ? f->desc : "(no description)";
    tpl_comment(out, ind, jql_sprintf("%s %s", desc, tpl_type_note(p, f)));
    fprintf(out, "%*s%s = unknown\n", ind, "", path);
}

static void tpl_collection(FILE *out, const struct jql_program *p, const int *order, int coll)
{
    const struct jql_fact_info *c = &p->facts[coll];
    fputc('\n', out);
    if (c->desc && *c->desc)
        tpl_comment(out, 2, c->desc);
    tpl_comment(out, 2, jql_sprintf("Copy this block once per %s, with its name as the label; "
                                    "write `%s = []` when there are none.",
                                    c->name, c->name));
    fprintf(out, "  %s \"NAME\" {\n", c->name);
    size_t skip = strlen(c->name) + 1;
    for (int k = 0; k < p->nfacts; k++) {
        int i = order[k];
        if (p->facts[i].kind == JQL_FACT_MEMBER && p->facts[i].coll == coll &&
            p->facts[i].slot != 0)
            tpl_fact(out, 4, p, &p->facts[i], p->facts[i].name + skip);
    }
    fputs("  }\n", out);
}

/* All scalar facts of one group, in declaration order, inside `group { }`. */
static void tpl_group_block(FILE *out, const struct jql_program *p, const char *group,
                            const int *order, bool *done)
{
    size_t skip = strlen(group) + 1;
    fprintf(out, "\n  %s {\n", group);
    for (int k = 0; k < p->nfacts; k++) {
        int i = order[k];
        const struct jql_fact_info *f = &p->facts[i];
        const char *g = f->kind == JQL_FACT_SCALAR ? tpl_group(f->name) : NULL;
        if (!done[i] && g && strcmp(g, group) == 0) {
            tpl_fact(out, 4, p, f, f->name + skip);
            done[i] = true;
        }
    }
    fputs("  }\n", out);
}

struct tpl_key {
    int id, rank;
    uint32_t off;
};

static int tpl_key_cmp(const void *pa, const void *pb)
{
    const struct tpl_key *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank - b->rank;
    return a->off < b->off ? -1 : a->off > b->off;
}

/* Fact ids in declaration order. The checker numbers collections first, so
   files are ranked by their first plain fact (load order), then by position. */
static int *tpl_order(const struct jql_program *p)
{
    const struct jql_source **srcs = jql_alloc((size_t)(p->nfacts + 1) * sizeof *srcs);
    int nsrcs = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < p->nfacts; i++) {
            if ((p->facts[i].kind == JQL_FACT_SCALAR) != (pass == 0))
                continue;
            int k = 0;
            while (k < nsrcs && srcs[k] != p->facts[i].loc.src)
                k++;
            if (k == nsrcs)
                srcs[nsrcs++] = p->facts[i].loc.src;
        }
    struct tpl_key *keys = jql_alloc_atomic((size_t)(p->nfacts + 1) * sizeof *keys);
    for (int i = 0; i < p->nfacts; i++) {
        int k = 0;
        while (srcs[k] != p->facts[i].loc.src)
            k++;
        keys[i] = (struct tpl_key){i, k, p->facts[i].loc.start};
    }
    qsort(keys, (size_t)p->nfacts, sizeof *keys, tpl_key_cmp);
    int *order = jql_alloc_atomic((size_t)(p->nfacts + 1) * sizeof *order);
    for (int i = 0; i < p->nfacts; i++)
        order[i] = keys[i].id;
    return order;
}

void jql_template_write(FILE *out, const struct jql_program *p, const char *rules)
{
    fprintf(out, "# A blank fact file for the rules in %s.\n", jql_term_str(rules, JQL_TERM_LINE));
    fputs("# Write one employer block per employer. Replace `unknown` by what you know;\n"
          "# a fact left `unknown` makes the rules that need it untested. Each fact\n"
          "# says what to enter, its type and an example value.\n",
          out);
    if (p->ndefaults)
        fputs("# A fact with a default (the rules give one) takes it when left `unknown`.\n", out);
    fputs("\nemployer \"EMPLOYER NAME\" {\n", out);
    bool *done = jql_alloc_atomic((size_t)p->nfacts + 1);
    memset(done, 0, (size_t)p->nfacts + 1);
    const int *order = tpl_order(p);
    for (int k = 0; k < p->nfacts; k++) {
        int i = order[k];
        const struct jql_fact_info *f = &p->facts[i];
        if (done[i] || f->kind == JQL_FACT_MEMBER)
            continue;
        const char *g = f->kind == JQL_FACT_SCALAR ? tpl_group(f->name) : NULL;
        if (f->kind == JQL_FACT_COLLECTION) {
            tpl_collection(out, p, order, i);
        } else if (g) {
            tpl_group_block(out, p, g, order, done);
        } else {
            fputc('\n', out);
            tpl_fact(out, 2, p, f, f->name);
        }
        done[i] = true;
    }
    fputs("}\n", out);
}
