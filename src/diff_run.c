/*
** diff_run: employers' outcomes under two programs (diff_run.h).
**
** One thread reads each record once and evaluates it under both programs: the run
** compares two evaluations of the same record, so they are made side by side, and
** nothing of the first waits in memory for the second (a second pass over the files
** would need standard input twice). A diff is read by a person reviewing a change, on
** a portfolio of thousands: one thread evaluates a few hundred thousand employers a
** second under each program (docs/performance.md), so the threads of `check` are not
** needed here.
**
** The standards and rules of both programs are matched once, at the start, by
** qualified id into one list (`items`): the new program's order, then what only the
** old one declares. A standard or rule on one side only counts as a change for an
** employer where it does not pass there (pass and not_applicable change nothing).
*/
#include "diff_run.h"

#include "eval.h"
#include "factb.h"
#include "input.h"
#include "mem.h"
#include "parse.h"
#include "path.h"
#include "port.h"
#include "read_csv.h"
#include "read_json.h"
#include "report_int.h"
#include "term.h"

#include <stdlib.h>
#include <string.h>

/* A standard (rule -1) or rule of either program: its place in each (-1: not there). */
struct dr_item {
    const char *id;      /* qualified */
    bool rule;
    int sa, ra, sb, rb;
    int64_t newly[JQL_NSTATUS]; /* employers whose outcome changed to this status */
};

/* A tier or goal of both programs (one side only: added or removed, in the summary). */
struct dr_pair {
    const char *id;
    int a, b;
};
typedef JQL_VEC(struct dr_pair) dr_pairs;

/* One side: its program, evaluator, builder and portfolio. */
struct dr_side {
    const struct jql_program *p;
    struct jql_evaluator *ev;
    struct jql_fb *fb;
    struct jql_port *port;
    struct jql_remployer r;
    struct jql_employer *e;
};

struct jql_diff_run {
    struct jql_diff_run_opts o;
    struct dr_side s[2];
    JQL_VEC(struct dr_item) items;
    dr_pairs tiers, goals;
    int64_t employers, changed;
    FILE *w;      /* where employers are written: o.out, or markdown's spool */
    struct jql_sink spool; /* markdown: the employers wait in $TMPDIR (report_int.h) */
    bool spool_failed;     /* then no report is written: it would lack employers */
    int emp_lines;         /* JSON: changes written of the employer being written */
    int sum_lines;         /* JSON: summary lines written */
    FILE *sum;    /* where the summary's lines are written, at the end */
    bool had_error;
    int files;
};

/* ---- matching the programs ---- */

static struct jql_path_set dr_index_stds(const struct jql_program *p)
{
    struct jql_path_set s = {0};
    for (int i = 0; i < p->nstandards; i++)
        jql_path_set_put(&s, p->standards[i]->id, i);
    return s;
}

static int dr_rule_in(const struct jql_standard *st, const char *id)
{
    for (int i = 0; st && i < st->nrules; i++) /* a standard's rules: its own, few */
        if (strcmp(st->rules[i]->id, id) == 0)
            return i;
    return -1;
}

static void dr_add_std(struct jql_diff_run *r, int sa, int sb)
{
    const struct jql_standard *a = sa >= 0 ? r->s[0].p->standards[sa] : NULL;
    const struct jql_standard *b = sb >= 0 ? r->s[1].p->standards[sb] : NULL;
    const char *sid = (b ? b : a)->id;
    struct dr_item it = {.id = sid, .sa = sa, .ra = -1, .sb = sb, .rb = -1};
    JQL_VEC_PUSH(r->items, it);
    for (int i = 0; b && i < b->nrules; i++) {
        struct dr_item ru = {.id = jql_sprintf("%s.%s", sid, b->rules[i]->id), .rule = true,
                             .sa = sa, .ra = dr_rule_in(a, b->rules[i]->id), .sb = sb, .rb = i};
        JQL_VEC_PUSH(r->items, ru);
    }
    for (int i = 0; a && i < a->nrules; i++)
        if (dr_rule_in(b, a->rules[i]->id) < 0) {
            struct dr_item ru = {.id = jql_sprintf("%s.%s", sid, a->rules[i]->id),
                                 .rule = true, .sa = sa, .ra = i, .sb = sb, .rb = -1};
            JQL_VEC_PUSH(r->items, ru);
        }
}

