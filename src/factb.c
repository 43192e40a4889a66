/*
** factb: the fact builder (factb.h). The per-employer questions "already set?"
** and "label seen?" are answered by arrays indexed by slot and stamped with the
** employer (or element) number, never by scanning or by clearing the arrays
** between employers: an export may hold a million employers.
*/
#include "factb.h"

#include "mem.h"
#include "parse.h"

#include <string.h>
#include <strings.h>

/* Where a slot was first set, valid only while `stamp` is the current one. */
struct seen {
    int stamp;
    struct jql_loc loc;
};

/* One entry of a collection's label table (open addressing). */
struct label_slot {
    int stamp;            /* employer stamp; another value means empty */
    int idx;              /* element index */
    struct jql_loc loc;   /* the label, for the "first defined here" note */
};

/* Per collection slot: what this employer said about the collection itself. */
struct coll_state {
    int stamp;                /* employer stamp the fields below belong to */
    bool assigned;            /* `NAME = []` or `NAME = unknown` seen */
    bool assigned_empty;      /* ... and it was `= []` */
    bool conflict_reported;   /* "set to [] and also has elements" said once */
    struct jql_loc assigned_loc;
    struct jql_loc first_elem_loc;
    struct label_slot *labels; /* survives across employers; entries are stamped */
    int labels_cap;
};

/* The element whose body is being loaded (NULL at employer level). */
struct elem_ctx {
    const struct jql_fact_info *coll;
    const char *label;
    struct jql_value *values; /* coll->nmembers */
    const char **sources;     /* coll->nmembers */
    size_t base;              /* length of "coll." at the start of the name buffer */
};

/* An undeclared key of a JSON or CSV file: where it first occurred, in how many employers. */
struct unknown_key {
    const char *name; /* NULL: an empty slot */
    const char *what; /* "fact" or "collection" */
    struct jql_loc first;
    int employers;
    int stamp;        /* the last employer counted */
};

/* The same misspelt fact tends to recur in every employer of an export, and
   each suggestion compares the name with the whole vocabulary: remember them. */
struct suggest_memo {
    const char *name; /* NULL: empty slot */
    const char *alt;  /* NULL: nothing close */
};

/* A name the readers built before, resolved once: a tree of name segments (keys, '.'),
   each node holding the fact its whole name denotes. Records of one export repeat their
   keys in the same order, so each node remembers where its next child was found last. */
struct name_node {
    const char *seg;
    size_t n;
    int fact;                /* jql_program_fact of the whole name, or -1 */
    JQL_VEC(struct name_node *) kids;
    int *index;              /* kids by hash of their segment, once there are many */
    int index_cap;
    int hint;                /* the child most likely asked for next */
};

/* Nodes in one builder's tree. Past it (an export whose keys are data, not names) names
   are looked up whole again: slower, never more memory. */
enum { NAME_NODES_MAX = 1 << 16 };

struct name_frame {
    size_t len;              /* the name buffer's length */
    struct name_node *node;  /* NULL: the name is not in the tree */
};

struct jql_fb {
    const struct jql_program *p;
    struct name_node *node;     /* the current name's node, or NULL */
    struct name_frame *frames;  /* what jql_fb_pop returns to, by mark */
    size_t nframes, frames_cap;
    int nnodes;
    bool strict;
    struct jql_employer *e;     /* the employer being loaded */
    struct jql_buf name;        /* qualified name of the current entry */
    struct seen *scalar_seen;   /* p->nscalars */
    struct seen *member_seen;   /* largest nmembers of any collection */
    struct coll_state *colls;   /* p->ncolls */
    const char **coll_names;    /* for "did you mean" on `NAME "label" { }` */
    int ncoll_names;
    int stamp;                  /* current employer */
    int elem_stamp;             /* current element (never reused) */
    struct suggest_memo *memo;  /* unknown name -> "did you mean" (open addressing) */
    int memo_cap, memo_n;
    bool per_file;              /* undeclared keys counted per file (unknown_key) */
    bool count_unknown;         /* ... here (off when records are read again) */
    uint8_t syntax;             /* enum jql_fact_syntax */
    struct unknown_key *unknown; int unknown_cap, nunknown;
    struct elem_ctx ec;         /* the element whose members are being set */
    bool in_elem;               /* ... when there is one */
    int elem_depth;             /* element blocks open, an unusable one included */
    const char **numbers;       /* "1", "2", ...: labels of array elements, made once */
    struct jql_employer *spare; /* done with (jql_fb_recycle): the next one's arrays */
};

/* ---- setup ---- */

struct jql_fb *jql_fb_new(const struct jql_program *p, const struct jql_facts_opts *o)
{
    struct jql_fb *l = jql_alloc(sizeof *l);
    l->p = p;
    l->strict = o && o->strict;
    l->per_file = o && o->per_file;
    l->count_unknown = true;
    l->syntax = o ? o->syntax : JQL_SYNTAX_FACTS;
    l->scalar_seen = jql_alloc((size_t)p->nscalars * sizeof *l->scalar_seen);
    l->colls = jql_alloc((size_t)p->ncolls * sizeof *l->colls);
    l->coll_names = jql_alloc((size_t)p->ncolls * sizeof *l->coll_names);
    int maxm = 0;
    for (int i = 0; i < p->nfacts; i++) {
        const struct jql_fact_info *f = &p->facts[i];
        if (f->kind != JQL_FACT_COLLECTION)
            continue;
        if (f->nmembers > maxm)
            maxm = f->nmembers;
        if (l->ncoll_names < p->ncolls)
            l->coll_names[l->ncoll_names++] = f->name;
    }
    l->member_seen = jql_alloc((size_t)maxm * sizeof *l->member_seen);
    l->node = jql_alloc(sizeof *l->node);
    l->node->fact = -1;
    return l;
}

