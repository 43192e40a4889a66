/*
** facts: the reader of .facts files (and of a test's `given`): walks the parsed
** employer blocks and hands each entry to the fact builder (factb.h), which
** resolves names to slots and checks values against the vocabulary. Problems are
** recorded on the employer concerned, which is then `failed`; the other
** employers of the file load normally.
*/
#include "facts.h"

#include "factb.h"
#include "mem.h"

#include <string.h>

static void load_entries(struct jql_fb *b, struct jql_fentry **entries, int n);

static struct jql_loc or_loc(struct jql_loc a, struct jql_loc b) { return a.src ? a : b; }

static void load_element(struct jql_fb *b, const struct jql_fentry *fe)
{
    if (jql_fb_element(b, fe->label.s, fe->path_loc, fe->label.loc, fe->loc))
        load_entries(b, fe->entries, fe->nentries);
    jql_fb_element_end(b);
}

static void load_entry(struct jql_fb *b, const struct jql_fentry *fe)
{
    const char *path = fe->path ? fe->path : "";
    size_t mark = jql_fb_push(b, path, strlen(path), fe->kind == JQL_F_GROUP);
    switch (fe->kind) {
    case JQL_F_SET:
        jql_fb_set(b, fe->value, fe->source.s, fe->path_loc, or_loc(fe->value_loc, fe->loc));
        break;
    case JQL_F_EMPTY:
        jql_fb_set_empty(b, fe->source.s, fe->path_loc, or_loc(fe->value_loc, fe->loc));
        break;
    case JQL_F_ELEMENT: load_element(b, fe); break;
    case JQL_F_GROUP: load_entries(b, fe->entries, fe->nentries); break;
    default: break;
    }
    jql_fb_pop(b, mark);
}

static void load_entries(struct jql_fb *b, struct jql_fentry **entries, int n)
{
    for (int i = 0; i < n; i++)
        if (entries[i])
            load_entry(b, entries[i]);
}

struct jql_employer *jql_facts_read(struct jql_fb *b, const struct jql_femployer *fe)
{
    jql_fb_begin(b, fe->name, fe->name_loc, fe->loc);
    load_entries(b, fe->entries, fe->nentries);
    return jql_fb_end(b, fe->nsyntax_errors > 0);
}

/* ---- API ---- */

struct jql_employer *jql_facts_load_employer(const struct jql_program *p,
                                             const struct jql_femployer *fe,
                                             const struct jql_facts_opts *o)
{
    return jql_facts_read(jql_fb_new(p, o), fe);
}

struct jql_employer **jql_facts_load(const struct jql_program *p, const struct jql_factfile *ff,
                                     const struct jql_facts_opts *o, int *nemployers)
{
    struct jql_fb *b = jql_fb_new(p, o);
    int n = ff ? ff->nemployers : 0;
    struct jql_employer **v = jql_alloc((size_t)n * sizeof *v);
    for (int i = 0; i < n; i++)
        v[i] = jql_facts_read(b, ff->employers[i]);
    if (nemployers)
        *nemployers = n;
    return v;
}
