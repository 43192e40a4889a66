/*
** report_md: the Markdown report (docs/cli.md, "Markdown and HTML reports"): the
** portfolio summary and goals as GitHub-flavoured tables, the stamp, then each employer
** with its standards and the rules that did not pass. It renders on a git forge; every
** text from a rule or fact file is escaped, so none of it becomes markup or a link.
*/
#include "report_int.h"

#include "mem.h"

#include <inttypes.h>
#include <string.h>

static const char *const md_status_heads = "| pass | fail | untested | not applicable | error |";
static const char *const md_status_rule = "|---:|---:|---:|---:|---:|";

static void md(FILE *out, const char *s)
{
    jql_pub_text(out, s, JQL_ESC_MD);
}

/* ---- each employer ---- */

static void md_diags(FILE *out, const struct jql_remployer *e)
{
    enum { SHOWN = 3 }; /* as the text report: the full list is on standard error */
    for (int i = 0; i < e->ndiags && i < SHOWN; i++) {
        const struct jql_diag *dg = e->diags[i];
        fputs("- ", out);
        if (dg->loc.src) {
            md(out, jql_loc_str(dg->loc));
            fputs(": ", out);
        }
        fprintf(out, "%s: ", jql_diag_severity_name(dg->sev));
        md(out, dg->msg);
        fputc('\n', out);
    }
    if (e->ndiags > SHOWN)
        fprintf(out, "- and %d more diagnostic%s\n", e->ndiags - SHOWN,
                e->ndiags - SHOWN == 1 ? "" : "s");
    if (e->ndiags)
        fputc('\n', out);
}

static void md_stds(FILE *out, const struct jql_remployer *e)
{
    if (!e->nstds)
        return;
    fputs("| standard | status | title |\n|---|---|---|\n", out);
    for (int i = 0; i < e->nstds; i++) {
        const struct jql_rstd *sd = &e->stds[i];
        fputs("| ", out);
        md(out, sd->id);
        fprintf(out, " | %s | ", jql_status_name(jql_pub_status(sd->status)));
        md(out, sd->title);
        if (sd->version && *sd->version) {
            fputs(" (version ", out);
            md(out, sd->version);
            fputc(')', out);
        }
        if (sd->reason && *sd->reason) {
            fputs(" \xe2\x80\x94 ", out);
            md(out, sd->reason);
        }
        fputs(" |\n", out);
    }
    fputc('\n', out);
}

static void md_detail(FILE *out, const char *label, const char *val)
{
    if (!val || !*val)
        return;
    fprintf(out, "  - %s: ", label);
    md(out, val);
    fputc('\n', out);
}

/* "- **STD.RULE** fail (recommended): REASON", then missing / advice / cite. */
static void md_rule(FILE *out, const struct jql_rstd *sd, const struct jql_rrule *ru)
{
    fputs("- **", out);
    md(out, sd->id);
    fputc('.', out);
    md(out, ru->id);
    fprintf(out, "** %s", jql_status_name(jql_pub_status(ru->status)));
    if (ru->level && strcmp(ru->level, "recommended") == 0)
        fputs(" (recommended)", out);
    if (ru->reason && *ru->reason) {
        fputs(": ", out);
        md(out, ru->reason);
    }
    fputc('\n', out);
    md_detail(out, "missing", jql_join(ru->missing, ru->nmissing, ", "));
    if (jql_pub_status(ru->status) == JQL_FAIL) {
        md_detail(out, "advice", ru->advice);
        md_detail(out, "cite", ru->cite);
    }
}

void jql_md_employer(FILE *out, const struct jql_remployer *e)
{
    fputs("### ", out);
    md(out, e->name);
    fprintf(out, " \xe2\x80\x94 %s\n\n", jql_status_name(jql_pub_status(e->status)));
    if (e->file && *e->file) {
        md(out, e->file);
        fprintf(out, ":%d \xc2\xb7 ", e->line);
    }
    fputs("tiers: ", out);
    if (!e->ntiers)
        fputs("none", out);
    for (int i = 0; i < e->ntiers; i++) {
        fputs(i ? ", " : "", out);
        md(out, e->tiers[i]);
    }
    fputs("\n\n", out);
    if (jql_pub_status(e->status) == JQL_ERROR)
        md_diags(out, e);
    md_stds(out, e);
    bool any = false;
    for (int i = 0; i < e->nstds; i++)
        for (int k = 0; k < e->stds[i].nrules; k++)
            if (jql_pub_status(e->stds[i].rules[k].status) != JQL_PASS) {
                md_rule(out, &e->stds[i], &e->stds[i].rules[k]);
                any = true;
            }
    if (any)
        fputc('\n', out);
}