/* Tiers or goals of both sides by id (ida, idb: their ids): b's, then those only a has. */
static int dr_find(const char *const *ids, int n, const char *id)
{
    for (int k = 0; k < n; k++) /* tiers and goals: a few */
        if (strcmp(ids[k], id) == 0)
            return k;
    return -1;
}

static void dr_pair_up(dr_pairs *out, const char *const *ida, int na, const char *const *idb,
                       int nb)
{
    for (int i = 0; i < nb; i++) {
        struct dr_pair pr = {idb[i], dr_find(ida, na, idb[i]), i};
        JQL_VEC_PUSH(*out, pr);
    }
    for (int k = 0; k < na; k++)
        if (dr_find(idb, nb, ida[k]) < 0) {
            struct dr_pair pr = {ida[k], k, -1};
            JQL_VEC_PUSH(*out, pr);
        }
}

static const char **dr_tier_ids(const struct jql_program *p)
{
    const char **ids = jql_alloc(((size_t)p->ntiers + 1) * sizeof *ids);
    for (int i = 0; i < p->ntiers; i++)
        ids[i] = p->tiers[i]->id;
    return ids;
}

static const char **dr_goal_ids(const struct jql_program *p)
{
    const char **ids = jql_alloc(((size_t)p->ngoals + 1) * sizeof *ids);
    for (int i = 0; i < p->ngoals; i++)
        ids[i] = p->goals[i]->id;
    return ids;
}

static void dr_match(struct jql_diff_run *r)
{
    const struct jql_program *a = r->s[0].p, *b = r->s[1].p;
    struct jql_path_set ia = dr_index_stds(a), ib = dr_index_stds(b);
    for (int i = 0; i < b->nstandards; i++)
        dr_add_std(r, jql_path_set_get(&ia, b->standards[i]->id), i);
    for (int i = 0; i < a->nstandards; i++)
        if (jql_path_set_get(&ib, a->standards[i]->id) < 0)
            dr_add_std(r, i, -1);
    dr_pair_up(&r->tiers, dr_tier_ids(a), a->ntiers, dr_tier_ids(b), b->ntiers);
    dr_pair_up(&r->goals, dr_goal_ids(a), a->ngoals, dr_goal_ids(b), b->ngoals);
}

/* The spool could not be made or written: said once, and the run is in error. */
static void dr_spool_problems(struct jql_diff_run *r)
{
    if (!r->spool.problems.n || r->spool_failed)
        return;
    jql_diags_render(r->o.err, &r->spool.problems, r->o.err_color);
    r->had_error = r->spool_failed = true;
}

struct jql_diff_run *jql_diff_run_new(const struct jql_diff_run_opts *o)
{
    struct jql_diff_run *r = jql_alloc(sizeof *r);
    r->o = *o;
    if (!r->o.name_key)
        r->o.name_key = "employer";
    for (int k = 0; k < 2; k++) {
        struct dr_side *s = &r->s[k];
        s->p = k ? o->b : o->a;
        s->ev = jql_eval_new(s->p, o->as_of);
        jql_eval_reuse(s->ev); /* both results are compared before either runs again */
        if (o->max_steps)
            jql_eval_set_max_steps(s->ev, o->max_steps);
        s->port = jql_port_new(&(struct jql_port_opts){.p = s->p});
    }
    dr_match(r);
    r->w = o->out;
    if (o->out && o->fmt == JQL_DIFF_JSON) {
        fputs("{\"old\": ", o->out);
        jql_json_string(o->out, o->old_label);
        fputs(", \"new\": ", o->out);
        jql_json_string(o->out, o->new_label);
        fputs(",\n \"employers\": [", o->out);
    }
    if (o->out && o->fmt == JQL_DIFF_MARKDOWN) { /* the summary, known at the end, first */
        r->spool = (struct jql_sink){.fmt = JQL_FMT_MARKDOWN, .out = o->out};
        jql_pub_begin(&r->spool);
        r->w = r->spool.spool;
        dr_spool_problems(r);
    }
    return r;
}

bool jql_diff_run_had_error(const struct jql_diff_run *r) { return r->had_error; }

/* ---- one employer ---- */

/* A standard's or rule's status in a result, or -1 when it is not there. */
static int dr_status(const struct jql_remployer *e, const struct dr_item *it, bool new)
{
    int s = new ? it->sb : it->sa, ru = new ? it->rb : it->ra;
    if (s < 0 || !e->nstds || (it->rule && ru < 0))
        return -1;
    return ru < 0 ? e->stds[s].status : e->stds[s].rules[ru].status;
}

