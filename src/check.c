/*
** check: builds the program from the parsed rule files: the fact
** vocabulary with its slots, params, lets, standards, tiers and tests,
** with every declaration-level error (duplicates, reserved names, empty
** standards, bad tiers). Expressions are resolved and typed in check_expr.c.
*/
#include "check.h"

#include "check_int.h"
#include "lex.h"
#include "mem.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- fact index ---- */

static void index_put(struct chk_prog *cp, int id)
{
    unsigned mask = cp->hash_cap - 1;
    unsigned i = jql_hash_str(cp->pub.facts[id].name) & mask;
    while (cp->hash[i] >= 0)
        i = (i + 1) & mask;
    cp->hash[i] = id;
}

static void index_rebuild(struct chk_prog *cp, unsigned cap)
{
    cp->hash_cap = cap;
    cp->hash = jql_alloc_atomic(cap * sizeof *cp->hash);
    memset(cp->hash, 0xff, cap * sizeof *cp->hash);
    for (int id = 0; id < cp->pub.nfacts; id++)
        index_put(cp, id);
}

/* Requires a program made by jql_check (see struct chk_prog). */
int jql_program_fact(const struct jql_program *p, const char *name)
{
    const struct chk_prog *cp = (const struct chk_prog *)p;
    if (!cp->hash_cap)
        return -1;
    unsigned mask = cp->hash_cap - 1;
    for (unsigned i = jql_hash_str(name) & mask; cp->hash[i] >= 0; i = (i + 1) & mask)
        if (strcmp(p->facts[cp->hash[i]].name, name) == 0)
            return cp->hash[i];
    return -1;
}

int jql_program_param(const struct jql_program *p, const char *name)
{
    for (int i = 0; i < p->nparams; i++)
        if (strcmp(p->params[i].name, name) == 0)
            return i;
    return -1;
}

static int add_fact(struct chk *c, struct jql_fact_info fi)
{
    struct chk_prog *cp = c->cp;
    struct jql_program *p = c->p;
    if (p->nfacts == cp->facts_cap) {
        cp->facts_cap = cp->facts_cap ? 2 * cp->facts_cap : 16;
        p->facts = jql_realloc(p->facts, (size_t)cp->facts_cap * sizeof *p->facts);
    }
    int id = p->nfacts++;
    p->facts[id] = fi;
    if ((unsigned)p->nfacts * 2 > cp->hash_cap)
        index_rebuild(cp, cp->hash_cap ? 2 * cp->hash_cap : 64);
    else
        index_put(cp, id);
    return id;
}

/* ---- suggestions ---- */

static int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch; }