static struct jql_employer *employer_new(struct jql_fb *l, const char *name,
                                         struct jql_loc loc)
{
    const struct jql_program *p = l->p;
    struct jql_employer *e = l->spare;
    l->spare = NULL;
    if (e) { /* a zeroed value is JQL_V_UNKNOWN, as jql_alloc gives */
        memset(e->values, 0, (size_t)p->nscalars * sizeof *e->values);
        memset(e->sources, 0, (size_t)p->nscalars * sizeof *e->sources);
        memset(e->colls, 0, (size_t)p->ncolls * sizeof *e->colls);
        *e = (struct jql_employer){.values = e->values, .sources = e->sources,
                                   .colls = e->colls};
    } else {
        e = jql_alloc(sizeof *e);
        e->values = jql_alloc((size_t)p->nscalars * sizeof *e->values);
        e->sources = jql_alloc((size_t)p->nscalars * sizeof *e->sources);
        e->colls = jql_alloc((size_t)p->ncolls * sizeof *e->colls);
    }
    e->name = name;
    e->loc = loc;
    e->diags.werror = l->strict;
    return e;
}

void jql_fb_recycle(struct jql_fb *l, struct jql_employer *e) { l->spare = e; }

/* ---- the name buffer ---- */

static const char *name_str(struct jql_fb *l) { return jql_buf_str(&l->name); }

static bool seg_is(const struct name_node *c, const char *seg, size_t n)
{
    return c->n == n && memcmp(c->seg, seg, n) == 0;
}

static uint32_t seg_hash(const char *seg, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)seg[i]) * 16777619u;
    return h;
}

/* A node with more children than a scan should pass over indexes them by hash. */
enum { NAME_SCAN_MAX = 16 };

/* The slot of `seg` in at's index: its child's position + 1, or 0 (free). */
static int *index_slot(const struct name_node *at, const char *seg, size_t n)
{
    uint32_t mask = (uint32_t)at->index_cap - 1, i = seg_hash(seg, n) & mask;
    while (at->index[i] && !seg_is(at->kids.v[at->index[i] - 1], seg, n))
        i = (i + 1) & mask;
    return &at->index[i];
}

static void index_add(struct name_node *at, int k)
{
    if (2 * (k + 1) > at->index_cap) { /* half full at most: rebuilt twice as large */
        at->index_cap = at->index_cap ? 2 * at->index_cap : 4 * NAME_SCAN_MAX;
        at->index = jql_alloc_atomic((size_t)at->index_cap * sizeof *at->index);
        memset(at->index, 0, (size_t)at->index_cap * sizeof *at->index);
        for (int i = 0; i < k; i++)
            *index_slot(at, at->kids.v[i]->seg, at->kids.v[i]->n) = i + 1;
    }
    *index_slot(at, at->kids.v[k]->seg, at->kids.v[k]->n) = k + 1;
}

/* The position of at's child `seg`, or -1: the hint first, then the index or a scan. */
static int kid_find(const struct name_node *at, const char *seg, size_t n)
{
    int nk = at->kids.n;
    if (at->hint < nk && seg_is(at->kids.v[at->hint], seg, n))
        return at->hint;
    if (at->index)
        return *index_slot(at, seg, n) - 1;
    for (int i = 0; i < nk; i++)
        if (seg_is(at->kids.v[i], seg, n))
            return i;
    return -1;
}

/* The child of `at` for the segment just added to the name buffer (NULL: not cached). */
static struct name_node *name_child(struct jql_fb *l, struct name_node *at, const char *seg,
                                    size_t n)
{
    if (!at || n == 0)
        return at;
    int k = kid_find(at, seg, n);
    if (k < 0) {
        if (l->nnodes == NAME_NODES_MAX)
            return NULL;
        struct name_node *c = jql_alloc(sizeof *c);
        c->seg = jql_strndup(seg, n);
        c->n = n;
        c->fact = jql_program_fact(l->p, name_str(l));
        JQL_VEC_PUSH(at->kids, c);
        l->nnodes++;
        k = at->kids.n - 1;
        if (at->index || at->kids.n > NAME_SCAN_MAX)
            index_add(at, k);
    }
    at->hint = k + 1 < at->kids.n ? k + 1 : 0;
    return at->kids.v[k];
}

size_t jql_fb_push(struct jql_fb *l, const char *seg, size_t n, bool group)
{
    if (l->nframes == l->frames_cap) {
        l->frames_cap = l->frames_cap ? 2 * l->frames_cap : 16;
        l->frames = jql_realloc(l->frames, l->frames_cap * sizeof *l->frames);
    }
    size_t mark = l->nframes++;
    l->frames[mark] = (struct name_frame){l->name.len, l->node};
    jql_buf_put(&l->name, seg, n);
    l->node = name_child(l, l->node, seg, n);
    if (group) {
        jql_buf_putc(&l->name, '.');
        l->node = name_child(l, l->node, ".", 1);
    }
    return mark;
}

void jql_fb_pop(struct jql_fb *l, size_t mark)
{
    if (mark >= l->nframes)
        return;
    l->nframes = mark;
    l->node = l->frames[mark].node;
    l->name.len = l->frames[mark].len;
    if (l->name.s)
        l->name.s[l->name.len] = '\0';
}