/* enum jql_reach, then DR_LEFT_OUT: a goal's `where` is unknown for the employer. */
enum { DR_LEFT_OUT = JQL_REACH_OUT + 1 };
static const char *const dr_reach_names[] = {"reached", "undecided", "not reached", "error",
                                             "not in population", "left out (where unknown)"};

/* A tier's outcome for an employer. */
static int dr_tier(const struct jql_remployer *e, int t)
{
    return e->tier_reach ? e->tier_reach[t] : JQL_REACH_ERROR;
}

/* A goal's view of an employer (docs/language.md, "Goals"), as the portfolio counts it
   (port.c): an employer in error or outside the `where` is not in the population, one
   whose `where` is unknown is left out; else how it stands on the tier or standard.
   Made before the evaluator runs again (jql_eval_where looks at the last run). */
static int dr_goal(struct dr_side *s, const struct jql_goal *g)
{
    const struct jql_remployer *e = &s->r;
    if (e->status == JQL_ERROR)
        return JQL_REACH_OUT;
    int in = g->where ? jql_eval_where(s->ev, g->where) : 1;
    if (in != 1)
        return in == 0 ? JQL_REACH_OUT : DR_LEFT_OUT;
    if (!g->passing)
        return dr_tier(e, g->target_index);
    switch (e->stds[g->target_index].status) {
    case JQL_PASS: return JQL_REACH_REACHED;
    case JQL_UNTESTED: return JQL_REACH_UNDECIDED;
    case JQL_FAIL: return JQL_REACH_NOT;
    case JQL_NOT_APPLICABLE: return JQL_REACH_OUT;
    default: return JQL_REACH_ERROR;
    }
}

/* Whether a status on one side only matters: it does not pass. */
static bool dr_counts(int st)
{
    return st >= 0 && st != JQL_PASS && st != JQL_NOT_APPLICABLE;
}

static bool dr_item_changed(int a, int b)
{
    if (a >= 0 && b >= 0)
        return a != b;
    return dr_counts(a) || dr_counts(b);
}

static const char *dr_status_text(int st)
{
    return st < 0 ? "(none)" : jql_status_name((enum jql_status)st);
}

/* The new side's why for a rule that newly does not pass. */
static const char *dr_why(const struct jql_remployer *e, const struct dr_item *it, int st)
{
    if (!it->rule || it->rb < 0 || !e->nstds)
        return NULL;
    const struct jql_rrule *ru = &e->stds[it->sb].rules[it->rb];
    if (st == JQL_UNTESTED && ru->nmissing)
        return jql_sprintf("missing: %s", jql_join(ru->missing, ru->nmissing, ", "));
    return (st == JQL_FAIL || st == JQL_ERROR) && ru->reason && *ru->reason ? ru->reason : NULL;
}

/* A JSON string, or null for NULL. */
static void dr_json_str(FILE *out, const char *s)
{
    if (s)
        jql_json_string(out, s);
    else
        fputs("null", out);
}

/* One line of an employer's changes. */
static void dr_line(struct jql_diff_run *r, const char *what, const char *id, const char *old,
                    const char *new, const char *why)
{
    FILE *w = r->w;
    if (!w)
        return; /* -q: counted, not written */
    if (r->o.fmt == JQL_DIFF_JSON) {
        fprintf(w, "%s{\"kind\": \"%s\", \"id\": ", r->emp_lines++ ? ", " : "", what);
        jql_json_string(w, id);
        fputs(", \"old\": ", w);
        dr_json_str(w, old);
        fputs(", \"new\": ", w);
        dr_json_str(w, new);
        if (why) {
            fputs(", \"why\": ", w);
            jql_json_string(w, why);
        }
        fputc('}', w);
        return;
    }
    old = old ? old : "(not there)";
    new = new ? new : "(not there)";
    if (r->o.fmt == JQL_DIFF_MARKDOWN) {
        fprintf(w, "| | %s ", what);
        jql_pub_text(w, id, JQL_ESC_MD);
        fprintf(w, " | %s | %s |", old, new);
        if (why) {
            fputc(' ', w);
            jql_pub_text(w, why, JQL_ESC_MD);
        }
        fputs(" |\n", w);
        return;
    }
    fprintf(w, "  %s ", what);
    jql_term_puts(w, id, JQL_TERM_LINE);
    fprintf(w, ": %s → %s\n", old, new);
    if (why) {
        fputs("      why: ", w);
        jql_term_puts(w, why, JQL_TERM_LINE);
        fputc('\n', w);
    }
}