/* Edit distance, ignoring case (a case slip is the commonest typo). */
static int levenshtein(const char *a, size_t la, const char *b, size_t lb)
{
    /* Names are at most JQL_LIMIT_NAME bytes, so a stack row almost always fits;
       suggestions run once per unknown name in every fact file. */
    int stack_row[512];
    int *row = lb < 512 ? stack_row : jql_alloc_atomic((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (lower(a[i - 1]) != lower(b[j - 1]));
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *jql_suggest(const char *name, const char *const *cands, int n)
{
    size_t ln = strlen(name);
    const char *best = NULL;
    int bestd = INT_MAX;
    for (int i = 0; i < n; i++) {
        if (!cands[i] || strcmp(cands[i], name) == 0)
            continue;
        size_t lc = strlen(cands[i]);
        size_t longer = lc > ln ? lc : ln;
        /* about a third of the name may differ, so that short names are not
           "corrected" into unrelated ones */
        int limit = (int)((longer + 1) / 3);
        if (limit > 4)
            limit = 4;
        size_t diff = lc > ln ? lc - ln : ln - lc;
        if (diff > (size_t)limit)
            continue;
        int dist = levenshtein(name, ln, cands[i], lc);
        if (dist <= limit && dist < bestd) {
            best = cands[i];
            bestd = dist;
        }
    }
    return best;
}

const char *jql_program_suggest_fact(const struct jql_program *p, const char *name)
{
    const char **cands = jql_alloc((size_t)(p->nfacts + 1) * sizeof *cands);
    for (int i = 0; i < p->nfacts; i++)
        cands[i] = p->facts[i].name;
    return jql_suggest(name, cands, p->nfacts);
}

/* ---- names ---- */

static bool in_list(const char *s, const char *const *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, v[i]) == 0)
            return true;
    return false;
}

/* Spec 11.6: declared names (and a fact's first segment) may not be reserved
   words, unit words or built-in names (words.h; units in types.c). */
static bool name_ok(struct chk *c, const char *name, const char *what, struct jql_loc loc)
{
    const char *why = jql_lex_keyword(name)      ? "a reserved word"
                      : jql_lex_is_unit(name)     ? "a unit word"
                      : jql_lex_is_reserved_name(name) ? "a built-in name"
                                                       : NULL;
    if (!why)
        return true;
    jql_diag_error(c->d, loc, "'%s' is %s and cannot name a %s", name, why, what);
    return false;
}

static const char *first_seg(const char *path)
{
    const char *dot = strchr(path, '.');
    return dot ? jql_strndup(path, (size_t)(dot - path)) : path;
}

int jql_check_first_seg_fact(const struct chk *c, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < c->p->nfacts; i++) {
        const char *f = c->p->facts[i].name;
        if (strncmp(f, name, n) == 0 && (f[n] == '\0' || f[n] == '.'))
            return i;
    }
    return -1;
}

static void note_first(struct jql_diag *dg, struct jql_loc loc, const char *name)
{
    if (loc.src)
        jql_diag_note(dg, loc, "'%s' first declared here", name);
}

static void note_fact(struct jql_diag *dg, struct jql_loc loc, const char *name)
{
    if (loc.src)
        jql_diag_note(dg, loc, "fact '%s' is declared here", name);
}

/* A param or let (`what`) may not take the first segment of a fact path
   (docs/language.md, "Definitions"). */
static void not_a_fact_name(struct chk *c, const char *name, const char *what,
                            struct jql_loc loc)
{
    int seg = jql_check_first_seg_fact(c, name);
    if (seg < 0)
        return;
    const struct jql_fact_info *f = &c->p->facts[seg];
    struct jql_diag *dg = jql_diag_error(c->d, loc,
        "%s '%s' has the name of fact '%s' (a %s may not equal a fact's first segment)", what,
        name, f->name, what);
    note_fact(dg, f->loc, f->name);
}

/* ---- vocabulary ---- */

static bool type_same(struct jql_type a, struct jql_type b)
{
    if (a.kind != b.kind || a.sub != b.sub)
        return false;
    if (a.kind != JQL_T_TEXT || a.enm == b.enm)
        return true;
    if (!a.enm || !b.enm || a.enm->n != b.enm->n)
        return false;
    for (int i = 0; i < a.enm->n; i++)
        if (!in_list(a.enm->values[i], b.enm->values, (size_t)b.enm->n))
            return false;
    return true;
}

static const char *fact_type_name(const struct jql_fact_info *f)
{
    return f->kind == JQL_FACT_COLLECTION ? "a collection" : jql_type_name(f->type);
}

/* The collection a member path belongs to: the longest declared collection
   that is a proper prefix of `name` ("job.hourly_wage" -> job), or -1. */
static int owner_collection(const struct chk *c, const char *name)
{
    int found = -1;
    for (const char *dot = strchr(name, '.'); dot; dot = strchr(dot + 1, '.')) {
        const char *prefix = jql_strndup(name, (size_t)(dot - name));
        int id = jql_program_fact(c->p, prefix);
        if (id >= 0 && c->p->facts[id].kind == JQL_FACT_COLLECTION)
            found = id;
    }
    return found;
}

