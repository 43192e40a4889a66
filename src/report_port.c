/*
** report_port: the portfolio and goals as text and JSON (report_port.h). Shares print
** as the exact ratio rounded once (port.h); weighted amounts print as the weight's
** values, as strings in JSON so that no reader rounds them through a double.
*/
#include "report_port.h"

#include "ast.h"
#include "mem.h"
#include "term.h"
#include "value.h"

#include <string.h>

/* ---- a small JSON writer: pretty (the report's indentation) or compact ---- */

enum { JW_DEPTH = 16 };

struct jw {
    FILE *f;
    bool pretty;
    int depth, base;
    int n[JW_DEPTH];      /* members written at each level */
    bool inl[JW_DEPTH];   /* the level is written on one line */
};

static void jw_newline(struct jw *w)
{
    fprintf(w->f, "\n%*s", 2 * (w->base + w->depth), "");
}

static void jw_sep(struct jw *w)
{
    if (w->n[w->depth]++)
        fputc(',', w->f);
    if (!w->pretty)
        return;
    if (w->inl[w->depth]) {
        if (w->n[w->depth] > 1)
            fputc(' ', w->f);
    } else {
        jw_newline(w);
    }
}

static void jw_key(struct jw *w, const char *k)
{
    jw_sep(w);
    jql_json_string(w->f, k);
    fputs(w->pretty ? ": " : ":", w->f);
}

/* Open an object or array (c is '{' or '['); `inl`: on one line. */
static void jw_open(struct jw *w, char c, bool inl)
{
    fputc(c, w->f);
    w->depth++;
    w->n[w->depth] = 0;
    w->inl[w->depth] = inl || w->inl[w->depth - 1];
}

static void jw_close(struct jw *w, char c)
{
    bool newline = w->pretty && w->n[w->depth] && !w->inl[w->depth];
    w->depth--;
    if (newline)
        jw_newline(w);
    fputc(c, w->f);
}

/* An element of an array: the separator, then the caller writes the value. */
static void jw_item(struct jw *w) { jw_sep(w); }

static void jw_str(struct jw *w, const char *k, const char *v)
{
    jw_key(w, k);
    if (v)
        jql_json_string(w->f, v);
    else
        fputs("null", w->f);
}

static void jw_int(struct jw *w, const char *k, int64_t v)
{
    jw_key(w, k);
    fprintf(w->f, "%lld", (long long)v);
}

/* ---- shares ---- */

static const char *amount_text(jql_dec d, char buf[JQL_DEC_TEXT_MAX])
{
    jql_dec_text(d, 0, buf);
    return buf;
}

static void jw_share(struct jw *w, const struct jql_amounts *a)
{
    struct jql_share_text t;
    jql_port_share_text(a, &t);
    jw_str(w, "share", t.has_share ? t.share : NULL);
    jw_str(w, "low", t.has_bounds ? t.low : NULL);
    jw_str(w, "high", t.has_bounds ? t.high : NULL);
}

/* {"reached": N, "undecided": N, "not_reached": N, "error": N, "share": ...}; weighted
   amounts as strings. */
/* The first n amounts of a, as "reached": 5 or, weighted, "reached": "512". */
static void jw_amounts(struct jw *w, const struct jql_amounts *a, int n, bool weighted)
{
    static const char *const keys[] = {"reached", "undecided", "not_reached", "error"};
    for (int k = 0; k < n; k++) {
        char buf[JQL_DEC_TEXT_MAX];
        if (weighted) {
            jw_str(w, keys[k], amount_text(a->n[k], buf));
        } else {
            int64_t v = 0;
            jql_dec_to_int(a->n[k], &v);
            jw_int(w, keys[k], v);
        }
    }
}

static void jw_reach(struct jw *w, const struct jql_amounts *a, bool weighted)
{
    jw_open(w, '{', true);
    jw_amounts(w, a, JQL_NREACH, weighted);
    jw_share(w, a);
    jw_close(w, '}');
}

static void jw_std(struct jw *w, const int64_t st[JQL_NSTATUS])
{
    jw_open(w, '{', true);
    for (int k = 0; k < JQL_NSTATUS; k++)
        jw_int(w, jql_status_name((enum jql_status)k), st[k]);
    struct jql_amounts a = jql_port_std_amounts(st);
    jw_share(w, &a);
    jw_close(w, '}');
}