/* The fact the current name denotes, or -1. */
static int name_fact(struct jql_fb *l)
{
    return l->node ? l->node->fact : jql_program_fact(l->p, name_str(l));
}

const char *jql_fb_name(struct jql_fb *l) { return name_str(l); }

/* ---- diagnostics ---- */

static struct jql_diags *dg(struct jql_fb *l) { return &l->e->diags; }

static const char *quoted(const char *text) { return jql_value_format(jql_value_text(text)); }

/* FNV-1a, for the suggestion memo and the label tables. */
static struct suggest_memo *memo_slot(struct suggest_memo *v, int cap, const char *name)
{
    uint32_t i = jql_hash_str(name) & (uint32_t)(cap - 1);
    while (v[i].name && strcmp(v[i].name, name) != 0)
        i = (i + 1) & (uint32_t)(cap - 1);
    return &v[i];
}

static void memo_grow(struct jql_fb *l)
{
    int cap = l->memo_cap ? 2 * l->memo_cap : 64;
    struct suggest_memo *v = jql_alloc((size_t)cap * sizeof *v);
    for (int i = 0; i < l->memo_cap; i++)
        if (l->memo[i].name)
            *memo_slot(v, cap, l->memo[i].name) = l->memo[i];
    l->memo = v;
    l->memo_cap = cap;
}

static const char *suggest_fact(struct jql_fb *l, const char *name)
{
    if (2 * (l->memo_n + 1) > l->memo_cap)
        memo_grow(l);
    struct suggest_memo *m = memo_slot(l->memo, l->memo_cap, name);
    if (!m->name) {
        *m = (struct suggest_memo){jql_strdup(name), jql_program_suggest_fact(l->p, name)};
        l->memo_n++;
    }
    return m->alt;
}

/* An undeclared key of a JSON or CSV file, reported once per file (jql_fb_file_end). */
static struct unknown_key *unknown_slot(struct jql_fb *l, const char *name)
{
    if (2 * (l->nunknown + 1) > l->unknown_cap) {
        struct unknown_key *old = l->unknown;
        int oldcap = l->unknown_cap;
        l->unknown_cap = oldcap ? 2 * oldcap : 16;
        l->unknown = jql_alloc((size_t)l->unknown_cap * sizeof *l->unknown);
        for (int i = 0; i < oldcap; i++)
            if (old[i].name)
                *unknown_slot(l, old[i].name) = old[i];
    }
    uint32_t mask = (uint32_t)l->unknown_cap - 1, i = jql_hash_str(name) & mask;
    while (l->unknown[i].name && strcmp(l->unknown[i].name, name) != 0)
        i = (i + 1) & mask;
    return &l->unknown[i];
}

/* Counted for the file's report; under --strict the employer fails, with an error of
   its own kept in reports but not printed (the file's report prints it once). */
static void unknown_per_file(struct jql_fb *l, struct jql_loc at, const char *what)
{
    const char *name = name_str(l);
    if (!l->count_unknown)
        goto strict;
    struct unknown_key *u = unknown_slot(l, name);
    if (!u->name) {
        *u = (struct unknown_key){.name = jql_strdup(name), .first = at, .what = what};
        jql_source_keep(at.src); /* reported at the end of the file, past the record */
        l->nunknown++;
    }
    if (u->stamp != l->stamp) {
        u->stamp = l->stamp;
        u->employers++;
    }
strict:
    if (l->strict)
        jql_diag_error(dg(l), at, "unknown %s '%s'", what, name)->quiet = true;
}

static void unknown_fact(struct jql_fb *l, struct jql_loc at)
{
    if (l->per_file) {
        unknown_per_file(l, at, "fact");
        return;
    }
    const char *name = name_str(l);
    struct jql_diag *d = jql_diag_warning(dg(l), at, "unknown fact '%s'", name);
    const char *alt = suggest_fact(l, name);
    if (alt)
        jql_diag_note(d, (struct jql_loc){0}, "did you mean '%s'?", alt);
}

struct jql_fb_unknowns {
    struct unknown_key *v;
    int cap;
};

struct jql_fb_unknowns *jql_fb_take_unknowns(struct jql_fb *l)
{
    struct jql_fb_unknowns *u = jql_alloc(sizeof *u);
    *u = (struct jql_fb_unknowns){l->unknown, l->unknown_cap};
    l->unknown = NULL;
    l->unknown_cap = l->nunknown = 0;
    return u;
}

void jql_fb_merge_unknowns(struct jql_fb *l, const struct jql_fb_unknowns *from)
{
    for (int i = 0; i < from->cap; i++) {
        const struct unknown_key *k = &from->v[i];
        if (!k->name)
            continue;
        struct unknown_key *u = unknown_slot(l, k->name);
        if (!u->name) {
            *u = *k;
            u->stamp = -1; /* no employer of this builder */
            l->nunknown++;
        } else {
            u->employers += k->employers; /* the first place stays: it came earlier */
        }
    }
}

void jql_fb_count_unknowns(struct jql_fb *l, bool on) { l->count_unknown = on; }