static void dr_heading(struct jql_diff_run *r, const struct jql_remployer *a,
                       const struct jql_remployer *b)
{
    FILE *w = r->w;
    const char *where = jql_sprintf("%s:%d", b->file, b->line);
    if (r->o.fmt == JQL_DIFF_JSON) {
        fputs(r->changed > 1 ? ",\n  {\"employer\": " : "\n  {\"employer\": ", w);
        jql_json_string(w, b->name);
        fputs(", \"file\": ", w);
        jql_json_string(w, b->file);
        fprintf(w, ", \"line\": %d, \"old\": \"%s\", \"new\": \"%s\", \"changes\": [", b->line,
                dr_status_text(a->status), dr_status_text(b->status));
        r->emp_lines = 0;
        return;
    }
    if (r->o.fmt == JQL_DIFF_MARKDOWN) {
        fputs("| ", w);
        jql_pub_text(w, b->name, JQL_ESC_MD);
        fputs(" (", w);
        jql_pub_text(w, where, JQL_ESC_MD);
        fprintf(w, ") | employer | %s | %s | |\n", dr_status_text(a->status),
                dr_status_text(b->status));
        return;
    }
    jql_term_puts(w, b->name, JQL_TERM_LINE);
    fputs(" (", w);
    jql_term_puts(w, where, JQL_TERM_LINE);
    fprintf(w, "): %s → %s\n", dr_status_text(a->status), dr_status_text(b->status));
}

/* Whether anything of the employer differs; with `write`, each difference written. */
static bool dr_compare(struct jql_diff_run *r, const int *ga, const int *gb, bool write)
{
    const struct jql_remployer *a = &r->s[0].r, *b = &r->s[1].r;
    bool any = a->status != b->status;
    /* an employer whose facts did not load on one side has no standards there: its
       status and diagnostics say why, not every rule as "not there" */
    bool both = a->nstds && b->nstds;
    for (int i = 0; both && i < r->items.n; i++) {
        struct dr_item *it = &r->items.v[i];
        int sa = dr_status(a, it, false), sb = dr_status(b, it, true);
        if (!dr_item_changed(sa, sb))
            continue;
        any = true;
        if (!write)
            continue;
        if (sb >= 0)
            it->newly[sb]++;
        dr_line(r, it->rule ? "rule" : "standard", it->id,
                sa < 0 ? NULL : dr_status_text(sa), sb < 0 ? NULL : dr_status_text(sb),
                dr_why(b, it, sb));
    }
    for (int i = 0; i < r->tiers.n; i++) {
        const struct dr_pair *t = &r->tiers.v[i];
        if (t->a < 0 || t->b < 0)
            continue;
        int ta = dr_tier(a, t->a), tb = dr_tier(b, t->b);
        if (ta == tb)
            continue;
        any = true;
        if (write)
            dr_line(r, "tier", t->id, dr_reach_names[ta], dr_reach_names[tb], NULL);
    }
    for (int i = 0; i < r->goals.n; i++) {
        const struct dr_pair *g = &r->goals.v[i];
        if (g->a < 0 || g->b < 0 || ga[g->a] == gb[g->b])
            continue;
        any = true;
        if (write)
            dr_line(r, "goal", g->id, dr_reach_names[ga[g->a]], dr_reach_names[gb[g->b]], NULL);
    }
    return any;
}

/* The employer's diagnostics: the new program's, and the old one's when they differ. */
static void dr_diags(struct jql_diff_run *r)
{
    char *ta = NULL, *tb = NULL;
    size_t na = 0, nb = 0;
    FILE *fa = open_memstream(&ta, &na), *fb = open_memstream(&tb, &nb);
    if (!fa || !fb)
        jql_out_of_memory(BUFSIZ);
    jql_diags_render(fa, &r->s[0].e->diags, r->o.err_color);
    jql_diags_render(fb, &r->s[1].e->diags, r->o.err_color);
    fclose(fa);
    fclose(fb);
    fwrite(tb, 1, nb, r->o.err);
    if (na && (na != nb || memcmp(ta, tb, na) != 0)) {
        fprintf(r->o.err, "jqlc: note: under the old rules (%s):\n",
                jql_term_str(r->o.old_label, JQL_TERM_LINE));
        fwrite(ta, 1, na, r->o.err);
    }
    free(ta);
    free(tb);
}