static void declare_collection(struct chk *c, const struct jql_fact_decl *fd)
{
    int old = jql_program_fact(c->p, fd->name);
    if (old >= 0) {
        if (fd->desc.s && !c->p->facts[old].desc)
            c->p->facts[old].desc = fd->desc.s;
        return; /* only collections are declared so far: a shared vocabulary */
    }
    struct jql_fact_info fi = {.name = fd->name, .kind = JQL_FACT_COLLECTION,
                               .type = jql_type_make(JQL_T_COLLECTION, 0), .desc = fd->desc.s,
                               .loc = fd->name_loc, .coll = -1, .slot = c->p->ncolls++,
                               .nmembers = 1};
    int id = add_fact(c, fi);
    struct jql_fact_info label = {.name = jql_sprintf("%s.name", fd->name), .kind = JQL_FACT_MEMBER,
                                  .type = jql_type_make(JQL_T_TEXT, 0),
                                  .desc = "The element's label", .loc = fd->name_loc, .coll = id,
                                  .slot = 0};
    add_fact(c, label);
}

static void redeclared_fact(struct chk *c, const struct jql_fact_decl *fd, int old)
{
    const struct jql_fact_info *f = &c->p->facts[old];
    struct jql_diag *dg;
    if (f->kind == JQL_FACT_MEMBER && f->slot == 0) {
        const char *coll = c->p->facts[f->coll].name;
        dg = jql_diag_error(c->d, fd->type_loc,
                            "'%s' is the implicit label of collection '%s' and is always text",
                            fd->name, coll);
        if (f->loc.src)
            jql_diag_note(dg, f->loc, "collection '%s' is declared here", coll);
        return;
    }
    dg = jql_diag_error(c->d, fd->type_loc, "fact '%s' is declared here as %s, but earlier as %s",
                        fd->name, jql_type_name(fd->type), fact_type_name(f));
    note_first(dg, f->loc, f->name);
}

static void declare_fact(struct chk *c, const struct jql_fact_decl *fd)
{
    int old = jql_program_fact(c->p, fd->name);
    if (old >= 0) {
        struct jql_fact_info *f = &c->p->facts[old];
        if (f->kind == JQL_FACT_COLLECTION || !type_same(f->type, fd->type))
            redeclared_fact(c, fd, old);
        else if (fd->desc.s && !f->desc)
            f->desc = fd->desc.s;
        return;
    }
    struct jql_fact_info fi = {.name = fd->name, .kind = JQL_FACT_SCALAR, .type = fd->type,
                               .desc = fd->desc.s, .loc = fd->name_loc, .coll = -1};
    int owner = owner_collection(c, fd->name);
    if (owner >= 0) {
        fi.kind = JQL_FACT_MEMBER;
        fi.coll = owner;
        fi.slot = c->p->facts[owner].nmembers++;
    } else {
        fi.slot = c->p->nscalars++;
    }
    add_fact(c, fi);
}

/* Source order across the loaded files: file by file, then by offset. */
static bool loc_before(struct jql_rulefile **files, int nfiles, struct jql_loc a,
                       struct jql_loc b)
{
    if (a.src == b.src)
        return a.start < b.start;
    for (int i = 0; i < nfiles; i++)
        if (files[i]->src == a.src || files[i]->src == b.src)
            return files[i]->src == a.src;
    return false;
}

/* A fact declared before a collection of the same name: the collection is the
   later, wrong declaration (reported once, at the collection); further facts
   of that name compare with the first one. */
struct early_fact {
    int coll;
    const struct jql_fact_decl *first;
};

