/*
** check: builds the program from the parsed rule files: the fact
** vocabulary with its slots, params, lets, standards, tiers, goals (check_goal.c) and
** tests,
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

void jql_enum_notes(struct jql_diag *dg, const struct jql_enum *en, const char *got)
{
    const char *alt = jql_suggest(got, en->values, en->n);
    if (alt)
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean %s?", jql_value_quote(alt));
    struct jql_buf b = {0};
    for (int i = 0; i < en->n; i++)
        jql_buf_printf(&b, "%s%s", i ? ", " : "", jql_value_quote(en->values[i]));
    jql_diag_note(dg, (struct jql_loc){0}, "allowed values: %s", jql_buf_str(&b));
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

/* docs/language.md §11: declared names (and a fact's first segment) may not be reserved
   words, unit words or built-in names (words.h; units in types.c). */
bool jql_check_name_ok(struct chk *c, const char *name, const char *what, struct jql_loc loc)
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
void jql_check_not_a_fact_name(struct chk *c, const char *name, const char *what,
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
    /* `days` and `weeks` are one group, but read bare JSON or CSV numbers differently */
    if (a.kind != b.kind || a.sub != b.sub ||
        (a.kind == JQL_T_DURATION && jql_type_unit(a) != jql_type_unit(b)))
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

/* ---- ranges (docs/language.md §5, "Ranges") ---- */

static bool range_type_ok(struct jql_type t)
{
    return t.kind == JQL_T_NUMBER || t.kind == JQL_T_MONEY || t.kind == JQL_T_RATE ||
           t.kind == JQL_T_DURATION || t.kind == JQL_T_DATE;
}

/* One bound of a declared range: a literal of the fact's type. */
static bool range_bound_ok(struct chk *c, const struct jql_fact_decl *fd, struct jql_value *v,
                           struct jql_loc at)
{
    if (v->kind == JQL_V_ERROR)
        return false; /* a bad literal: the parser reported it */
    enum jql_fit fit = jql_value_fit(fd->type, v);
    if (fit == JQL_FIT_OK)
        return true;
    struct jql_diag *dg = jql_diag_error(c->d, at,
        "range bound %s of '%s' is not %s, like %s", jql_value_format(*v), fd->name,
        jql_type_name(fd->type), jql_type_example(fd->type));
    if (fit == JQL_FIT_PERCENT)
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean %s?", jql_value_percent_forms(*v));
    return false;
}

/* The declared range of fd, checked; else the default range of its type. */
static struct jql_range decl_range(struct chk *c, const struct jql_fact_decl *fd, bool *ok)
{
    *ok = true;
    if (!fd->has_range)
        return jql_range_default(fd->type);
    struct jql_range r = fd->range;
    if (!range_type_ok(fd->type)) {
        jql_diag_error(c->d, fd->range_loc,
                       "a range needs a number, count, percent, money, rate, duration or date "
                       "fact; '%s' is %s", fd->name, jql_type_name(fd->type));
        *ok = false;
        return jql_range_default(fd->type);
    }
    /* `in ..` declares no bound at all: how a money fact says it may be negative */
    /* both bounds checked: a bad low bound does not hide a bad high one */
    bool lo_ok = !r.has_lo || range_bound_ok(c, fd, &r.lo, fd->lo_loc);
    bool hi_ok = !r.has_hi || range_bound_ok(c, fd, &r.hi, fd->hi_loc);
    if (!lo_ok || !hi_ok)
        *ok = false;
    else if (r.has_lo && r.has_hi && jql_value_cmp(r.lo, r.hi) > 0) {
        jql_diag_error(c->d, fd->range_loc, "the range of '%s' is empty: %s is above %s",
                       fd->name, jql_value_format(r.lo), jql_value_format(r.hi));
        *ok = false;
    }
    return *ok ? r : jql_range_default(fd->type);
}

static bool range_same(const struct jql_range *a, const struct jql_range *b)
{
    return a->has_lo == b->has_lo && a->has_hi == b->has_hi &&
           (!a->has_lo || jql_value_cmp(a->lo, b->lo) == 0) &&
           (!a->has_hi || jql_value_cmp(a->hi, b->hi) == 0);
}

/* A shared vocabulary may repeat a declaration; a second range must be the same. */
static void redeclared_range(struct chk *c, const struct jql_fact_decl *fd,
                             struct jql_fact_info *f)
{
    bool ok;
    struct jql_range r = decl_range(c, fd, &ok);
    if (!ok || !fd->has_range)
        return;
    if (!f->range_declared) {
        f->range = r;
        f->range_declared = true;
        f->range_loc = fd->range_loc;
        return;
    }
    if (range_same(&f->range, &r))
        return;
    struct jql_diag *dg = jql_diag_error(c->d, fd->range_loc,
        "fact '%s' is declared here with range %s, but earlier with %s", fd->name,
        jql_range_str(&r), jql_range_str(&f->range));
    note_first(dg, f->range_loc, f->name);
}

static void declare_fact(struct chk *c, const struct jql_fact_decl *fd)
{
    int old = jql_program_fact(c->p, fd->name);
    if (old >= 0) {
        struct jql_fact_info *f = &c->p->facts[old];
        if (f->kind == JQL_FACT_COLLECTION || !type_same(f->type, fd->type)) {
            redeclared_fact(c, fd, old);
            return;
        }
        if (fd->desc.s && !f->desc)
            f->desc = fd->desc.s;
        redeclared_range(c, fd, f);
        return;
    }
    bool range_ok;
    struct jql_fact_info fi = {.name = fd->name, .kind = JQL_FACT_SCALAR, .type = fd->type,
                               .desc = fd->desc.s, .loc = fd->name_loc, .coll = -1,
                               .range = decl_range(c, fd, &range_ok)};
    fi.range_declared = fd->has_range && range_ok;
    fi.range_loc = fd->range_loc;
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
                    jql_check_name_ok(c, seg, fd->is_collection ? "collection" : "fact", seg_loc);
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

/* Built-in params are set by no file: any file may set them (docs/language.md §4). */
static void add_builtin_param(struct chk *c, struct jql_param_info pi)
{
    pi.decl_value = pi.value;
    add_param(c, pi);
    JQL_APPEND(c->param_file, c->nparam_file, -1);
}

static void builtin_params(struct chk *c)
{
    struct jql_value hours;
    jql_value_duration(jql_dec_from_int(2080), JQL_UNIT_HOUR, &hours);
    c->p->param_hours_per_year = c->p->nparams;
    add_builtin_param(c, (struct jql_param_info){
                     .name = "hours_per_year", .type = jql_value_type(hours), .value = hours,
                     .desc = "Working hours in a year, used by annual() and hourly()"});
    struct jql_value weeks = jql_value_num(jql_dec_from_int(52), JQL_NUM_NUMBER);
    c->p->param_weeks_per_year = c->p->nparams;
    add_builtin_param(c, (struct jql_param_info){
                     .name = "weeks_per_year", .type = jql_value_type(weeks), .value = weeks,
                     .desc = "Working weeks in a year, used by annual() and hourly()"});
}

bool jql_program_param_set(struct jql_program *p, int slot, struct jql_value v,
                           const char **why, const char **hint)
{
    struct jql_param_info *pi = &p->params[slot];
    enum jql_fit fit = jql_value_fit(pi->type, &v);
    *hint = fit == JQL_FIT_PERCENT ? jql_value_percent_forms(v) : NULL;
    if (fit != JQL_FIT_OK) {
        *why = jql_sprintf("expected %s, like %s", jql_type_name(pi->type),
                           jql_type_example(pi->type));
        return false;
    }
    pi->value = v;
    return true;
}

bool jql_program_param_changed(const struct jql_program *p, int slot)
{
    const struct jql_param_info *pi = &p->params[slot];
    return pi->value.kind != pi->decl_value.kind || pi->value.sub != pi->decl_value.sub ||
           jql_value_cmp(pi->value, pi->decl_value) != 0;
}

/* Does file `from` import file `to`, directly or through other imports? */
static bool imports_file(struct chk *c, const struct jql_rulefile *from, int to)
{
    if (from->index == to)
        return true;
    c->visit[from->index] = c->visit_stamp;
    for (int i = 0; i < from->nimports; i++) {
        const struct jql_rulefile *next = from->imports[i];
        if (c->visit[next->index] != c->visit_stamp && imports_file(c, next, to))
            return true;
    }
    return false;
}

static bool file_imports(struct chk *c, int from, int to)
{
    c->visit_stamp++;
    return imports_file(c, c->files[from], to);
}

/* A param or default (`what`) that file `prev` set (-1: built in) is set again in `file`
   at `at`: allowed when `file` imports `prev`, so that the importer's value wins
   (docs/language.md §4, "Parameters"). False, with the error, otherwise. */
bool jql_check_may_set_again(struct chk *c, const char *what, const char *name, int prev,
                          struct jql_loc prev_loc, int file, struct jql_loc at)
{
    if (prev == file) {
        struct jql_diag *dg = jql_diag_error(c->d, at, "%s '%s' is declared twice", what, name);
        note_first(dg, prev_loc, name);
        return false;
    }
    if (prev < 0 || file_imports(c, file, prev))
        return true;
    struct jql_diag *dg = jql_diag_error(c->d, at,
        "%s '%s' is set in two files, and neither imports the other", what, name);
    jql_diag_note(dg, prev_loc, "'%s' is also set here", name);
    jql_diag_note(dg, (struct jql_loc){0}, "a file may set a %s of a file it imports; "
                  "the importing file's value wins", what);
    return false;
}

/* A param set again: allowed in a file that imports the file that set it last. */
static void override_param(struct chk *c, struct jql_param *pd, int slot, int file)
{
    struct jql_param_info *pi = &c->p->params[slot];
    struct jql_loc prev_loc = pi->set_loc.src ? pi->set_loc : pi->loc;
    if (!jql_check_may_set_again(c, "param", pd->name, c->param_file[slot], prev_loc, file, pd->name_loc))
        return;
    const char *why, *hint;
    if (!jql_program_param_set(c->p, slot, pd->value, &why, &hint)) {
        struct jql_diag *dg = jql_diag_error(c->d, pd->value_loc, "param '%s': %s, got %s",
                                             pd->name, why, jql_value_format(pd->value));
        if (hint)
            jql_diag_note(dg, (struct jql_loc){0}, "did you mean %s?", hint);
        if (pi->loc.src)
            jql_diag_note(dg, pi->loc, "'%s' is declared here", pd->name);
        return;
    }
    pi->set_loc = pd->name_loc;
    c->param_file[slot] = file;
    pd->slot = slot;
}

static void declare_param(struct chk *c, struct jql_param *pd, int file)
{
    pd->slot = -1;
    /* a badly named param is still registered, so that its uses do not cascade */
    jql_check_name_ok(c, pd->name, "param", pd->name_loc);
    jql_check_not_a_fact_name(c, pd->name, "param", pd->name_loc);
    int old = jql_program_param(c->p, pd->name);
    if (old >= 0) {
        override_param(c, pd, old, file);
        return;
    }
    pd->slot = c->p->nparams;
    add_param(c, (struct jql_param_info){.name = pd->name, .type = jql_value_type(pd->value),
                                         .value = pd->value, .decl_value = pd->value,
                                         .desc = pd->desc.s, .loc = pd->name_loc});
    JQL_APPEND(c->param_file, c->nparam_file, file);
}

/* ---- defaults ---- */

/* The default's value checked as a fact value is (docs/language.md §9): its type, an
   enumeration's values, the fact's range. */
static bool default_value_ok(struct chk *c, struct jql_default *df, const struct jql_fact_info *f)
{
    struct jql_value v = df->value;
    if (v.kind == JQL_V_ERROR)
        return false; /* a bad literal: the parser reported it */
    enum jql_fit fit = jql_value_fit(f->type, &v);
    struct jql_diag *dg = NULL;
    if (fit != JQL_FIT_OK) {
        dg = jql_diag_error(c->d, df->value_loc, "default for '%s': expected %s, like %s, got %s",
                            f->name, jql_type_name(f->type), jql_type_example(f->type),
                            jql_value_format(df->value));
        if (fit == JQL_FIT_PERCENT)
            jql_diag_note(dg, (struct jql_loc){0}, "did you mean %s?",
                          jql_value_percent_forms(v));
    } else if (f->type.enm && jql_str_index(f->type.enm->values, f->type.enm->n, v.u.s) < 0) {
        dg = jql_diag_error(c->d, df->value_loc, "default for '%s': %s is not one of its values",
                            f->name, jql_value_format(v));
        jql_enum_notes(dg, f->type.enm, v.u.s);
    } else if (!jql_range_holds(&f->range, v)) {
        dg = jql_diag_error(c->d, df->value_loc, "default for '%s': %s is outside its range %s",
                            f->name, jql_value_format(v), jql_range_str(&f->range));
    }
    df->value = v;
    return dg == NULL;
}

static int find_default(const struct jql_program *p, int fact)
{
    for (int i = 0; i < p->ndefaults; i++)
        if (p->defaults[i].fact == fact)
            return i;
    return -1;
}

static void declare_default(struct chk *c, struct jql_default *df, int file)
{
    int id = jql_program_fact(c->p, df->path);
    if (id < 0) {
        struct jql_diag *dg = jql_diag_error(c->d, df->path_loc, "default for unknown fact '%s'",
                                             df->path);
        const char *alt = jql_program_suggest_fact(c->p, df->path);
        if (alt)
            jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", alt);
        return;
    }
    const struct jql_fact_info *f = &c->p->facts[id];
    if (f->kind != JQL_FACT_SCALAR) {
        jql_diag_error(c->d, df->path_loc, f->kind == JQL_FACT_COLLECTION
                           ? "collection '%s' cannot have a default"
                           : "'%s' is a member of a collection and cannot have a default",
                       df->path);
        return;
    }
    if (!default_value_ok(c, df, f))
        return;
    struct jql_default_info di = {.fact = id, .value = df->value, .source = df->source.s,
                                  .loc = df->path_loc};
    int old = find_default(c->p, id);
    if (old < 0) {
        JQL_APPEND(c->p->defaults, c->p->ndefaults, di);
        JQL_APPEND(c->default_file, c->ndefault_file, file);
    } else if (jql_check_may_set_again(c, "default", df->path, c->default_file[old],
                             c->p->defaults[old].loc, file, df->path_loc)) {
        c->p->defaults[old] = di;
        c->default_file[old] = file;
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
    jql_check_name_ok(c, l->name, "let", l->name_loc);
    jql_check_not_a_fact_name(c, l->name, "let", l->name_loc);
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
    if (std < 0 && jql_program_table(c->p, l->name) >= 0) {
        const struct jql_table *t = c->p->tables[jql_program_table(c->p, l->name)].decl;
        struct jql_diag *dg = jql_diag_error(c->d, l->name_loc,
                                             "let '%s' has the same name as a table", l->name);
        jql_diag_note(dg, t->name_loc, "the table is declared here");
        return true; /* declared all the same: its uses read as the let, without cascades */
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
    if (jql_check_name_ok(c, rule->id, "rule", rule->id_loc) && first >= 0) {
        struct jql_diag *dg = jql_diag_error(c->d, rule->id_loc,
            "rule '%s' is declared twice in standard '%s'", rule->id, s->id);
        note_first(dg, s->rules[first]->id_loc, rule->id);
    }
    if (rule->nrequires == 0)
        jql_diag_error(c->d, rule->id_loc, "rule '%s' has no require", rule->id);
    check_dates(c, &rule->effective, &rule->expires);
}

/* `requires PARAM of recommended`: a param declared before the standard (in its file or
   one it imports), a number of rules (rounded to a whole one) or a percent; its value is
   read at evaluation. */
static void check_kof_param(struct chk *c, struct jql_kof *k)
{
    k->param_slot = jql_program_param(c->p, k->param);
    if (k->param_slot < 0) {
        const char **names = jql_alloc((size_t)(c->p->nparams + 1) * sizeof *names);
        for (int i = 0; i < c->p->nparams; i++)
            names[i] = c->p->params[i].name;
        struct jql_diag *dg = jql_diag_error(c->d, k->param_loc,
                                             "'requires %s of recommended': no param '%s' is "
                                             "declared before this standard", k->param, k->param);
        const char *near = jql_suggest(k->param, names, c->p->nparams);
        if (near)
            jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", near);
        return;
    }
    struct jql_type t = c->p->params[k->param_slot].type;
    if (t.kind != JQL_T_NUMBER)
        jql_diag_error(c->d, k->param_loc,
                       "'requires %s of recommended' needs a param that is a number of rules "
                       "or a percent; '%s' is %s", k->param, k->param, jql_type_name(t));
}

/* `requires N of recommended` needs recommended rules to count, and no more than there are
   (fewer apply for an employer: then the standard fails, docs/language.md §8). */
static void check_kof(struct chk *c, const struct jql_standard *s)
{
    if (!s->kof.set)
        return;
    int nrec = 0;
    for (int i = 0; i < s->nrules; i++)
        nrec += s->rules[i]->level == JQL_LEVEL_RECOMMENDED;
    if (nrec == 0)
        jql_diag_error(c->d, s->kof.loc, "standard '%s' has no recommended rule to count",
                       s->id);
    else if (s->kof.param)
        check_kof_param(c, (struct jql_kof *)&s->kof);
    else if (!s->kof.percent && s->kof.n > nrec)
        jql_diag_error(c->d, s->kof.loc,
                       "'requires %d of recommended' needs a number from 1 to %d (the "
                       "recommended rules of standard '%s')", s->kof.n, nrec, s->id);
}

static void declare_standard(struct chk *c, struct jql_standard *s)
{
    int idx = c->p->nstandards;
    JQL_APPEND(c->p->standards, c->p->nstandards, s);
    if (jql_check_name_ok(c, s->id, "standard", s->id_loc)) {
        int old = find_standard(c->p, s->id, idx);
        if (old >= 0) {
            struct jql_diag *dg = jql_diag_error(c->d, s->id_loc,
                                                 "standard '%s' is declared twice", s->id);
            note_first(dg, c->p->standards[old]->id_loc, s->id);
        }
    }
    if (s->nrules == 0)
        jql_diag_error(c->d, s->id_loc, "standard '%s' has no rules", s->id);
    check_kof(c, s);
    check_dates(c, &s->effective, &s->expires);
    int *first = rule_firsts(s);
    for (int r = 0; r < s->nrules; r++)
        check_rule_decl(c, s, r, first[r]);
}

/* ---- tiers ---- */

static void tier_member(struct chk *c, const struct jql_tier *t, struct jql_tier_req *q, int k)
{
    const struct jql_program *p = c->p;
    q->std_index[k] = find_standard(p, q->ids[k], p->nstandards);
    for (int i = 0; i < k; i++)
        if (strcmp(q->ids[i], q->ids[k]) == 0) {
            struct jql_diag *dg = jql_diag_error(c->d, q->id_locs[k],
                                                 "tier '%s' lists '%s' twice", t->id, q->ids[k]);
            jql_diag_note(dg, q->id_locs[i], "'%s' first listed here", q->ids[k]);
            return;
        }
    if (q->std_index[k] >= 0)
        return;
    struct jql_diag *dg = jql_diag_error(c->d, q->id_locs[k],
                                         "tier '%s' lists '%s', which is not a standard",
                                         t->id, q->ids[k]);
    const char **ids = jql_alloc((size_t)(p->nstandards + 1) * sizeof *ids);
    for (int i = 0; i < p->nstandards; i++)
        ids[i] = p->standards[i]->id;
    const char *alt = jql_suggest(q->ids[k], ids, p->nstandards);
    const char *what = jql_check_first_seg_fact(c, q->ids[k]) >= 0 ? "a fact"
                       : jql_program_param(p, q->ids[k]) >= 0   ? "a param"
                       : find_let_at(c, q->ids[k], -1) >= 0     ? "a let"
                                                                : NULL;
    if (alt)
        jql_diag_note(dg, (struct jql_loc){0}, "did you mean '%s'?", alt);
    else if (what)
        jql_diag_note(dg, (struct jql_loc){0}, "'%s' is %s; a tier lists standards only",
                      q->ids[k], what);
}

static void tier_req(struct chk *c, const struct jql_tier *t, struct jql_tier_req *q)
{
    q->std_index = jql_alloc_atomic((size_t)(q->nids + 1) * sizeof *q->std_index);
    for (int k = 0; k < q->nids; k++)
        tier_member(c, t, q, k);
    if (q->n_of_loc.src && (q->n_of < 1 || q->n_of > q->nids))
        jql_diag_error(c->d, q->n_of_loc,
                       "'requires %d of' needs a number from 1 to %d (the standards listed)",
                       q->n_of, q->nids);
}

static void declare_tier(struct chk *c, struct jql_tier *t, int before)
{
    JQL_APPEND(c->p->tiers, c->p->ntiers, t);
    if (jql_check_name_ok(c, t->id, "tier", t->id_loc))
        for (int i = 0; i < before; i++)
            if (strcmp(c->p->tiers[i]->id, t->id) == 0) {
                struct jql_diag *dg = jql_diag_error(c->d, t->id_loc,
                                                     "tier '%s' is declared twice", t->id);
                note_first(dg, c->p->tiers[i]->id_loc, t->id);
                break;
            }
    if (t->nreqs == 0)
        jql_diag_error(c->d, t->id_loc, "tier '%s' has no 'requires' line", t->id);
    for (int i = 0; i < t->nreqs; i++)
        tier_req(c, t, t->reqs[i]);
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
    jql_check_test_givens(c, t);
    for (int i = 0; i < t->nexpects; i++) {
        struct jql_expect *ex = t->expects[i];
        if (jql_check_test_expect(c, t, ex) || expect_target_ok(c->p, ex->qid))
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
    for (int i = 0; i < nfiles; i++) {
        c->cur_file = i;
        for (int j = 0; j < files[i]->nitems; j++)
            if (files[i]->items[j].kind == kind)
                fn(c, &files[i]->items[j]);
    }
}

static void item_param(struct chk *c, struct jql_item *it)
{
    declare_param(c, it->u.param, c->cur_file);
}
static void item_let(struct chk *c, struct jql_item *it) { declare_let(c, it->u.let, -1); }
static void item_table(struct chk *c, struct jql_item *it)
{
    jql_check_table(c, it->u.table, c->cur_file);
}
static void item_default(struct chk *c, struct jql_item *it)
{
    declare_default(c, it->u.dflt, c->cur_file);
}
static void item_standard(struct chk *c, struct jql_item *it)
{
    declare_standard(c, it->u.standard);
}
static void item_tier(struct chk *c, struct jql_item *it)
{
    declare_tier(c, it->u.tier, c->p->ntiers);
}
static void item_goal(struct chk *c, struct jql_item *it) { jql_check_goal(c, it->u.goal); }
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
    for (int g = 0; g < c->p->ngoals; g++)
        jql_check_goal_where(c, c->p->goals[g]);
}

struct jql_program *jql_check(struct jql_rulefile **files, int nfiles, struct jql_diags *d)
{
    int errors0 = d->nerrors;
    struct chk_prog *cp = jql_alloc(sizeof *cp);
    struct chk c = {.cp = cp, .p = &cp->pub, .d = d, .std = -1, .files = files,
                    .nfiles = nfiles};
    c.visit = jql_alloc_atomic(((size_t)nfiles + 1) * sizeof *c.visit);
    for (int i = 0; i < nfiles; i++) {
        files[i]->index = i;
        c.visit[i] = 0;
        JQL_APPEND(cp->pub.sources, cp->pub.nsources, files[i]->src);
    }
    index_rebuild(cp, 64);
    check_vocabulary(&c, files, nfiles);
    builtin_params(&c);
    each_item(&c, files, nfiles, JQL_I_PARAM, item_param);
    each_item(&c, files, nfiles, JQL_I_DEFAULT, item_default);
    each_item(&c, files, nfiles, JQL_I_TABLE, item_table);
    each_item(&c, files, nfiles, JQL_I_STANDARD, item_standard);
    each_item(&c, files, nfiles, JQL_I_LET, item_let);
    standard_lets(&c);
    each_item(&c, files, nfiles, JQL_I_TIER, item_tier);
    each_item(&c, files, nfiles, JQL_I_GOAL, item_goal);
    each_item(&c, files, nfiles, JQL_I_TEST, item_test);
    check_exprs(&c);
    return d->nerrors > errors0 ? NULL : &cp->pub;
}