void jql_fb_file_end(struct jql_fb *l, struct jql_diags *d)
{
    struct jql_diags file = {.werror = l->strict};
    for (int i = 0; i < l->unknown_cap; i++) {
        const struct unknown_key *u = &l->unknown[i];
        if (!u->name)
            continue;
        struct jql_diag *w = jql_diag_warning(&file, u->first, "unknown %s '%s' (in %d employer%s)",
                                              u->what, u->name, u->employers,
                                              u->employers == 1 ? "" : "s");
        const char *alt = strcmp(u->what, "fact") == 0
                              ? suggest_fact(l, u->name)
                              : jql_suggest(u->name, l->coll_names, l->ncoll_names);
        if (alt)
            jql_diag_note(w, (struct jql_loc){0}, "did you mean '%s'?", alt);
    }
    jql_diags_sort(&file);
    jql_diags_append(d, &file);
    l->unknown = NULL;
    l->unknown_cap = l->nunknown = 0;
}

static void set_twice(struct jql_fb *l, struct jql_loc at, struct jql_loc first,
                      const struct elem_ctx *ec)
{
    struct jql_diag *d;
    if (ec)
        d = jql_diag_error(dg(l), at, "fact '%s' is set twice in %s %s", name_str(l),
                           ec->coll->name, quoted(ec->label));
    else
        d = jql_diag_error(dg(l), at, "fact '%s' is set twice", name_str(l));
    jql_diag_note(d, first, "first set here");
}

/* Record that the current name is set at `at`; false (and an error) when it already was. */
static bool mark_set(struct jql_fb *l, struct seen *s, int stamp, struct jql_loc at,
                     const struct elem_ctx *ec)
{
    if (s->stamp == stamp) {
        set_twice(l, at, s->loc, ec);
        return false;
    }
    s->stamp = stamp;
    s->loc = at;
    return true;
}

static struct jql_diag *wrong_value(struct jql_fb *l, const struct jql_fact_info *f,
                                   struct jql_loc at, const char *got)
{
    return jql_diag_error(dg(l), at, "wrong value for '%s': expected %s, like %s, got %s",
                          f->name, jql_type_name(f->type), jql_type_example(f->type), got);
}

/* ---- value checking (docs/language.md §9, How values are checked) ---- */

static void out_of_range(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at,
                         struct jql_value v)
{
    struct jql_diag *d = jql_diag_error(dg(l), at, "wrong value for '%s': %s is outside its range %s",
                                        f->name, jql_value_format(v), jql_range_str(&f->range));
    if (!f->range_declared)
        jql_diag_note(d, (struct jql_loc){0}, "amounts of money, rates, durations and counts "
                      "cannot be negative unless the vocabulary declares a range");
    else if (f->range_loc.src)
        jql_diag_note(d, f->range_loc, "the range of '%s' is declared here", f->name);
}

static bool enum_has(const struct jql_enum *en, const char *s)
{
    for (int i = 0; i < en->n; i++)
        if (strcmp(en->values[i], s) == 0)
            return true;
    return false;
}

static void wrong_enum(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at,
                       const char *got)
{
    struct jql_diag *d = jql_diag_error(
        dg(l), at, "wrong value for '%s': %s is not one of its values", f->name, quoted(got));
    jql_enum_notes(d, f->type.enm, got);
}

/* Check value v against fact f; on success store it in *dst. */
static void store_value(struct jql_fb *l, const struct jql_fact_info *f, struct jql_value v,
                        struct jql_loc at, struct jql_value *dst)
{
    if (v.kind == JQL_V_UNKNOWN)
        return; /* the slot stays unknown; it still counts as set */
    if (v.kind == JQL_V_ERROR)
        return; /* a bad literal: the parser reported it */
    if (f->type.kind == JQL_T_TEXT && f->type.enm && v.kind == JQL_V_TEXT &&
        !enum_has(f->type.enm, v.u.s)) {
        wrong_enum(l, f, at, v.u.s);
        return;
    }
    enum jql_fit fit = jql_value_fit(f->type, &v);
    if (fit != JQL_FIT_OK) {
        struct jql_diag *d = wrong_value(l, f, at, jql_value_format(v));
        if (fit == JQL_FIT_PERCENT)
            jql_diag_note(d, (struct jql_loc){0}, "did you mean %s?", jql_value_percent_forms(v));
        return;
    }
    if (!jql_range_holds(&f->range, v)) {
        out_of_range(l, f, at, v);
        return;
    }
    *dst = v;
}

/* `NAME = []` for a non-collection fact: only a list of text can be empty. */
static void store_empty(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at,
                        struct jql_value *dst)
{
    static const struct jql_list empty = {NULL, 0};
    if (f->type.kind != JQL_T_LIST) {
        wrong_value(l, f, at, "[]");
        return;
    }
    *dst = jql_value_list(&empty);
}

/* ---- collections ---- */

/* The state of collection slot `slot` for the current employer (reset on first use). */
static struct coll_state *coll_state(struct jql_fb *l, int slot)
{
    struct coll_state *cs = &l->colls[slot];
    if (cs->stamp != l->stamp) {
        cs->stamp = l->stamp;
        cs->assigned = cs->assigned_empty = cs->conflict_reported = false;
    }
    return cs;
}

static void labels_grow(struct jql_fb *l, struct coll_state *cs,
                        const struct jql_coll_value *cv);

/* The label table entry for `label`: its live match, or the empty entry to fill. */
static struct label_slot *labels_find(struct jql_fb *l, struct coll_state *cs,
                                      const struct jql_coll_value *cv, const char *label)
{
    /* keep the load factor at most 1/2 for the elements of this employer */
    if (2 * (cv->n + 1) > cs->labels_cap)
        labels_grow(l, cs, cv);
    uint32_t mask = (uint32_t)cs->labels_cap - 1;
    for (uint32_t i = jql_hash_str(label) & mask;; i = (i + 1) & mask) {
        struct label_slot *ls = &cs->labels[i];
        if (ls->stamp != l->stamp || strcmp(cv->elems[ls->idx].label, label) == 0)
            return ls;
    }
}