static void fact_before_collection(struct chk *c, const struct jql_fact_decl *fd, int coll,
                                   struct early_fact **early, int *nearly)
{
    for (int i = 0; i < *nearly; i++) {
        const struct jql_fact_decl *first = (*early)[i].first;
        if ((*early)[i].coll != coll)
            continue;
        if (!type_same(first->type, fd->type)) {
            struct jql_diag *dg = jql_diag_error(c->d, fd->type_loc,
                "fact '%s' is declared here as %s, but earlier as %s", fd->name,
                jql_type_name(fd->type), jql_type_name(first->type));
            note_first(dg, first->name_loc, fd->name);
        }
        return;
    }
    JQL_APPEND(*early, *nearly, ((struct early_fact){coll, fd}));
    const struct jql_fact_info *f = &c->p->facts[coll];
    struct jql_diag *dg = jql_diag_error(c->d, f->loc,
        "collection '%s' is declared here, but earlier as a fact of type %s", f->name,
        jql_type_name(fd->type));
    note_first(dg, fd->name_loc, fd->name);
}

/* Collections first (every file), so that a member may precede its collection.
   (Collection names are plain identifiers by grammar: they cannot nest.) */
static void check_vocabulary(struct chk *c, struct jql_rulefile **files, int nfiles)
{
    struct early_fact *early = NULL;
    int nearly = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < nfiles; i++)
            for (int j = 0; j < files[i]->nitems; j++) {
                const struct jql_item *it = &files[i]->items[j];
                if (it->kind != JQL_I_FACTS)
                    continue;
                for (int k = 0; k < it->u.facts->ndecls; k++) {
                    const struct jql_fact_decl *fd = it->u.facts->decls[k];
                    if (fd->is_collection != (pass == 0))
                        continue;
                    /* Declared even when badly named, so uses do not cascade. The
                       caret marks the offending first segment only. */
                    const char *seg = first_seg(fd->name);
                    struct jql_loc seg_loc = fd->name_loc;
                    if (seg_loc.end - seg_loc.start > strlen(seg))
                        seg_loc.end = seg_loc.start + (uint32_t)strlen(seg);
                    name_ok(c, seg, fd->is_collection ? "collection" : "fact", seg_loc);
                    int old = pass ? jql_program_fact(c->p, fd->name) : -1;
                    if (pass == 0)
                        declare_collection(c, fd);
                    else if (old >= 0 && c->p->facts[old].kind == JQL_FACT_COLLECTION &&
                             loc_before(files, nfiles, fd->name_loc, c->p->facts[old].loc))
                        fact_before_collection(c, fd, old, &early, &nearly);
                    else
                        declare_fact(c, fd);
                }
            }
}

/* ---- params ---- */

static void add_param(struct chk *c, struct jql_param_info pi)
{
    JQL_APPEND(c->p->params, c->p->nparams, pi);
}

static void builtin_params(struct chk *c)
{
    struct jql_value hours;
    jql_value_duration(jql_dec_from_int(2080), JQL_UNIT_HOUR, &hours);
    c->p->param_hours_per_year = c->p->nparams;
    add_param(c, (struct jql_param_info){
                     .name = "hours_per_year", .type = jql_value_type(hours), .value = hours,
                     .desc = "Working hours in a year, used by annual() and hourly()"});
    struct jql_value weeks = jql_value_num(jql_dec_from_int(52), JQL_NUM_NUMBER);
    c->p->param_weeks_per_year = c->p->nparams;
    add_param(c, (struct jql_param_info){
                     .name = "weeks_per_year", .type = jql_value_type(weeks), .value = weeks,
                     .desc = "Working weeks in a year, used by annual() and hourly()"});
}

/* A redeclared built-in keeps its type family (spec 11.3). */
static bool builtin_param_type_ok(struct chk *c, const struct jql_param *pd, int slot)
{
    struct jql_type t = jql_value_type(pd->value);
    if (slot == c->p->param_hours_per_year &&
        !(t.kind == JQL_T_DURATION && t.sub == JQL_DUR_HOURS)) {
        jql_diag_error(c->d, pd->value_loc,
                       "param 'hours_per_year' must be a duration in hours, like 2080 hours, "
                       "not %s", jql_type_name(t));
        return false;
    }
    if (slot == c->p->param_weeks_per_year && !jql_type_is_numeric(t)) {
        jql_diag_error(c->d, pd->value_loc, "param 'weeks_per_year' must be a number, like 52, "
                       "not %s", jql_type_name(t));
        return false;
    }
    return true;
}