static void jw_evidence(struct jw *w, const struct jql_portfolio *p)
{
    jw_key(w, "evidence");
    jw_open(w, '{', true);
    jw_int(w, "outcomes", p->outcomes);
    jw_int(w, "decided", p->decided);
    jw_int(w, "untested", p->untested);
    char buf[16];
    if (p->outcomes)
        jql_port_pct(jql_dec_from_int(p->decided), jql_dec_from_int(p->outcomes), buf);
    jw_str(w, "completeness", p->outcomes ? buf : NULL);
    jw_close(w, '}');
}

static void jw_missing(struct jw *w, const struct jql_portfolio *p)
{
    jw_key(w, "missing");
    jw_open(w, '[', false);
    for (int i = 0; i < p->nmissing; i++) {
        jw_item(w);
        jw_open(w, '{', true);
        jw_str(w, "fact", p->missing[i].path);
        jw_int(w, "employers", p->missing[i].employers);
        jw_int(w, "outcomes", p->missing[i].outcomes);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

static void jw_shares(struct jw *w, const struct jql_portfolio *p, const struct jql_amounts *tiers,
                      const struct jql_amounts *stds, bool weighted)
{
    jw_key(w, "tiers");
    jw_open(w, '{', false);
    for (int t = 0; t < p->ntiers; t++) {
        jw_key(w, p->tier_ids[t]);
        jw_reach(w, &tiers[t], weighted);
    }
    jw_close(w, '}');
    jw_key(w, "standards");
    jw_open(w, '{', false);
    for (int s = 0; s < p->nstds; s++) {
        jw_key(w, p->std_ids[s]);
        if (weighted)
            jw_reach(w, &stds[s], true);
        else
            jw_std(w, p->stds[s]);
    }
    jw_close(w, '}');
}

static void jw_weights(struct jw *w, const struct jql_portfolio *p)
{
    jw_key(w, "weights");
    jw_open(w, '{', false);
    for (int i = 0; i < p->nweights; i++) {
        const struct jql_pweight *pw = &p->weights[i];
        jw_key(w, pw->fact);
        jw_open(w, '{', false);
        jw_shares(w, p, pw->tiers, pw->stds, true);
        jw_int(w, "unknown", pw->unknown);
        jw_close(w, '}');
    }
    jw_close(w, '}');
}

static void jw_portfolio(struct jw *w, const struct jql_portfolio *p, bool top);

static void jw_groups(struct jw *w, const struct jql_portfolio *p)
{
    jw_key(w, "groups");
    jw_open(w, '[', false);
    for (int i = 0; i < p->ngroups; i++) {
        jw_item(w);
        jw_open(w, '{', false);
        jw_key(w, "by");
        jw_open(w, '{', true);
        for (int k = 0; k < p->ngroup_facts; k++)
            jw_str(w, p->group_facts[k], p->groups[i].by[k]);
        jw_close(w, '}');
        jw_key(w, "portfolio");
        jw_portfolio(w, p->groups[i].p, false);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

/* The run's portfolio always has `groups` (empty without --group-by); a group's has none. */
static void jw_portfolio(struct jw *w, const struct jql_portfolio *p, bool top)
{
    jw_open(w, '{', false);
    jw_key(w, "employers");
    jw_open(w, '{', true);
    for (int k = 0; k < JQL_NSTATUS; k++)
        jw_int(w, jql_status_name((enum jql_status)k), p->employers[k]);
    jw_close(w, '}');
    jw_shares(w, p, p->tiers, NULL, false);
    jw_evidence(w, p);
    jw_missing(w, p);
    jw_weights(w, p);
    if (top)
        jw_groups(w, p);
    jw_close(w, '}');
}

static const char *const goal_status_names[] = {"met", "not_met", "undecided"};

static const char *goal_target(const struct jql_goal *g)
{
    return jql_sprintf("%s %s%%", g->strict ? ">" : ">=", jql_dec_format(g->pct, 0));
}

static const char *date_text(const struct jql_date_opt *d)
{
    return d->set ? jql_value_format(jql_value_date(d->days)) : NULL;
}

static void jw_goal(struct jw *w, const struct jql_pgoal *pg)
{
    const struct jql_goal *g = pg->g;
    jw_open(w, '{', false);
    jw_str(w, "id", g->id);
    jw_str(w, "title", g->title.s ? g->title.s : "");
    jw_str(w, "status", goal_status_names[pg->status]);
    jw_str(w, "of", jql_sprintf("%s %s", g->passing ? "passing" : "reaching", g->target));
    jw_str(w, "target", goal_target(g));
    jw_str(w, "deadline", date_text(&g->deadline));
    jw_int(w, "population", pg->population);
    jw_int(w, "left_out", pg->left_out);
    jw_str(w, "weight", g->weight);
    jw_amounts(w, &pg->a, 3, g->weight != NULL); /* a goal's population has no error */
    if (g->weight)
        jw_int(w, "unknown", pg->unknown);
    jw_share(w, &pg->a);
    jw_str(w, "cite", g->cite.s ? g->cite.s : "");
    jw_str(w, "advice", g->advice.s ? g->advice.s : "");
    jw_close(w, '}');
}

void jql_report_port_json(FILE *out, const struct jql_report *r, int ind)
{
    struct jw w = {.f = out, .pretty = ind >= 0, .base = ind < 0 ? 0 : ind / 2};
    w.n[0] = 0;
    jw_key(&w, "portfolio");
    if (r->port)
        jw_portfolio(&w, r->port, true);
    else
        fputs("null", out);
    jw_key(&w, "goals");
    jw_open(&w, '[', false);
    for (int i = 0; i < r->ngoals; i++) {
        jw_item(&w);
        jw_goal(&w, &r->goals[i]);
    }
    jw_close(&w, ']');
}

/* ---- text ---- */

/* "62.5% (58.0–71.3%)", "n/a" when nothing decided it; `pad`: to a column of 21. */
static const char *share_line(const struct jql_amounts *a, bool pad)
{
    struct jql_share_text t;
    jql_port_share_text(a, &t);
    const char *s = !t.has_bounds ? "n/a"
                                  : jql_sprintf("%s (%.*s\xe2\x80\x93%s)",
                                                t.has_share ? t.share : "n/a",
                                                (int)strlen(t.low) - 1, t.low, t.high);
    int cols = (int)strlen(s) - (t.has_bounds ? 2 : 0); /* the en dash: 3 bytes, 1 column */
    return pad && cols < 21 ? jql_sprintf("%s%*s", s, 21 - cols, "") : s;
}

static int id_width(const char *const *ids, int n)
{
    int w = 0;
    for (int i = 0; i < n; i++)
        if ((int)strlen(ids[i]) > w)
            w = (int)strlen(ids[i]);
    return w;
}

static void text_id(FILE *out, int ind, const char *id, int w)
{
    fprintf(out, "%*s", ind, "");
    jql_term_puts(out, id, JQL_TERM_LINE);
    fprintf(out, "%*s  ", (int)(w - strlen(id)), "");
}

static void text_reach(FILE *out, const struct jql_amounts *a)
{
    static const char *const names[] = {"reached", "undecided", "not reached", "error"};
    for (int k = 0; k < JQL_NREACH; k++) {
        char buf[JQL_DEC_TEXT_MAX];
        fprintf(out, "%s%s %s", k ? ", " : "", amount_text(a->n[k], buf), names[k]);
    }
}

static void text_shares(FILE *out, int ind, const struct jql_portfolio *p,
                        const struct jql_amounts *tiers, const struct jql_amounts *stds)
{
    int w = id_width(p->tier_ids, p->ntiers), ws = id_width(p->std_ids, p->nstds);
    w = w > ws ? w : ws;
    if (p->ntiers)
        fprintf(out, "%*stiers:\n", ind, "");
    for (int t = 0; t < p->ntiers; t++) {
        text_id(out, ind + 2, p->tier_ids[t], w);
        fprintf(out, "%s  ", share_line(&tiers[t], true));
        text_reach(out, &tiers[t]);
        fputc('\n', out);
    }
    fprintf(out, "%*sstandards:\n", ind, "");
    for (int s = 0; s < p->nstds; s++) {
        text_id(out, ind + 2, p->std_ids[s], w);
        if (stds) {
            fprintf(out, "%s  ", share_line(&stds[s], true));
            text_reach(out, &stds[s]);
        } else {
            struct jql_amounts a = jql_port_std_amounts(p->stds[s]);
            fputs(share_line(&a, true), out);
            for (int k = 0; k < JQL_NSTATUS; k++)
                fprintf(out, "%s%lld %s", k ? ", " : "  ", (long long)p->stds[s][k],
                        jql_status_name((enum jql_status)k));
        }
        fputc('\n', out);
    }
}

static void text_missing(FILE *out, int ind, const struct jql_portfolio *p)
{
    enum { TOP = 20 };
    char buf[16] = "n/a";
    if (p->outcomes)
        jql_port_pct(jql_dec_from_int(p->decided), jql_dec_from_int(p->outcomes), buf);
    fprintf(out, "%*sevidence: %lld of %lld rule outcomes decided (%s), %lld untested\n", ind, "",
            (long long)p->decided, (long long)p->outcomes, buf, (long long)p->untested);
    if (!p->nmissing)
        return;
    fprintf(out, "%*smissing evidence (facts that would decide the most untested outcomes):\n",
            ind, "");
    int w = 0;
    for (int i = 0; i < p->nmissing && i < TOP; i++)
        if ((int)strlen(p->missing[i].path) > w)
            w = (int)strlen(p->missing[i].path);
    for (int i = 0; i < p->nmissing && i < TOP; i++) {
        const struct jql_pmissing *m = &p->missing[i];
        text_id(out, ind + 2, m->path, w);
        fprintf(out, "%lld outcome%s, %lld employer%s\n", (long long)m->outcomes,
                m->outcomes == 1 ? "" : "s", (long long)m->employers,
                m->employers == 1 ? "" : "s");
    }
    if (p->nmissing > TOP)
        fprintf(out, "%*s... and %d more (all of them in --format json)\n", ind + 2, "",
                p->nmissing - TOP);
}

static void text_portfolio(FILE *out, int ind, const struct jql_portfolio *p)
{
    text_shares(out, ind, p, p->tiers, NULL);
    text_missing(out, ind, p);
    for (int i = 0; i < p->nweights; i++) {
        const struct jql_pweight *pw = &p->weights[i];
        fprintf(out, "%*sweighted by ", ind, "");
        jql_term_puts(out, pw->fact, JQL_TERM_LINE);
        if (pw->unknown)
            fprintf(out, " (%lld employer%s with the weight unknown: in no amount)",
                    (long long)pw->unknown, pw->unknown == 1 ? "" : "s");
        fputs(":\n", out);
        text_shares(out, ind + 2, p, pw->tiers, pw->stds);
    }
}

static void text_groups(FILE *out, const struct jql_portfolio *p)
{
    for (int i = 0; i < p->ngroups; i++) {
        const struct jql_pgroup *g = &p->groups[i];
        int64_t n = 0;
        for (int k = 0; k < JQL_NSTATUS; k++)
            n += g->p->employers[k];
        fputs("\ngroup ", out);
        for (int k = 0; k < p->ngroup_facts; k++) {
            fputs(k ? ", " : "", out);
            jql_term_puts(out, p->group_facts[k], JQL_TERM_LINE);
            fputs(" = ", out);
            jql_term_puts(out, g->by[k] ? g->by[k] : "(unknown)", JQL_TERM_LINE);
        }
        fprintf(out, ": %lld employer%s\n", (long long)n, n == 1 ? "" : "s");
        text_portfolio(out, 2, g->p);
    }
}

/* Each goal as `jqlc test` shows one: status, target, share with its bounds and the
   amounts, population, deadline and cite. */
void jql_report_goals_text(FILE *out, const struct jql_report *r)
{
    static const char *const st[] = {"met", "NOT MET", "undecided"};
    if (!r->ngoals)
        return;
    fputs("goals:\n", out);
    for (int i = 0; i < r->ngoals; i++) {
        const struct jql_pgoal *pg = &r->goals[i];
        const struct jql_goal *g = pg->g;
        char b[3][JQL_DEC_TEXT_MAX];
        fputs("  ", out);
        jql_term_puts(out, g->id, JQL_TERM_LINE);
        fprintf(out, "  %s", st[pg->status]);
        if (g->title.s && *g->title.s) {
            fputs("  ", out);
            jql_term_puts(out, g->title.s, JQL_TERM_LINE);
        }
        fputs("\n      target: ", out);
        jql_term_puts(out, jql_ast_goal_share(g), JQL_TERM_LINE);
        fprintf(out, "\n      share: %s: %s reached, %s undecided, %s not reached\n",
                share_line(&pg->a, false), amount_text(pg->a.n[0], b[0]),
                amount_text(pg->a.n[1], b[1]), amount_text(pg->a.n[2], b[2]));
        fprintf(out, "      population: %lld employer%s", (long long)pg->population,
                pg->population == 1 ? "" : "s");
        if (pg->left_out)
            fprintf(out, "; %lld left out ('where' unknown)", (long long)pg->left_out);
        if (pg->unknown)
            fprintf(out, "; %lld with no known weight", (long long)pg->unknown);
        fputc('\n', out);
        if (g->deadline.set)
            fprintf(out, "      deadline: %s\n", date_text(&g->deadline));
        if (g->cite.s && *g->cite.s) {
            fputs("      cite: ", out);
            jql_term_puts(out, g->cite.s, JQL_TERM_LINES);
            fputc('\n', out);
        }
    }
}

void jql_report_port_text(FILE *out, const struct jql_report *r)
{
    if (r->port) {
        text_portfolio(out, 0, r->port);
        text_groups(out, r->port);
    }
    jql_report_goals_text(out, r);
}