/* ---- the portfolio ---- */

/* A share cell: "62.5% (58.0–71.3%)", or "hidden" in a group too small to show. */
static void md_share(FILE *out, const struct jql_amounts *a, bool hide)
{
    if (hide) {
        fputs("hidden", out);
        return;
    }
    struct jql_share_text t;
    char buf[JQL_PUB_SHARE_MAX];
    jql_port_share_text(a, &t);
    jql_pub_share(&t, buf);
    fputs(buf, out);
}

/* "| reached | undecided | not reached | error | share |" cells of one share. */
static void md_amount_cells(FILE *out, const struct jql_amounts *a, int digits, bool hide)
{
    static const int order[] = {JQL_REACH_REACHED, JQL_REACH_UNDECIDED, JQL_REACH_NOT,
                                JQL_REACH_ERROR};
    for (int i = 0; i < 4; i++) {
        fputs(" | ", out);
        jql_pub_amount(out, a->n[order[i]], digits);
    }
    fputs(" | ", out);
    md_share(out, a, hide);
    fputs(" |\n", out);
}

static const char *const md_share_head =
    " | reached | undecided | not reached | error | share (low\xe2\x80\x93high) |\n"
    "|---|---:|---:|---:|---:|---|\n";

static void md_tiers(FILE *out, const struct jql_portfolio *p, bool hide)
{
    if (!p->ntiers)
        return;
    fprintf(out, "| tier%s", md_share_head);
    for (int i = 0; i < p->ntiers; i++) {
        fputs("| ", out);
        md(out, p->tier_ids[i]);
        md_amount_cells(out, &p->tiers[i], -1, hide);
    }
    fputc('\n', out);
}

static void md_stds_share(FILE *out, const struct jql_portfolio *p, bool hide)
{
    if (!p->nstds)
        return;
    fprintf(out, "| standard %s share (low\xe2\x80\x93high) |\n|---%s---|\n", md_status_heads,
            md_status_rule);
    for (int i = 0; i < p->nstds; i++) {
        fputs("| ", out);
        md(out, p->std_ids[i]);
        for (int k = 0; k < JQL_NSTATUS; k++)
            fprintf(out, " | %" PRId64, p->stds[i][k]);
        fputs(" | ", out);
        struct jql_amounts a = jql_port_std_amounts(p->stds[i]);
        md_share(out, &a, hide);
        fputs(" |\n", out);
    }
    fputc('\n', out);
}

static void md_evidence(FILE *out, const struct jql_portfolio *p, bool hide)
{
    fprintf(out, "Evidence: %" PRId64 " rule outcomes, %" PRId64 " decided (pass, fail or "
            "not applicable), %" PRId64 " untested; completeness ",
            p->outcomes, p->decided, p->untested);
    char pct[16] = "n/a";
    if (p->outcomes > 0)
        jql_port_pct(jql_dec_from_int(p->decided), jql_dec_from_int(p->outcomes), pct);
    fprintf(out, "%s.\n\n", hide ? "hidden" : pct);
}

static void md_weights(FILE *out, const struct jql_portfolio *p, const char *h, bool hide)
{
    for (int w = 0; w < p->nweights; w++) {
        const struct jql_pweight *pw = &p->weights[w];
        fprintf(out, "%s Weighted by ", h);
        md(out, pw->fact);
        fputs("\n\n", out);
        fprintf(out, "| tier or standard%s", md_share_head);
        for (int i = 0; i < p->ntiers; i++) {
            fputs("| tier ", out);
            md(out, p->tier_ids[i]);
            md_amount_cells(out, &pw->tiers[i], pw->type_digits, hide);
        }
        for (int i = 0; i < p->nstds; i++) {
            fputs("| standard ", out);
            md(out, p->std_ids[i]);
            md_amount_cells(out, &pw->stds[i], pw->type_digits, hide);
        }
        fputs("\nEmployers whose ", out);
        md(out, pw->fact);
        fprintf(out, " is unknown, in no amount: %" PRId64 ".\n\n", pw->unknown);
    }
}

/* Tiers, standards, evidence and weights of the run or of one group (h: the headings'
   level). */
static void md_portfolio(FILE *out, const struct jql_portfolio *p, const char *h, bool hide)
{
    fprintf(out, "%s Tiers\n\n", h);
    if (!p->ntiers)
        fputs("No tiers are declared.\n\n", out);
    md_tiers(out, p, hide);
    fprintf(out, "%s Standards\n\n", h);
    md_stds_share(out, p, hide);
    md_evidence(out, p, hide);
    md_weights(out, p, h, hide);
}