static void declare_param(struct chk *c, struct jql_param *pd)
{
    pd->slot = -1;
    /* a badly named param is still registered, so that its uses do not cascade */
    name_ok(c, pd->name, "param", pd->name_loc);
    not_a_fact_name(c, pd->name, "param", pd->name_loc);
    int old = jql_program_param(c->p, pd->name);
    struct jql_param_info *pi = old >= 0 ? &c->p->params[old] : NULL;
    bool builtin = old == c->p->param_hours_per_year || old == c->p->param_weeks_per_year;
    if (pi && (!builtin || pi->loc.src)) {
        struct jql_diag *dg = jql_diag_error(c->d, pd->name_loc, "param '%s' is declared twice",
                                             pd->name);
        note_first(dg, pi->loc, pd->name);
        return;
    }
    if (pi && !builtin_param_type_ok(c, pd, old))
        return;
    struct jql_param_info fresh = {.name = pd->name, .type = jql_value_type(pd->value),
                                   .value = pd->value, .desc = pd->desc.s, .loc = pd->name_loc};
    if (pi) {
        if (!fresh.desc)
            fresh.desc = pi->desc;
        *pi = fresh;
        pd->slot = old;
    } else {
        pd->slot = c->p->nparams;
        add_param(c, fresh);
    }
}

/* ---- lets ---- */

int jql_check_find_let(const struct chk *c, const char *name)
{
    int top = -1;
    for (int i = 0; i < c->p->nlets; i++) {
        const struct jql_let_info *l = &c->p->lets[i];
        if (strcmp(l->name, name) != 0)
            continue;
        if (c->std >= 0 && l->standard == c->std)
            return i;
        if (l->standard < 0 && top < 0)
            top = i;
    }
    return top;
}

static int find_let_at(const struct chk *c, const char *name, int std)
{
    for (int i = 0; i < c->p->nlets; i++)
        if (c->p->lets[i].standard == std && strcmp(c->p->lets[i].name, name) == 0)
            return i;
    return -1;
}

static bool let_name_ok(struct chk *c, const struct jql_let *l, int std)
{
    /* a badly named let is still registered, so that its uses do not cascade */
    name_ok(c, l->name, "let", l->name_loc);
    not_a_fact_name(c, l->name, "let", l->name_loc);
    int old = find_let_at(c, l->name, std);
    if (old >= 0) {
        struct jql_diag *dg =
            std < 0 ? jql_diag_error(c->d, l->name_loc, "let '%s' is declared twice", l->name)
                    : jql_diag_error(c->d, l->name_loc,
                                     "let '%s' is declared twice in standard '%s'", l->name,
                                     c->p->standards[std]->id);
        note_first(dg, c->p->lets[old].loc, l->name);
        return false;
    }
    int pm = jql_program_param(c->p, l->name);
    if (std < 0 && pm >= 0) {
        struct jql_diag *dg = jql_diag_error(c->d, l->name_loc,
                                             "let '%s' has the same name as a param", l->name);
        note_first(dg, c->p->params[pm].loc, l->name);
        return false;
    }
    return true;
}

static void declare_let(struct chk *c, struct jql_let *l, int std)
{
    l->slot = -1;
    if (!let_name_ok(c, l, std))
        return;
    l->slot = c->p->nlets;
    struct jql_let_info li = {.name = l->name, .expr = l->expr, .standard = std,
                              .loc = l->name_loc};
    JQL_APPEND(c->p->lets, c->p->nlets, li);
}

/* ---- standards ---- */

static int find_standard(const struct jql_program *p, const char *id, int before)
{
    for (int i = 0; i < before; i++)
        if (strcmp(p->standards[i]->id, id) == 0)
            return i;
    return -1;
}