/* Both employers built from one record: evaluated, compared, written if they differ. */
static void dr_pair(struct jql_diff_run *r)
{
    int *g[2];
    for (int k = 0; k < 2; k++) {
        struct dr_side *s = &r->s[k];
        jql_port_check_weights(s->port, s->e);
        s->r = (struct jql_remployer){0};
        jql_eval_run(s->ev, s->e, &s->r);
        int line, col;
        jql_source_linecol(s->e->loc.src, s->e->loc.start, &line, &col);
        s->r.name = s->e->name;
        s->r.file = s->e->loc.src->name;
        s->r.line = line;
        jql_port_add(s->port, jql_port_take(s->port, s->ev, s->e, &s->r));
        g[k] = jql_alloc_atomic(((size_t)s->p->ngoals + 1) * sizeof *g[k]);
        for (int i = 0; i < s->p->ngoals; i++)
            g[k][i] = dr_goal(s, s->p->goals[i]);
    }
    dr_diags(r);
    /* facts that do not load are an error of the run, as for check (the employer is
       still compared: the other side may have loaded it) */
    r->had_error |= r->s[0].e->failed || r->s[1].e->failed;
    r->employers++;
    if (dr_compare(r, g[0], g[1], false)) {
        r->changed++;
        jql_eval_render(r->s[1].ev, &r->s[1].r); /* the new reasons, before the next run */
        if (r->w)
            dr_heading(r, &r->s[0].r, &r->s[1].r);
        dr_compare(r, g[0], g[1], true);
        if (r->w && r->o.fmt == JQL_DIFF_JSON)
            fputs("]}", r->w);
        if (r->spool.spool) { /* a full disk is said while errno still tells */
            jql_pub_written(&r->spool);
            dr_spool_problems(r);
        }
    }
    for (int k = 0; k < 2; k++)
        jql_fb_recycle(r->s[k].fb, r->s[k].e);
}

/* ---- reading ---- */

static struct jql_facts_opts dr_facts_opts(enum jql_input_kind kind)
{
    return (struct jql_facts_opts){.per_file = kind != JQL_IN_FACTS,
                                   .syntax = kind == JQL_IN_CSV     ? JQL_SYNTAX_CSV
                                             : kind == JQL_IN_FACTS ? JQL_SYNTAX_FACTS
                                                                    : JQL_SYNTAX_JSON};
}

static void dr_diags_file(struct jql_diff_run *r, struct jql_diags *d)
{
    jql_diags_sort(d);
    jql_diags_render(r->o.err, d, r->o.err_color);
    r->had_error |= d->nerrors > 0;
}

/* One record: its employers, each built for both programs. */
static void dr_record(struct jql_diff_run *r, enum jql_input_kind kind, const struct jql_csv *csv,
                      const char *file, const struct jql_record *rec)
{
    bool is_csv = kind == JQL_IN_CSV;
    struct jql_source *src = jql_source_part(file, rec->text, rec->len,
                                             is_csv ? rec->number - 1 : rec->line0,
                                             is_csv ? 0 : rec->col0);
    src->file_no = r->files;
    src->csv = is_csv;
    if (kind == JQL_IN_FACTS) {
        struct jql_diags syn = {0};
        struct jql_factfile *ff = jql_parse_facts(src, &syn);
        dr_diags_file(r, &syn);
        for (int i = 0; i < ff->nemployers; i++) {
            for (int k = 0; k < 2; k++)
                r->s[k].e = jql_facts_read(r->s[k].fb, ff->employers[i]);
            dr_pair(r);
        }
        return;
    }
    const char *fallback = jql_sprintf("(line %d)", rec->line0 + 1);
    for (int k = 0; k < 2; k++)
        r->s[k].e = is_csv ? jql_csv_row(csv, r->s[k].fb, src, rec->number)
                           : jql_read_json_record(r->s[k].fb, src, r->o.name_key, fallback);
    dr_pair(r);
}