static void labels_grow(struct jql_fb *l, struct coll_state *cs,
                        const struct jql_coll_value *cv)
{
    struct label_slot *old = cs->labels;
    int oldcap = cs->labels_cap;
    int cap = oldcap ? 2 * oldcap : 16;
    while (cap < 2 * (cv->n + 1))
        cap *= 2;
    cs->labels = jql_alloc((size_t)cap * sizeof *cs->labels);
    cs->labels_cap = cap;
    for (int i = 0; i < oldcap; i++) {
        if (old[i].stamp != l->stamp)
            continue;
        uint32_t mask = (uint32_t)cap - 1;
        uint32_t j = jql_hash_str(cv->elems[old[i].idx].label) & mask;
        while (cs->labels[j].stamp == l->stamp)
            j = (j + 1) & mask;
        cs->labels[j] = old[i];
    }
}

/* `COLL = []` (empty) or `COLL = unknown`. */
static void assign_coll(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at,
                        bool empty)
{
    struct coll_state *cs = coll_state(l, f->slot);
    struct jql_coll_value *cv = &l->e->colls[f->slot];
    if (cs->assigned) {
        set_twice(l, at, cs->assigned_loc, NULL);
        return;
    }
    cs->assigned = true;
    cs->assigned_empty = empty;
    cs->assigned_loc = at;
    if (cv->n > 0 && !cs->conflict_reported) {
        struct jql_diag *d = jql_diag_error(dg(l), at,
                                            "collection '%s' is set to %s and also has elements",
                                            f->name, empty ? "[]" : "unknown");
        jql_diag_note(d, cs->first_elem_loc, "first element here");
        cs->conflict_reported = true;
    }
    if (empty)
        cv->known = true;
}

static void not_a_collection(struct jql_fb *l, struct jql_loc at, bool nested)
{
    struct jql_diag *d = jql_diag_error(dg(l), at, "'%s' is not a collection",
                                        name_str(l));
    const char *alt = nested ? NULL : jql_suggest(name_str(l), l->coll_names, l->ncoll_names);
    if (nested)
        jql_diag_note(d, (struct jql_loc){0}, "nested collections are not supported");
    else if (alt)
        jql_diag_note(d, (struct jql_loc){0}, "did you mean '%s'?", alt);
}

static void unknown_collection(struct jql_fb *l, struct jql_loc at)
{
    if (l->per_file) {
        unknown_per_file(l, at, "collection");
        return;
    }
    struct jql_diag *d = jql_diag_warning(dg(l), at, "unknown collection '%s'",
                                          name_str(l));
    const char *alt = jql_suggest(name_str(l), l->coll_names, l->ncoll_names);
    if (alt)
        jql_diag_note(d, (struct jql_loc){0}, "did you mean '%s'?", alt);
}

/* Add the element to the collection, unless its label is a duplicate (then only its body
   is checked). Fills the element's values and sources into ec. */
static void add_element(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at,
                        struct jql_loc label_at, struct jql_loc loc, struct elem_ctx *ec)
{
    struct coll_state *cs = coll_state(l, f->slot);
    struct jql_coll_value *cv = &l->e->colls[f->slot];
    const char *label = ec->label;
    struct jql_value *values = jql_alloc((size_t)f->nmembers * sizeof *values);
    const char **sources = jql_alloc((size_t)f->nmembers * sizeof *sources);
    ec->values = values;
    ec->sources = sources;
    if (f->nmembers > 0)
        values[0] = jql_value_text(label);
    if (cs->assigned && !cs->conflict_reported) {
        struct jql_diag *d = jql_diag_error(dg(l), at,
                                            "collection '%s' is set to %s and also has elements",
                                            f->name, cs->assigned_empty ? "[]" : "unknown");
        jql_diag_note(d, cs->assigned_loc, "set to %s here", cs->assigned_empty ? "[]" : "unknown");
        cs->conflict_reported = true;
    }
    struct label_slot *ls = labels_find(l, cs, cv, label);
    if (ls->stamp == l->stamp) {
        struct jql_diag *d = jql_diag_error(dg(l), label_at, "duplicate %s %s", f->name,
                                            quoted(label));
        jql_diag_note(d, ls->loc, "first defined here");
        return;
    }
    if (cv->n == 0)
        cs->first_elem_loc = label_at;
    struct jql_elem el = {.label = label, .loc = loc, .values = values, .sources = sources};
    *ls = (struct label_slot){.stamp = l->stamp, .idx = cv->n, .loc = label_at};
    JQL_APPEND(cv->elems, cv->n, el);
    cv->known = true;
}

bool jql_fb_element(struct jql_fb *l, const char *label, struct jql_loc name_loc,
                    struct jql_loc label_loc, struct jql_loc loc)
{
    bool nested = l->elem_depth++ > 0;
    int id = nested ? -1 : name_fact(l);
    const struct jql_fact_info *f = id >= 0 ? &l->p->facts[id] : NULL;
    if (!f && !nested) {
        /* an undeclared name is a warning like any undeclared fact (docs/language.md §9);
           its body would only add noise */
        unknown_collection(l, name_loc);
        return false;
    }
    if (!f || f->kind != JQL_FACT_COLLECTION) {
        not_a_collection(l, name_loc, nested); /* its body would only add noise */
        return false;
    }
    l->ec = (struct elem_ctx){.coll = f, .label = label ? label : ""};
    add_element(l, f, name_loc, label_loc.src ? label_loc : name_loc, loc, &l->ec);
    l->elem_stamp++;
    jql_fb_push(l, ".", 1, false);
    l->ec.base = l->name.len;
    l->in_elem = true;
    return true;
}