static void check_dates(struct chk *c, const struct jql_date_opt *eff,
                        const struct jql_date_opt *exp)
{
    if (!eff->set || !exp->set || eff->days < exp->days)
        return;
    char *e1 = jql_value_format(jql_value_date(exp->days));
    char *e0 = jql_value_format(jql_value_date(eff->days));
    struct jql_diag *dg = jql_diag_error(c->d, exp->loc,
                                         "'expires' %s must be after 'effective' %s", e1, e0);
    jql_diag_note(dg, eff->loc, "'effective' is here");
}

struct rule_key {
    const char *id;
    int i;
};

static int rule_key_cmp(const void *pa, const void *pb)
{
    const struct rule_key *a = pa, *b = pb;
    int c = strcmp(a->id, b->id);
    return c ? c : a->i - b->i;
}

/* For each rule of s, the first earlier rule with its id, or -1. Sorted, so that a
   standard of 10 000 rules costs no 50 million comparisons. */
static int *rule_firsts(const struct jql_standard *s)
{
    int n = s->nrules;
    struct rule_key *keys = jql_alloc((size_t)n * sizeof *keys + 1);
    int *first = jql_alloc_atomic((size_t)n * sizeof *first + 1);
    for (int i = 0; i < n; i++)
        keys[i] = (struct rule_key){s->rules[i]->id, i};
    qsort(keys, (size_t)n, sizeof *keys, rule_key_cmp);
    for (int k = 0; k < n; k++)
        first[keys[k].i] = k > 0 && strcmp(keys[k].id, keys[k - 1].id) == 0
                               ? (first[keys[k - 1].i] >= 0 ? first[keys[k - 1].i] : keys[k - 1].i)
                               : -1;
    return first;
}

static void check_rule_decl(struct chk *c, const struct jql_standard *s, int r, int first)
{
    const struct jql_rule *rule = s->rules[r];
    /* a bad name does not hide the rule's other, independent mistakes */
    if (name_ok(c, rule->id, "rule", rule->id_loc) && first >= 0) {
        struct jql_diag *dg = jql_diag_error(c->d, rule->id_loc,
            "rule '%s' is declared twice in standard '%s'", rule->id, s->id);
        note_first(dg, s->rules[first]->id_loc, rule->id);
    }
    if (rule->nrequires == 0)
        jql_diag_error(c->d, rule->id_loc, "rule '%s' has no require", rule->id);
    check_dates(c, &rule->effective, &rule->expires);
}

static void declare_standard(struct chk *c, struct jql_standard *s)
{
    int idx = c->p->nstandards;
    JQL_APPEND(c->p->standards, c->p->nstandards, s);
    if (name_ok(c, s->id, "standard", s->id_loc)) {
        int old = find_standard(c->p, s->id, idx);
        if (old >= 0) {
            struct jql_diag *dg = jql_diag_error(c->d, s->id_loc,
                                                 "standard '%s' is declared twice", s->id);
            note_first(dg, c->p->standards[old]->id_loc, s->id);
        }
    }
    if (s->nrules == 0)
        jql_diag_error(c->d, s->id_loc, "standard '%s' has no rules", s->id);
    check_dates(c, &s->effective, &s->expires);
    int *first = rule_firsts(s);
    for (int r = 0; r < s->nrules; r++)
        check_rule_decl(c, s, r, first[r]);
}

/* ---- tiers ---- */