void jql_diff_run_file(struct jql_diff_run *r, const char *path)
{
    struct jql_diags fd = {0};
    int kind = r->o.input >= 0 ? r->o.input : strcmp(path, "-") == 0 ? JQL_IN_FACTS
                                                                     : jql_input_kind_of(path);
    if (kind < 0)
        kind = JQL_IN_FACTS;
    struct jql_input *in = jql_input_open(path, kind, false, &fd);
    if (in) {
        r->files++;
        struct jql_facts_opts fo = dr_facts_opts(kind);
        for (int k = 0; k < 2; k++)
            r->s[k].fb = jql_fb_new(r->s[k].p, &fo);
        const char *file = jql_input_name(in);
        struct jql_csv *csv = NULL;
        bool header = kind == JQL_IN_CSV;
        struct jql_record rec;
        while (jql_input_next(in, &rec, &fd)) {
            if (header) {
                header = false;
                struct jql_source *src = jql_source_part(file, rec.text, rec.len, 0, 0);
                src->csv = true;
                if (!(csv = jql_csv_header(src, r->o.name_key, &fd)))
                    break;
                continue;
            }
            dr_record(r, kind, csv, file, &rec);
        }
        if (header && !jql_input_failed(in))
            jql_diag_error(&fd, (struct jql_loc){0}, "cannot read '%s': the CSV file is empty",
                           file);
        jql_fb_file_end(r->s[1].fb, &fd); /* undeclared keys, as the new rules see them */
        char sha[65];
        jql_input_close(in, sha);
    }
    for (int k = 0; k < fd.n; k++)
        if (!fd.v[k]->loc.src && !fd.v[k]->file)
            fd.v[k]->file = jql_strdup(path);
    dr_diags_file(r, &fd);
}

/* ---- the summary ---- */

/* "61.0%", with the bounds that untested employers leave open when there are any:
   "50.0% (40.0–60.0%)"; "n/a" with no employer to count. */
static const char *dr_share(const struct jql_amounts *am)
{
    struct jql_share_text t;
    jql_port_share_text(am, &t);
    if (t.has_share && (!t.has_bounds || (strcmp(t.low, t.share) == 0 &&
                                          strcmp(t.high, t.share) == 0)))
        return jql_strdup(t.share);
    char buf[JQL_PUB_SHARE_MAX];
    jql_pub_share(&t, buf);
    return jql_strdup(buf);
}

/* One line of the summary as data: the text formats print `text`, JSON the rest. */
struct dr_sumline {
    const char *kind, *id, *text;
    const struct jql_amounts *share[2]; /* old, new; NULL: not there, or no share (a rule) */
    const struct dr_item *it;           /* a standard or rule: employers newly in a status */
    const struct jql_pgoal *goal[2];    /* a goal: its status on each side (NULL: not there) */
};

static void dr_json_share(FILE *out, const struct jql_amounts *am)
{
    if (!am) {
        fputs("null", out);
        return;
    }
    struct jql_share_text t;
    jql_port_share_text(am, &t);
    fputs("{\"share\": ", out);
    dr_json_str(out, t.has_share ? t.share : NULL);
    fputs(", \"low\": ", out);
    dr_json_str(out, t.has_bounds ? t.low : NULL);
    fputs(", \"high\": ", out);
    dr_json_str(out, t.has_bounds ? t.high : NULL);
    fputc('}', out);
}

static void dr_sum_json(struct jql_diff_run *r, const struct dr_sumline *l)
{
    FILE *out = r->sum;
    fprintf(out, "%s  {\"kind\": \"%s\", \"id\": ", r->sum_lines++ ? ",\n" : "\n", l->kind);
    jql_json_string(out, l->id);
    if (l->share[0] || l->share[1]) {
        fputs(", \"share\": {\"old\": ", out);
        dr_json_share(out, l->share[0]);
        fputs(", \"new\": ", out);
        dr_json_share(out, l->share[1]);
        fputc('}', out);
    }
    if (l->it) {
        fputs(", \"newly\": {", out);
        for (int k = 0, n = 0; k < JQL_NSTATUS; k++)
            if (l->it->newly[k])
                fprintf(out, "%s\"%s\": %lld", n++ ? ", " : "", jql_status_name(k),
                        (long long)l->it->newly[k]);
        fputc('}', out);
    }
    if (l->goal[0] || l->goal[1]) {
        fputs(", \"goal\": {\"old\": ", out);
        dr_json_str(out, l->goal[0] ? jql_pub_goal_status(l->goal[0]->status) : NULL);
        fputs(", \"new\": ", out);
        dr_json_str(out, l->goal[1] ? jql_pub_goal_status(l->goal[1]->status) : NULL);
        fputc('}', out);
    }
    fputc('}', out);
}