const char *jql_fb_number_label(struct jql_fb *l, int k)
{
    enum { KEEP = 1024 }; /* more elements than that are rare: those labels are made each time */
    if (k < 0 || k >= KEEP)
        return jql_sprintf("%d", k);
    if (!l->numbers)
        l->numbers = jql_alloc(KEEP * sizeof *l->numbers);
    if (!l->numbers[k])
        l->numbers[k] = jql_sprintf("%d", k);
    return l->numbers[k];
}

void jql_fb_element_end(struct jql_fb *l)
{
    if (l->elem_depth > 0 && --l->elem_depth == 0)
        l->in_elem = false;
}

/* ---- values ---- */

/* The fact named by the name buffer, or NULL after a warning (undeclared) or an error
   (the implicit `name` member, which the label sets). */
static const struct jql_fact_info *resolve(struct jql_fb *l, struct jql_loc at,
                                           const struct elem_ctx *ec)
{
    if (ec && strcmp(name_str(l) + ec->base, "name") == 0) {
        jql_diag_error(dg(l), at, "cannot set '%s': it is the label of the element",
                       name_str(l));
        return NULL;
    }
    int id = name_fact(l);
    const struct jql_fact_info *f = id >= 0 ? &l->p->facts[id] : NULL;
    /* inside an element only members of that collection exist */
    if (f && ec && (f->kind != JQL_FACT_MEMBER || &l->p->facts[f->coll] != ec->coll))
        f = NULL;
    if (!f)
        unknown_fact(l, at);
    return f;
}

static void member_outside(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at)
{
    const char *coll = l->p->facts[f->coll].name;
    struct jql_diag *d = jql_diag_error(dg(l), at, "'%s' belongs to collection '%s'",
                                        f->name, coll);
    const char *member = f->name + strlen(coll) + 1;
    if (l->syntax == JQL_SYNTAX_JSON)
        jql_diag_note(d, (struct jql_loc){0},
                      "set it inside an element: {\"%s\": {\"LABEL\": {\"%s\": ...}}}", coll,
                      member);
    else if (l->syntax == JQL_SYNTAX_CSV)
        jql_diag_note(d, (struct jql_loc){0}, "name its column %s[LABEL].%s", coll, member);
    else
        jql_diag_note(d, (struct jql_loc){0},
                      "set it inside an element: %s \"LABEL\" { %s = ... }", coll, member);
}

static void collection_value(struct jql_fb *l, const struct jql_fact_info *f, struct jql_loc at)
{
    struct jql_diag *d = jql_diag_error(dg(l), at,
                                        "'%s' is a collection, not a single value", f->name);
    if (l->syntax == JQL_SYNTAX_JSON)
        jql_diag_note(d, (struct jql_loc){0}, "give its elements as an array of objects, or an "
                      "object of them by label; [] when there are none");
    else if (l->syntax == JQL_SYNTAX_CSV)
        jql_diag_note(d, (struct jql_loc){0}, "give its elements in columns %s[LABEL].MEMBER; "
                      "write [] in the column '%s' when there are none", f->name, f->name);
    else
        jql_diag_note(d, (struct jql_loc){0},
                      "add its elements as %s \"LABEL\" { ... }, or write %s = [] when there are "
                      "none", f->name, f->name);
}

/* The value slot a SET or `= []` fills, after the duplicate check, and in *src the
   slot for its `source "..."`; NULL when there is none (an error or warning was
   recorded, or the fact is a collection). */
static struct jql_value *target(struct jql_fb *l, const struct jql_fact_info *f,
                                struct jql_loc at, const struct elem_ctx *ec, const char ***src)
{
    if (ec) {
        if (!mark_set(l, &l->member_seen[f->slot], l->elem_stamp, at, ec))
            return NULL;
        *src = &ec->sources[f->slot];
        return &ec->values[f->slot];
    }
    if (f->kind == JQL_FACT_MEMBER) {
        member_outside(l, f, at);
        return NULL;
    }
    if (!mark_set(l, &l->scalar_seen[f->slot], l->stamp, at, NULL))
        return NULL;
    *src = &l->e->sources[f->slot];
    return &l->e->values[f->slot];
}

static const struct elem_ctx *elem(const struct jql_fb *l)
{
    return l->in_elem ? &l->ec : NULL;
}

/* A value (empty: `= []`) for the current name. */
static void set_value(struct jql_fb *l, struct jql_value v, bool empty, const char *source,
                      struct jql_loc name_loc, struct jql_loc value_loc)
{
    const struct elem_ctx *ec = elem(l);
    const struct jql_fact_info *f = resolve(l, name_loc, ec);
    if (!f)
        return;
    if (f->kind == JQL_FACT_COLLECTION) {
        if (empty || v.kind == JQL_V_UNKNOWN)
            assign_coll(l, f, name_loc, empty);
        else if (v.kind != JQL_V_ERROR)
            collection_value(l, f, value_loc);
        return;
    }
    const char **src = NULL;
    struct jql_value *dst = target(l, f, name_loc, ec, &src);
    if (!dst)
        return;
    if (empty)
        store_empty(l, f, value_loc, dst);
    else
        store_value(l, f, v, value_loc, dst);
    if (source)
        *src = source;
}