static void tier_member(struct chk *c, struct jql_tier *t, int k)
{
    const struct jql_program *p = c->p;
    t->std_index[k] = find_standard(p, t->ids[k], p->nstandards);
    for (int i = 0; i < k; i++)
        if (strcmp(t->ids[i], t->ids[k]) == 0) {
            struct jql_diag *dg = jql_diag_error(c->d, t->id_locs[k],
                                                 "tier '%s' lists '%s' twice", t->id, t->ids[k]);
            jql_diag_note(dg, t->id_locs[i], "'%s' first listed here", t->ids[k]);
            return;
        }
    if (t->std_index[k] >= 0)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, t->id_locs[k],
                                         "tier '%s' lists '%s', which is not a standard",
                                         t->id, t->ids[k]);
    const char **ids = jql_alloc((size_t)(p->nstandards + 1) * sizeof *ids);
    for (int i = 0; i < p->nstandards; i++)
        ids[i] = p->standards[i]->id;
    const char *alt = jql_suggest(t->ids[k], ids, p->nstandards);
    const char *what = jql_check_first_seg_fact(c, t->ids[k]) >= 0 ? "a fact"
                       : jql_program_param(p, t->ids[k]) >= 0   ? "a param"
                       : find_let_at(c, t->ids[k], -1) >= 0     ? "a let"
                                                                : NULL;
    if (alt)
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", alt);
    else if (what)
        jql_diag_note(dg, (struct jql_loc){0}, "'%s' is %s; a tier lists standards only",
                      t->ids[k], what);
}

static void declare_tier(struct chk *c, struct jql_tier *t, int before)
{
    JQL_APPEND(c->p->tiers, c->p->ntiers, t);
    if (name_ok(c, t->id, "tier", t->id_loc))
        for (int i = 0; i < before; i++)
            if (strcmp(c->p->tiers[i]->id, t->id) == 0) {
                struct jql_diag *dg = jql_diag_error(c->d, t->id_loc,
                                                     "tier '%s' is declared twice", t->id);
                note_first(dg, c->p->tiers[i]->id_loc, t->id);
                break;
            }
    t->std_index = jql_alloc_atomic((size_t)(t->nids + 1) * sizeof *t->std_index);
    for (int k = 0; k < t->nids; k++)
        tier_member(c, t, k);
    if (t->n_of_loc.src && (t->n_of < 1 || t->n_of > t->nids))
        jql_diag_error(c->d, t->n_of_loc,
                       "'requires %d of' needs a number from 1 to %d (the standards listed)",
                       t->n_of, t->nids);
}

/* ---- tests ---- */

/* Does `qid` name a standard or a `standard.rule`? */
static bool expect_target_ok(const struct jql_program *p, const char *qid)
{
    const char *dot = strchr(qid, '.');
    const char *sid = dot ? jql_strndup(qid, (size_t)(dot - qid)) : qid;
    int s = find_standard(p, sid, p->nstandards);
    if (s < 0 || !dot)
        return s >= 0;
    for (int r = 0; r < p->standards[s]->nrules; r++)
        if (strcmp(p->standards[s]->rules[r]->id, dot + 1) == 0)
            return true;
    return false;
}

static const char **expect_targets(const struct jql_program *p, int *n)
{
    JQL_VEC(const char *) v = {0};
    for (int s = 0; s < p->nstandards; s++) {
        JQL_VEC_PUSH(v, p->standards[s]->id);
        for (int r = 0; r < p->standards[s]->nrules; r++)
            JQL_VEC_PUSH(v, jql_sprintf("%s.%s", p->standards[s]->id,
                                        p->standards[s]->rules[r]->id));
    }
    *n = v.n;
    return v.v;
}

static void declare_test(struct chk *c, struct jql_test *t)
{
    JQL_APPEND(c->p->tests, c->p->ntests, t);
    for (int i = 0; i < t->nexpects; i++) {
        const struct jql_expect *ex = t->expects[i];
        if (expect_target_ok(c->p, ex->qid))
            continue;
        struct jql_diag *dg = jql_diag_error(c->d, ex->qid_loc,
                                             "unknown standard or rule '%s'", ex->qid);
        int n;
        const char **cands = expect_targets(c->p, &n);
        const char *alt = jql_suggest(ex->qid, cands, n);
        if (alt)
            jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", alt);
    }
}

/* ---- driver ---- */

typedef void item_fn(struct chk *c, struct jql_item *it);

static void each_item(struct chk *c, struct jql_rulefile **files, int nfiles, int kind,
                      item_fn *fn)
{
    for (int i = 0; i < nfiles; i++)
        for (int j = 0; j < files[i]->nitems; j++)
            if (files[i]->items[j].kind == kind)
                fn(c, &files[i]->items[j]);
}