/* One line of the summary. */
static void dr_sum(struct jql_diff_run *r, const struct dr_sumline *l)
{
    FILE *out = r->sum;
    if (r->o.fmt == JQL_DIFF_JSON) {
        dr_sum_json(r, l);
        return;
    }
    if (r->o.fmt == JQL_DIFF_MARKDOWN) {
        fprintf(out, "| %s ", l->kind);
        jql_pub_text(out, l->id, JQL_ESC_MD);
        fputs(" | ", out);
        jql_pub_text(out, l->text, JQL_ESC_MD);
        fputs(" |\n", out);
        return;
    }
    fprintf(out, "  %s ", l->kind);
    jql_term_puts(out, l->id, JQL_TERM_LINE);
    fputs(": ", out);
    jql_term_puts(out, l->text, JQL_TERM_LINE);
    fputc('\n', out);
}

/* What `n` employers newly are, as words: "fail" (one "fails"), "in error". */
static const char *dr_newly_word(int status, int64_t n)
{
    switch (status) {
    case JQL_FAIL: return n == 1 ? "fails" : "fail";
    case JQL_PASS: return n == 1 ? "passes" : "pass";
    case JQL_ERROR: return "in error";
    case JQL_NOT_APPLICABLE: return "not applicable";
    default: return jql_status_name((enum jql_status)status);
    }
}

/* "12 employers newly fail, 3 newly pass", "1 employer newly fails". */
static const char *dr_newly(const struct dr_item *it)
{
    static const int order[] = {JQL_FAIL, JQL_ERROR, JQL_UNTESTED, JQL_PASS, JQL_NOT_APPLICABLE};
    struct jql_buf b = {0};
    for (int i = 0; i < JQL_COUNT(order); i++) {
        int64_t n = it->newly[order[i]];
        if (!n)
            continue;
        const char *st = dr_newly_word(order[i], n);
        if (!b.len)
            jql_buf_printf(&b, "%lld employer%s newly %s", (long long)n, n == 1 ? "" : "s", st);
        else
            jql_buf_printf(&b, ", %lld newly %s", (long long)n, st);
    }
    return b.len ? jql_buf_str(&b) : NULL;
}

static int dr_sum_tiers(struct jql_diff_run *r, const struct jql_portfolio *pa,
                        const struct jql_portfolio *pb)
{
    int lines = 0;
    for (int i = 0; i < r->tiers.n; i++) {
        const struct dr_pair *t = &r->tiers.v[i];
        const char *sa = t->a >= 0 ? dr_share(&pa->tiers[t->a]) : NULL;
        const char *sb = t->b >= 0 ? dr_share(&pb->tiers[t->b]) : NULL;
        if (sa && sb && strcmp(sa, sb) == 0)
            continue;
        lines++;
        struct dr_sumline l = {"tier", t->id,
                               !sa ? jql_sprintf("added, share %s", sb)
                               : !sb ? jql_sprintf("removed, share was %s", sa)
                                     : jql_sprintf("share %s → %s", sa, sb),
                               {t->a >= 0 ? &pa->tiers[t->a] : NULL,
                                t->b >= 0 ? &pb->tiers[t->b] : NULL}, NULL, {NULL, NULL}};
        dr_sum(r, &l);
    }
    return lines;
}

/* Standards (employers newly in each status, the pass share) and rules (employers). */
static int dr_sum_items(struct jql_diff_run *r, const struct jql_portfolio *pa,
                        const struct jql_portfolio *pb)
{
    int lines = 0;
    for (int i = 0; i < r->items.n; i++) {
        const struct dr_item *it = &r->items.v[i];
        const char *newly = dr_newly(it);
        const char *sa = NULL, *sb = NULL;
        struct jql_amounts aa, ab;
        if (!it->rule) {
            if (it->sa >= 0)
                aa = jql_port_std_amounts(pa->stds[it->sa]), sa = dr_share(&aa);
            if (it->sb >= 0)
                ab = jql_port_std_amounts(pb->stds[it->sb]), sb = dr_share(&ab);
        }
        bool share = !it->rule && !(sa && sb && strcmp(sa, sb) == 0);
        if (!newly && !share)
            continue;
        lines++;
        const char *shares = !share ? NULL
                             : !sa  ? jql_sprintf("added, pass share %s", sb)
                             : !sb  ? jql_sprintf("removed, pass share was %s", sa)
                                    : jql_sprintf("pass share %s → %s", sa, sb);
        struct dr_sumline l = {it->rule ? "rule" : "standard", it->id,
                               newly && shares ? jql_sprintf("%s; %s", newly, shares)
                               : newly         ? newly
                                               : shares,
                               {sa ? &aa : NULL, sb ? &ab : NULL}, newly ? it : NULL,
                               {NULL, NULL}};
        dr_sum(r, &l);
    }
    return lines;
}