void jql_fb_set(struct jql_fb *l, struct jql_value v, const char *source,
                struct jql_loc name_loc, struct jql_loc value_loc)
{
    set_value(l, v, false, source, name_loc, value_loc.src ? value_loc : name_loc);
}

void jql_fb_set_empty(struct jql_fb *l, const char *source, struct jql_loc name_loc,
                      struct jql_loc value_loc)
{
    set_value(l, jql_value_unknown(), true, source, name_loc,
              value_loc.src ? value_loc : name_loc);
}

/* ---- values from JSON and CSV ---- */

const struct jql_fact_info *jql_fb_lookup(struct jql_fb *l)
{
    int id = name_fact(l);
    const struct jql_fact_info *f = id >= 0 ? &l->p->facts[id] : NULL;
    const struct elem_ctx *ec = elem(l);
    if (f && ec && (f->kind != JQL_FACT_MEMBER || &l->p->facts[f->coll] != ec->coll))
        return NULL;
    return f;
}

/* An array as written, on one line (each run of white space one space) and cut after 40
   bytes (at a character's start), for "got ...". */
static const char *raw_short(const char *s, size_t n)
{
    struct jql_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        bool ws = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (ws && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\n' ||
                   s[i + 1] == '\r'))
            continue;
        if (b.len >= 40 && ((unsigned char)s[i] & 0xC0) != 0x80 && i + 1 < n) {
            jql_buf_put(&b, "...", 3);
            break;
        }
        jql_buf_putc(&b, ws ? ' ' : s[i]);
    }
    return jql_buf_str(&b);
}

bool jql_fb_is_group(struct jql_fb *l)
{
    const char *name = name_str(l);
    size_t n = strlen(name);
    for (int i = 0; i < l->p->nfacts; i++)
        if (strncmp(l->p->facts[i].name, name, n) == 0 && l->p->facts[i].name[n] == '.')
            return true;
    return false;
}

/* How a raw value prints in "got ...": a string quoted, anything else as written. */
static const char *raw_text(struct jql_raw v)
{
    switch (v.kind) {
    case JQL_RAW_NULL: return "null";
    case JQL_RAW_BOOL: return v.b ? "true" : "false";
    case JQL_RAW_STRING: return quoted(v.s);
    case JQL_RAW_OTHER: return raw_short(v.s, v.n);
    default: return jql_strndup(v.s, v.n);
    }
}

/* A bare number in the declared unit: percentage points for a percent, the type's unit for
   a duration. False, reported, when the type takes no number or the number is not exact. */
static bool raw_number(struct jql_fb *l, const struct jql_fact_info *f, struct jql_raw v,
                       struct jql_loc at, struct jql_value *out)
{
    jql_dec d, share, back;
    enum jql_dec_status st = jql_dec_parse_json(v.s, v.n, &d);
    struct jql_type t = f->type;
    if (st == JQL_DEC_OK && t.kind == JQL_T_NUMBER && t.sub == JQL_NUM_PERCENT &&
        (jql_dec_div(d, jql_dec_from_int(100), &share) != JQL_DEC_OK ||
         jql_dec_mul(share, jql_dec_from_int(100), &back) != JQL_DEC_OK ||
         jql_dec_cmp(back, d) != 0))
        st = JQL_DEC_TOO_PRECISE; /* 12.3456789 percentage points: past a millionth */
    bool pct = t.kind == JQL_T_NUMBER && t.sub == JQL_NUM_PERCENT;
    if (st == JQL_DEC_TOO_PRECISE || st == JQL_DEC_OVERFLOW) {
        jql_diag_error(dg(l), at, st == JQL_DEC_OVERFLOW
                                      ? "wrong value for '%s': %s is too large (the limit is 10^18)"
                                      : pct ? "wrong value for '%s': %s has more than 4 decimal "
                                              "places (a percent is in percentage points)"
                                            : "wrong value for '%s': %s has more than 6 decimal places",
                       f->name, raw_text(v));
        return false;
    }
    bool ok = st == JQL_DEC_OK;
    switch (ok ? t.kind : JQL_T_ERROR) {
    case JQL_T_NUMBER:
        *out = jql_value_num(t.sub == JQL_NUM_PERCENT ? share : d, (enum jql_numflavor)t.sub);
        return true;
    case JQL_T_MONEY:
        *out = jql_value_money(d);
        return true;
    case JQL_T_RATE:
        *out = jql_value_rate(d, (enum jql_period)t.sub);
        return true;
    case JQL_T_DURATION:
        if (jql_value_duration(d, jql_type_unit(t), out))
            return true;
        jql_diag_error(dg(l), at, "wrong value for '%s': %s is too large (the limit is 10^18)",
                       f->name, raw_text(v));
        return false;
    default:
        wrong_value(l, f, at, raw_text(v));
        return false;
    }
}

/* "a; b;c" -> ["a", "b", "c"]: items trimmed of spaces, empty ones dropped. */
static const struct jql_list *split_list(const char *s)
{
    struct jql_list *list = jql_alloc(sizeof *list);
    while (*s) {
        size_t n = strcspn(s, ";");
        const char *a = s, *z = s + n;
        while (a < z && (*a == ' ' || *a == '\t'))
            a++;
        while (z > a && (z[-1] == ' ' || z[-1] == '\t'))
            z--;
        if (z > a)
            JQL_APPEND(list->items, list->n, jql_strndup(a, (size_t)(z - a)));
        s += n + (s[n] == ';');
    }
    return list;
}