static void md_missing(FILE *out, const struct jql_portfolio *p)
{
    enum { TOP = 20 };
    fputs("## Missing evidence\n\nThe facts that, once collected, would decide the most "
          "untested rule outcomes.\n\n", out);
    if (!p->nmissing) {
        fputs("No fact is missing.\n\n", out);
        return;
    }
    fputs("| fact | employers | outcomes |\n|---|---:|---:|\n", out);
    for (int i = 0; i < p->nmissing && i < TOP; i++) {
        fputs("| ", out);
        md(out, p->missing[i].path);
        fprintf(out, " | %" PRId64 " | %" PRId64 " |\n", p->missing[i].employers,
                p->missing[i].outcomes);
    }
    if (p->nmissing > TOP)
        fprintf(out, "\nThe first %d of %d facts (all are in the JSON report).\n", TOP,
                p->nmissing);
    fputc('\n', out);
}

/* "org.sector = childcare, org.region = (unknown)" */
static void md_group_name(FILE *out, const struct jql_portfolio *p, const struct jql_pgroup *g)
{
    for (int k = 0; k < p->ngroup_facts; k++) {
        fputs(k ? ", " : "", out);
        md(out, p->group_facts[k]);
        fputs(" = ", out);
        md(out, g->by[k] ? g->by[k] : "(unknown)");
    }
}

/* One row per group: its employers and its share of each tier. */
static void md_group_table(FILE *out, const struct jql_portfolio *p, int min)
{
    fputs("| group | employers |", out);
    for (int i = 0; i < p->ntiers; i++) {
        fputc(' ', out);
        md(out, p->tier_ids[i]);
        fputs(" |", out);
    }
    fputs("\n|---|---:|", out);
    for (int i = 0; i < p->ntiers; i++)
        fputs("---|", out);
    fputc('\n', out);
    for (int g = 0; g < p->ngroups; g++) {
        const struct jql_portfolio *gp = p->groups[g].p;
        fputs("| ", out);
        md_group_name(out, p, &p->groups[g]);
        fprintf(out, " | %" PRId64 " |", jql_pub_employers(gp));
        for (int i = 0; i < gp->ntiers; i++) {
            fputc(' ', out);
            md_share(out, &gp->tiers[i], jql_pub_employers(gp) < min);
            fputs(" |", out);
        }
        fputc('\n', out);
    }
    fputc('\n', out);
}

static void md_groups(FILE *out, const struct jql_portfolio *p, int min)
{
    if (!p->ngroup_facts)
        return;
    fputs("## Groups by ", out);
    for (int k = 0; k < p->ngroup_facts; k++) {
        fputs(k ? ", " : "", out);
        md(out, p->group_facts[k]);
    }
    fprintf(out, "\n\nA group of fewer than %d employers shows its counts but not its "
            "shares.\n\n", min);
    md_group_table(out, p, min);
    for (int g = 0; g < p->ngroups; g++) {
        const struct jql_portfolio *gp = p->groups[g].p;
        int64_t n = jql_pub_employers(gp);
        fputs("### ", out);
        md_group_name(out, p, &p->groups[g]);
        fprintf(out, " (%" PRId64 " employer%s)\n\n", n, n == 1 ? "" : "s");
        md_portfolio(out, gp, "####", n < min);
    }
}

static void md_counts_row(FILE *out, const char *kind, const int64_t c[JQL_NSTATUS])
{
    int64_t total = 0;
    for (int i = 0; i < JQL_NSTATUS; i++)
        total += c[i];
    fprintf(out, "| %s | %" PRId64, kind, total);
    for (int i = 0; i < JQL_NSTATUS; i++)
        fprintf(out, " | %" PRId64, c[i]);
    fputs(" |\n", out);
}

static void md_counts(FILE *out, const struct jql_report *r)
{
    static const char *const kinds[] = {"employers", "standards", "rules"};
    fprintf(out, "## Summary\n\n|  | total %s\n|---|---:%s\n", md_status_heads, md_status_rule);
    for (int k = 0; k < 3; k++) {
        int64_t c[JQL_NSTATUS];
        for (int i = 0; i < JQL_NSTATUS; i++)
            c[i] = r->counts[k][i];
        md_counts_row(out, kinds[k], c);
    }
    fputc('\n', out);
}