static int dr_sum_goals(struct jql_diff_run *r)
{
    int ngoals_a, ngoals_b, lines = 0;
    const struct jql_pgoal *ga = jql_port_goals(r->s[0].port, &ngoals_a);
    const struct jql_pgoal *gb = jql_port_goals(r->s[1].port, &ngoals_b);
    for (int i = 0; i < r->goals.n; i++) {
        const struct dr_pair *g = &r->goals.v[i];
        const struct jql_pgoal *a = g->a >= 0 ? &ga[g->a] : NULL, *b = g->b >= 0 ? &gb[g->b] : NULL;
        const char *sa = a ? dr_share(&a->a) : NULL, *sb = b ? dr_share(&b->a) : NULL;
        if (a && b && a->status == b->status && strcmp(sa, sb) == 0)
            continue;
        lines++;
        struct dr_sumline l = {
            "goal", g->id,
            !a ? jql_sprintf("added, %s (share %s)", jql_pub_goal_status(b->status), sb)
            : !b ? jql_sprintf("removed, was %s (share %s)", jql_pub_goal_status(a->status), sa)
                 : jql_sprintf("%s → %s (share %s → %s)", jql_pub_goal_status(a->status),
                               jql_pub_goal_status(b->status), sa, sb),
            {a ? &a->a : NULL, b ? &b->a : NULL}, NULL, {a, b}};
        dr_sum(r, &l);
    }
    return lines;
}

/* The summary's lines into r->sum: tiers, standards and rules, goals. */
static int dr_summary_lines(struct jql_diff_run *r)
{
    const struct jql_portfolio *pa = jql_port_result(r->s[0].port);
    const struct jql_portfolio *pb = jql_port_result(r->s[1].port);
    int lines = dr_sum_tiers(r, pa, pb);
    lines += dr_sum_items(r, pa, pb);
    return lines + dr_sum_goals(r);
}

bool jql_diff_run_end(struct jql_diff_run *r)
{
    FILE *out = r->o.out;
    bool md = r->o.fmt == JQL_DIFF_MARKDOWN;
    char *sum = NULL;
    size_t nsum = 0;
    if (!(r->sum = open_memstream(&sum, &nsum)))
        jql_out_of_memory(BUFSIZ);
    int lines = dr_summary_lines(r);
    fclose(r->sum);
    bool changed = r->changed > 0 || lines > 0;
    if (out && !r->spool_failed) {
        const char *count = jql_sprintf("%lld of %lld employer%s with changed outcomes",
                                        (long long)r->changed, (long long)r->employers,
                                        r->employers == 1 ? "" : "s");
        if (r->o.fmt == JQL_DIFF_JSON) {
            fprintf(out, "%s],\n \"employers_compared\": %lld, \"employers_changed\": %lld,\n"
                    " \"summary\": [", r->changed ? "\n " : "", (long long)r->employers,
                    (long long)r->changed);
            fwrite(sum, 1, nsum, out);
            fputs(lines ? "\n ]}\n" : "]}\n", out);
        } else if (md) {
            fputs("### Outcomes: ", out);
            jql_pub_text(out, r->o.old_label, JQL_ESC_MD);
            fputs(" → ", out);
            jql_pub_text(out, r->o.new_label, JQL_ESC_MD);
            fprintf(out, "\n\n%s.\n", count);
            if (lines)
                fputs("\n| summary | |\n|---|---|\n", out);
            fwrite(sum, 1, nsum, out);
            if (r->changed)
                fputs("\n| employer | what | old | new | why |\n|---|---|---|---|---|\n", out);
            if (r->w) {
                jql_pub_written(&r->spool);
                jql_pub_copy(&r->spool);
                dr_spool_problems(r);
            }
        } else {
            fprintf(out, "%s%s, from ", r->changed ? "\n" : "", count);
            jql_term_puts(out, r->o.old_label, JQL_TERM_LINE);
            fputs(" to ", out);
            jql_term_puts(out, r->o.new_label, JQL_TERM_LINE);
            fputc('\n', out);
            fwrite(sum, 1, nsum, out);
        }
    }
    free(sum);
    return changed;
}