/* A text for a text fact; for other types a JQL literal ("$18.50/hour", "2 weeks",
   "2026-03-01", "80%"), checked like a .facts value. A CSV cell may also be a boolean in
   any case, or a list of text separated by ';'. */
static bool raw_string(struct jql_fb *l, const struct jql_fact_info *f, struct jql_raw v,
                       bool csv, struct jql_loc at, struct jql_value *out)
{
    struct jql_type t = f->type;
    if (t.kind == JQL_T_TEXT) {
        *out = jql_value_text(v.s);
        return true;
    }
    if (csv && t.kind == JQL_T_BOOL && (strcasecmp(v.s, "true") == 0 ||
                                        strcasecmp(v.s, "false") == 0)) {
        *out = jql_value_bool(strcasecmp(v.s, "true") == 0);
        return true;
    }
    if (csv && t.kind == JQL_T_LIST) {
        *out = jql_value_list(split_list(v.s));
        return true;
    }
    struct jql_diags quiet = {0};
    const struct jql_source *src = jql_source_new("value", "", v.s, strlen(v.s));
    if (t.kind != JQL_T_BOOL && t.kind != JQL_T_LIST && jql_parse_literal(src, &quiet, out))
        return true;
    struct jql_diag *dg = wrong_value(l, f, at, raw_text(v));
    /* why it is no literal ("no such date", "more than 6 decimal places"), unless it has
       not the shape of one at all ("unexpected identifier 'yes'" says nothing more) */
    if (quiet.n && strncmp(quiet.v[0]->msg, "unexpected ", 11) != 0)
        jql_diag_note(dg, (struct jql_loc){0}, "%s", quiet.v[0]->msg);
    return false;
}

void jql_fb_set_raw(struct jql_fb *l, struct jql_raw v, bool csv, struct jql_loc name_loc,
                    struct jql_loc value_loc)
{
    const struct elem_ctx *ec = elem(l);
    const struct jql_fact_info *f = resolve(l, name_loc, ec);
    if (!f)
        return;
    if (f->kind == JQL_FACT_COLLECTION) {
        if (v.kind == JQL_RAW_NULL)
            assign_coll(l, f, name_loc, false);
        else
            collection_value(l, f, value_loc);
        return;
    }
    const char **src = NULL;
    struct jql_value *dst = target(l, f, name_loc, ec, &src);
    if (!dst)
        return;
    struct jql_value val = jql_value_unknown();
    bool ok = true;
    switch (v.kind) {
    case JQL_RAW_NULL: break;
    case JQL_RAW_BOOL:
        val = jql_value_bool(v.b);
        if (f->type.kind != JQL_T_BOOL) {
            wrong_value(l, f, value_loc, raw_text(v));
            ok = false;
        }
        break;
    case JQL_RAW_NUMBER: ok = raw_number(l, f, v, value_loc, &val); break;
    case JQL_RAW_OTHER:
        wrong_value(l, f, value_loc, raw_text(v));
        ok = false;
        break;
    default: ok = raw_string(l, f, v, csv, value_loc, &val); break;
    }
    if (ok && val.kind != JQL_V_UNKNOWN)
        store_value(l, f, val, value_loc, dst);
}

void jql_fb_set_list(struct jql_fb *l, const char **items, int n, struct jql_loc name_loc,
                     struct jql_loc value_loc)
{
    struct jql_list *list = jql_alloc(sizeof *list);
    list->items = items;
    list->n = n;
    jql_fb_set(l, jql_value_list(list), NULL, name_loc, value_loc);
}

/* ---- employers ---- */

/* Facts the employer did not report (absent or `unknown`) take the rule files' defaults
   (docs/language.md §5, "Defaults"); reasons mark them. */
static void apply_defaults(const struct jql_program *p, struct jql_employer *e)
{
    for (int i = 0; i < p->ndefaults; i++) {
        const struct jql_default_info *df = &p->defaults[i];
        int slot = p->facts[df->fact].slot;
        if (e->values[slot].kind != JQL_V_UNKNOWN)
            continue;
        if (!e->defaulted) {
            e->defaulted = jql_alloc_atomic((size_t)p->nscalars);
            memset(e->defaulted, 0, (size_t)p->nscalars);
        }
        e->values[slot] = df->value;
        e->sources[slot] = df->source;
        e->defaulted[slot] = 1;
    }
}

void jql_fb_begin(struct jql_fb *l, const char *name, struct jql_loc name_loc,
                  struct jql_loc loc)
{
    l->e = employer_new(l, name, loc);
    l->e->name_loc = name_loc.src ? name_loc : loc;
    l->e->unnamed = !name_loc.src;
    l->stamp++;
    l->in_elem = false;
    l->elem_depth = 0;
    jql_fb_pop(l, 0);
    l->nframes = 0;
}

struct jql_diags *jql_fb_diags(struct jql_fb *l) { return dg(l); }

struct jql_employer *jql_fb_end(struct jql_fb *l, bool syntax_errors)
{
    struct jql_employer *e = l->e;
    e->failed = e->diags.nerrors > 0 || syntax_errors;
    apply_defaults(l->p, e);
    l->e = NULL;
    return e;
}