/* ---- goals ---- */

static void md_goal_row(FILE *out, const struct jql_pgoal *pg)
{
    const struct jql_goal *g = pg->g;
    fputs("| ", out);
    md(out, g->id);
    if (g->title.s && *g->title.s) {
        fputs(": ", out);
        md(out, g->title.s);
    }
    fprintf(out, " | **%s** | %s ", jql_pub_goal_status(pg->status),
            g->passing ? "passing" : "reaching");
    md(out, g->target);
    if (g->weight) {
        fputs(" weighted by ", out);
        md(out, g->weight);
    }
    fputs(" | ", out);
    md(out, jql_pub_goal_target(g));
    fprintf(out, " | %s | %" PRId64 " | %" PRId64, jql_pub_goal_deadline(g), pg->population,
            pg->left_out);
    static const int order[] = {JQL_REACH_REACHED, JQL_REACH_UNDECIDED, JQL_REACH_NOT};
    for (int i = 0; i < 3; i++) {
        fputs(" | ", out);
        jql_pub_amount(out, pg->a.n[order[i]], pg->type_digits);
    }
    fputs(" | ", out);
    md_share(out, &pg->a, false);
    fputs(" |\n", out);
}

static void md_goals(FILE *out, const struct jql_report *r)
{
    if (!r->ngoals)
        return;
    fputs("## Goals\n\n| goal | status | measure | target | deadline | population | left out "
          "| reached | undecided | not reached | share (low\xe2\x80\x93high) |\n"
          "|---|---|---|---|---|---:|---:|---:|---:|---:|---|\n", out);
    for (int i = 0; i < r->ngoals; i++)
        md_goal_row(out, &r->goals[i]);
    fputc('\n', out);
    bool any = false;
    for (int i = 0; i < r->ngoals; i++) {
        const struct jql_goal *g = r->goals[i].g;
        bool cite = g->cite.s && *g->cite.s, advice = g->advice.s && *g->advice.s;
        if (!cite && !advice)
            continue;
        any = true;
        fputs("- ", out);
        md(out, g->id);
        if (cite) {
            fputs(": cite: ", out);
            md(out, g->cite.s);
        }
        if (advice) {
            fputs(cite ? "; advice: " : ": advice: ", out);
            md(out, g->advice.s);
        }
        fputc('\n', out);
    }
    if (any)
        fputc('\n', out);
}

/* ---- the document ---- */

static void md_outside(FILE *out, const struct jql_report *r)
{
    if (!r->ndiags)
        return;
    fputs("## Problems outside employers\n\n", out);
    struct jql_remployer e = {.diags = r->diags, .ndiags = r->ndiags};
    md_diags(out, &e);
}

static void md_stamp(FILE *out, const struct jql_report *r)
{
    fputs("## Stamp\n\njqlc ", out);
    md(out, r->version);
    fputs(", as of ", out);
    md(out, r->as_of);
    fputs(". The same rule and fact files (by their SHA-256) and the same params give the "
          "same report.\n\n", out);
    if (r->nparams) {
        fputs("| param | value |\n|---|---|\n", out);
        for (int i = 0; i < r->nparams; i++) {
            fputs("| ", out);
            md(out, r->params[i].name);
            fputs(" | ", out);
            md(out, r->params[i].value);
            fputs(" |\n", out);
        }
        fputc('\n', out);
    }
    if (r->nfiles) {
        fputs("| file | kind | SHA-256 |\n|---|---|---|\n", out);
        for (int i = 0; i < r->nfiles; i++) {
            fputs("| ", out);
            md(out, r->files[i].path);
            fprintf(out, " | %s | `%s` |\n", r->files[i].kind, r->files[i].sha256);
        }
    }
}

void jql_md_end(struct jql_sink *s)
{
    FILE *out = s->out;
    const struct jql_report *r = s->r;
    fputs("# Job quality report\n\nAs of ", out);
    md(out, r->as_of);
    fputs("\n\n", out);
    md_counts(out, r);
    if (r->port) {
        int min = jql_pub_min_cell(&s->o);
        fputs("A share counts the employers decided; its bounds (in brackets) count every "
              "undecided employer as not reaching, then as reaching.\n\n", out);
        md_portfolio(out, r->port, "##", false);
        md_missing(out, r->port);
        md_groups(out, r->port, min);
    }
    md_goals(out, r);
    md_outside(out, r);
    if (!s->o.summary_only) {
        fputs("## Employers\n\n", out);
        jql_pub_copy(s);
    }
    md_stamp(out, r);
}