static void item_param(struct chk *c, struct jql_item *it) { declare_param(c, it->u.param); }
static void item_let(struct chk *c, struct jql_item *it) { declare_let(c, it->u.let, -1); }
static void item_standard(struct chk *c, struct jql_item *it)
{
    declare_standard(c, it->u.standard);
}
static void item_tier(struct chk *c, struct jql_item *it)
{
    declare_tier(c, it->u.tier, c->p->ntiers);
}
static void item_test(struct chk *c, struct jql_item *it) { declare_test(c, it->u.test); }

static void standard_lets(struct chk *c)
{
    for (int s = 0; s < c->p->nstandards; s++)
        for (int i = 0; i < c->p->standards[s]->nlets; i++)
            declare_let(c, c->p->standards[s]->lets[i], s);
}

/* The clauses of a rule in source order, so that its errors read top to bottom. */
static void check_rule_exprs(struct chk *c, const struct jql_rule *r)
{
    struct jql_expr *const *v[3] = {r->requires, r->whens, r->unlesses};
    const int n[3] = {r->nrequires, r->nwhens, r->nunlesses};
    static const char *const what[3] = {"require", "when", "unless"};
    int at[3] = {0, 0, 0};
    for (;;) {
        int k = -1;
        for (int j = 0; j < 3; j++)
            if (at[j] < n[j] && (k < 0 || v[j][at[j]]->loc.start < v[k][at[k]]->loc.start))
                k = j;
        if (k < 0)
            break;
        jql_check_condition(c, v[k][at[k]++], what[k]);
    }
}

static void check_exprs(struct chk *c)
{
    c->let_state = jql_alloc_atomic((size_t)c->p->nlets + 1);
    memset(c->let_state, CHK_LET_NEW, (size_t)c->p->nlets + 1);
    c->let_cycle = jql_alloc_atomic((size_t)c->p->nlets + 1);
    memset(c->let_cycle, 0, (size_t)c->p->nlets + 1);
    c->let_stack = jql_alloc_atomic(((size_t)c->p->nlets + 1) * sizeof *c->let_stack);
    c->let_depth = jql_alloc_atomic(((size_t)c->p->nlets + 1) * sizeof *c->let_depth);
    memset(c->let_depth, 0, ((size_t)c->p->nlets + 1) * sizeof *c->let_depth);
    c->let_binds = jql_alloc_atomic(((size_t)c->p->nlets + 1) * sizeof *c->let_binds);
    memset(c->let_binds, 0, ((size_t)c->p->nlets + 1) * sizeof *c->let_binds);
    for (int i = 0; i < c->p->nlets; i++)
        jql_check_let(c, i);
    for (int s = 0; s < c->p->nstandards; s++) {
        c->std = s;
        for (int r = 0; r < c->p->standards[s]->nrules; r++)
            check_rule_exprs(c, c->p->standards[s]->rules[r]);
    }
    c->std = -1;
}

struct jql_program *jql_check(struct jql_rulefile **files, int nfiles, struct jql_diags *d)
{
    int errors0 = d->nerrors;
    struct chk_prog *cp = jql_alloc(sizeof *cp);
    struct chk c = {.cp = cp, .p = &cp->pub, .d = d, .std = -1};
    index_rebuild(cp, 64);
    check_vocabulary(&c, files, nfiles);
    builtin_params(&c);
    each_item(&c, files, nfiles, JQL_I_PARAM, item_param);
    each_item(&c, files, nfiles, JQL_I_STANDARD, item_standard);
    each_item(&c, files, nfiles, JQL_I_LET, item_let);
    standard_lets(&c);
    each_item(&c, files, nfiles, JQL_I_TIER, item_tier);
    each_item(&c, files, nfiles, JQL_I_TEST, item_test);
    check_exprs(&c);
    return d->nerrors > errors0 ? NULL : &cp->pub;
}
