/*
** report_html: the HTML report, an agency's public page (docs/cli.md, "Markdown and HTML
** reports"). One self-contained file: the style inline, the charts inline SVG, no
** script, no font, image or link that leaves the page, and a Content-Security-Policy
** that forbids them all, so that even a text the escaping missed could load nothing.
** Every text from a rule or fact file is escaped. The page reads on a phone (the charts
** and tables reflow), prints (employers open, colours kept) and reads aloud (table
** headers, a label on every chart).
*/
#include "report_int.h"

#include "mem.h"

#include <inttypes.h>
#include <string.h>

static const char html_style[] =
    ":root{--ink:#1b1f24;--muted:#4b5563;--line:#d0d7de;--soft:#f3f5f7;--bar:#1f5fa8;"
    "--band:#a8c6ea;--track:#e6eaee;--target:#b3261e}\n"
    "*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,"
    "\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif}\n"
    "main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}\n"
    "h1{font-size:1.7rem;margin:.5rem 0 .25rem}\n"
    "h2{font-size:1.3rem;margin:2.25rem 0 .5rem;padding-bottom:.2rem;"
    "border-bottom:2px solid var(--line)}\n"
    "h3{font-size:1.1rem;margin:1.5rem 0 .4rem}\n"
    "p{margin:.4rem 0}.muted,.lead{color:var(--muted)}\n"
    "nav{display:flex;flex-wrap:wrap;gap:.1rem 1rem}nav a{color:var(--bar)}\n"
    ".scroll{overflow-x:auto;max-width:100%}\n"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.93rem}\n"
    "caption{text-align:left;font-weight:600;padding:.2rem 0}\n"
    "th,td{border:1px solid var(--line);padding:.3rem .55rem;text-align:left;"
    "vertical-align:top}\n"
    "thead th{background:var(--soft)}tbody th{font-weight:normal}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}\n"
    "code.sha{word-break:break-all}\n"
    ".chart{margin:.75rem 0 1rem}\n"
    ".chart figcaption{font-weight:600;margin-bottom:.3rem}\n"
    ".row{display:grid;grid-template-columns:minmax(7rem,16rem) minmax(6rem,1fr) 11rem;"
    "gap:.2rem .8rem;align-items:center;padding:.2rem 0;border-bottom:1px solid var(--soft)}\n"
    ".row .lbl{overflow-wrap:anywhere}\n"
    ".row .val{font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "svg.bar{display:block;width:100%;height:1.1rem}\n"
    ".track{fill:var(--track)}.band{fill:var(--band)}.fill{fill:var(--bar)}\n"
    ".target{stroke:var(--target);stroke-width:3px}\n"
    ".legend{font-size:.9rem;color:var(--muted)}\n"
    ".legend svg{width:1.6rem;height:.8rem;vertical-align:middle;margin:0 .2rem 0 .6rem}\n"
    ".badge{display:inline-block;padding:0 .45rem;border-radius:.3rem;font-size:.85rem;"
    "font-weight:600;white-space:nowrap}\n"
    ".pass,.met{background:#dcf1e2;color:#14532d}"
    ".fail,.not-met{background:#fde1df;color:#8a1c12}\n"
    ".untested,.undecided{background:#fff0bf;color:#5c3b00}"
    ".not_applicable{background:#e9edf1;color:#374151}"
    ".error{background:#8a1c12;color:#fff}\n"
    "details{border:1px solid var(--line);border-radius:.4rem;margin:.45rem 0;"
    "padding:.35rem .7rem}\n"
    "summary{cursor:pointer}summary .name{font-weight:600;overflow-wrap:anywhere}\n"
    "ul.rules{padding-left:1.1rem}ul.rules li{margin:.55rem 0}\n"
    "dl{margin:.2rem 0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .7rem}"
    "dt{color:var(--muted)}dd{margin:0}\n"
    ".why,dd{white-space:pre-line;overflow-wrap:anywhere}\n"
    "code{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;"
    "font-size:.88em;overflow-wrap:break-word}\n"
    "@media (max-width:40rem){main{padding:.75rem .75rem 2rem}\n"
    ".row{grid-template-columns:1fr auto}.row .lbl{grid-column:1;grid-row:1}"
    ".row .val{grid-column:2;grid-row:1}.row svg{grid-column:1/-1;grid-row:2}\n"
    "table{font-size:.8rem}th,td{padding:.2rem .3rem}dl{grid-template-columns:1fr}}\n"
    "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}nav{display:none}\n"
    "summary{break-after:avoid}details::details-content{content-visibility:visible;"
    "display:block}\n"
    ".scroll{overflow:visible}h2{break-after:avoid}}\n";

static void esc(FILE *out, const char *s)
{
    jql_pub_text(out, s, JQL_ESC_HTML);
}

static void badge(FILE *out, uint8_t st)
{
    const char *name = jql_status_name(jql_pub_status(st));
    fprintf(out, "<span class=\"badge %s\">%s</span>", name, name);
}

/* ---- each employer ---- */

static void html_diags(FILE *out, const struct jql_diag *const *dg, int n)
{
    enum { SHOWN = 3 }; /* as the text report: the full list is on standard error */
    fputs("<ul class=\"diags\">", out);
    for (int i = 0; i < n && i < SHOWN; i++) {
        fputs("<li>", out);
        if (dg[i]->loc.src) {
            fputs("<code>", out);
            esc(out, jql_loc_str(dg[i]->loc));
            fputs("</code>: ", out);
        }
        fprintf(out, "%s: ", jql_diag_severity_name(dg[i]->sev));
        esc(out, dg[i]->msg);
        fputs("</li>", out);
    }
    if (n > SHOWN)
        fprintf(out, "<li>and %d more diagnostic%s</li>", n - SHOWN, n - SHOWN == 1 ? "" : "s");
    fputs("</ul>\n", out);
}

static void html_std_rows(FILE *out, const struct jql_remployer *e)
{
    fputs("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Standard</th>"
          "<th scope=\"col\">Status</th><th scope=\"col\">Title</th></tr></thead><tbody>\n", out);
    for (int i = 0; i < e->nstds; i++) {
        const struct jql_rstd *sd = &e->stds[i];
        fputs("<tr><th scope=\"row\"><code>", out);
        esc(out, sd->id);
        fputs("</code></th><td>", out);
        badge(out, sd->status);
        fputs("</td><td>", out);
        esc(out, sd->title);
        if (sd->version && *sd->version) {
            fputs(" <span class=\"muted\">(version ", out);
            esc(out, sd->version);
            fputs(")</span>", out);
        }
        if (sd->reason && *sd->reason) {
            fputs("<br>", out);
            esc(out, sd->reason);
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table></div>\n", out);
}

static void html_detail(FILE *out, const char *label, const char *val)
{
    if (!val || !*val)
        return;
    fprintf(out, "<dt>%s</dt><dd>", label);
    jql_pub_text(out, val, JQL_ESC_HTML_LINES);
    fputs("</dd>", out);
}

static void html_rule(FILE *out, const struct jql_rstd *sd, const struct jql_rrule *ru)
{
    fputs("<li><code>", out);
    esc(out, sd->id);
    fputc('.', out);
    esc(out, ru->id);
    fputs("</code> ", out);
    badge(out, ru->status);
    if (ru->level && strcmp(ru->level, "recommended") == 0)
        fputs(" <span class=\"muted\">recommended</span>", out);
    fputs("<dl>", out);
    html_detail(out, "why", ru->reason);
    html_detail(out, "missing", jql_join(ru->missing, ru->nmissing, ", "));
    if (jql_pub_status(ru->status) == JQL_FAIL) {
        html_detail(out, "advice", ru->advice);
        html_detail(out, "cite", ru->cite);
    }
    fputs("</dl></li>\n", out);
}

static void html_rules(FILE *out, const struct jql_remployer *e)
{
    bool open = false;
    for (int i = 0; i < e->nstds; i++)
        for (int k = 0; k < e->stds[i].nrules; k++) {
            if (jql_pub_status(e->stds[i].rules[k].status) == JQL_PASS)
                continue;
            if (!open)
                fputs("<ul class=\"rules\">\n", out);
            open = true;
            html_rule(out, &e->stds[i], &e->stds[i].rules[k]);
        }
    if (open)
        fputs("</ul>\n", out);
}

void jql_html_employer(FILE *out, const struct jql_remployer *e)
{
    fputs("<details><summary><span class=\"name\">", out);
    esc(out, e->name);
    fputs("</span> ", out);
    badge(out, e->status);
    fputs(" <span class=\"muted\">tiers: ", out);
    if (!e->ntiers)
        fputs("none", out);
    for (int i = 0; i < e->ntiers; i++) {
        fputs(i ? ", " : "", out);
        esc(out, e->tiers[i]);
    }
    fputs("</span></summary>\n", out);
    if (e->file && *e->file) {
        fputs("<p class=\"muted\"><code>", out);
        esc(out, e->file);
        fprintf(out, ":%d</code></p>\n", e->line);
    }
    if (jql_pub_status(e->status) == JQL_ERROR && e->ndiags)
        html_diags(out, e->diags, e->ndiags);
    if (e->nstds)
        html_std_rows(out, e);
    html_rules(out, e);
    fputs("</details>\n", out);
}

/* ---- charts ---- */

/* A percentage in tenths as an SVG coordinate: 625 → "62.5". */
static void coord(FILE *out, int tenths)
{
    fprintf(out, "%d.%d", tenths / 10, tenths % 10);
}

/* One bar on a 0–100 scale: the band from low to high, the bar to the share, and the
   goal's target as a line (target < 0: none). */
static void html_svg(FILE *out, const char *label, const struct jql_share_text *t,
                     const char *text, int target)
{
    fputs("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" "
          "role=\"img\" aria-label=\"", out);
    esc(out, label);
    fprintf(out, ": %s\"><title>", text);
    esc(out, label);
    fprintf(out, ": %s</title><rect class=\"track\" width=\"100\" height=\"10\"/>", text);
    int lo = t->has_bounds ? jql_pub_tenths(t->low) : -1;
    int hi = t->has_bounds ? jql_pub_tenths(t->high) : -1;
    if (lo >= 0 && hi >= lo) {
        fputs("<rect class=\"band\" x=\"", out);
        coord(out, lo);
        fputs("\" width=\"", out);
        coord(out, hi - lo);
        fputs("\" height=\"10\"/>", out);
    }
    int sh = t->has_share ? jql_pub_tenths(t->share) : -1;
    if (sh >= 0) {
        fputs("<rect class=\"fill\" y=\"2.5\" width=\"", out);
        coord(out, sh);
        fputs("\" height=\"5\"/>", out);
    }
    if (target >= 0) {
        fputs("<line class=\"target\" x1=\"", out);
        coord(out, target);
        fputs("\" x2=\"", out);
        coord(out, target);
        fputs("\" y1=\"0\" y2=\"10\" vector-effect=\"non-scaling-stroke\"/>", out);
    }
    fputs("</svg>", out);
}

/* A chart row: the label, the bar and the figure; in a group too small, no bar. */
static void html_row(FILE *out, const char *label, const struct jql_amounts *a, bool hide,
                     int target)
{
    fputs("<div class=\"row\"><span class=\"lbl\">", out);
    esc(out, label);
    fputs("</span>", out);
    if (hide) {
        fputs("<span class=\"muted\">too few employers to show</span>"
              "<span class=\"val\">hidden</span></div>\n", out);
        return;
    }
    struct jql_share_text t;
    char text[JQL_PUB_SHARE_MAX];
    jql_port_share_text(a, &t);
    jql_pub_share(&t, text);
    html_svg(out, label, &t, text, target);
    fprintf(out, "<span class=\"val\">%s</span></div>\n", text);
}

static const char html_legend[] =
    "<p class=\"legend\"><svg viewBox=\"0 0 16 8\" aria-hidden=\"true\"><rect class=\"fill\" "
    "width=\"16\" height=\"8\"/></svg>share of the employers decided"
    "<svg viewBox=\"0 0 16 8\" aria-hidden=\"true\"><rect class=\"band\" width=\"16\" "
    "height=\"8\"/></svg>its bounds: every undecided employer counted as not reaching, "
    "then as reaching</p>\n";

/* ---- tables ---- */

static void cell_amount(FILE *out, jql_dec a, int digits)
{
    fputs("<td class=\"n\">", out);
    jql_pub_amount(out, a, digits);
    fputs("</td>", out);
}

static void cell_share(FILE *out, const struct jql_amounts *a, bool hide)
{
    char text[JQL_PUB_SHARE_MAX] = "hidden";
    if (!hide) {
        struct jql_share_text t;
        jql_port_share_text(a, &t);
        jql_pub_share(&t, text);
    }
    fprintf(out, "<td class=\"n\">%s</td>", text);
}

/* A table's head: `first` over the row headers, then `heads`, numbers (right-aligned)
   but for the columns whose bit is set in `text`. */
static void html_thead(FILE *out, const char *first, const char *const *heads, int n,
                       unsigned text)
{
    fprintf(out, "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">%s</th>", first);
    for (int i = 0; i < n; i++)
        fprintf(out, "<th scope=\"col\"%s>%s</th>", text >> i & 1 ? "" : " class=\"n\"",
                heads[i]);
    fputs("</tr></thead><tbody>\n", out);
}

/* "Not applicable", short enough for a phone's table */
#define HTML_NA "<abbr title=\"not applicable\">N/A</abbr>"

static const char *const share_heads[] = {"Reached", "Undecided", "Not reached", "Error",
                                          "Share (low\xe2\x80\x93high)"};

/* A row of reached / undecided / not reached / error and the share. */
static void html_amount_row(FILE *out, const char *kind, const char *label,
                            const struct jql_amounts *a, int digits, bool hide)
{
    static const int order[] = {JQL_REACH_REACHED, JQL_REACH_UNDECIDED, JQL_REACH_NOT,
                                JQL_REACH_ERROR};
    fprintf(out, "<tr><th scope=\"row\">%s<code>", kind);
    esc(out, label);
    fputs("</code></th>", out);
    for (int i = 0; i < 4; i++)
        cell_amount(out, a->n[order[i]], digits);
    cell_share(out, a, hide);
    fputs("</tr>\n", out);
}

static const char html_tbody_end[] = "</tbody></table></div>\n";

/* ---- the portfolio ---- */

struct html_ctx {
    FILE *out;
    const char *h;  /* heading element of a part: "h2" in the run, "h4" in a group */
    bool hide;      /* a group too small to show shares */
    bool top;       /* the run's: its headings are the page's anchors */
};

static void html_tiers(const struct html_ctx *c, const struct jql_portfolio *p)
{
    FILE *out = c->out;
    fprintf(out, "<%s%s>Tiers</%s>\n", c->h, c->top ? " id=\"tiers\"" : "", c->h);
    if (!p->ntiers) {
        fputs("<p>No tiers are declared.</p>\n", out);
        return;
    }
    if (c->top)
        fputs(html_legend, out);
    fputs("<figure class=\"chart\"><figcaption>Share of employers reaching each tier"
          "</figcaption>\n", out);
    for (int i = 0; i < p->ntiers; i++)
        html_row(out, p->tier_ids[i], &p->tiers[i], c->hide, -1);
    fputs("</figure>\n", out);
    html_thead(out, "Tier", share_heads, 5, 0);
    for (int i = 0; i < p->ntiers; i++)
        html_amount_row(out, "", p->tier_ids[i], &p->tiers[i], -1, c->hide);
    fputs(html_tbody_end, out);
}

static void html_stds(const struct html_ctx *c, const struct jql_portfolio *p)
{
    static const char *const heads[] = {"Pass", "Fail", "Untested", HTML_NA, "Error",
                                        "Share (low\xe2\x80\x93high)"};
    FILE *out = c->out;
    fprintf(out, "<%s%s>Standards</%s>\n", c->h, c->top ? " id=\"standards\"" : "", c->h);
    fputs("<figure class=\"chart\"><figcaption>Share of employers passing each standard "
          "(where it applies)</figcaption>\n", out);
    for (int i = 0; i < p->nstds; i++) {
        struct jql_amounts a = jql_port_std_amounts(p->stds[i]);
        html_row(out, p->std_ids[i], &a, c->hide, -1);
    }
    fputs("</figure>\n", out);
    html_thead(out, "Standard", heads, 6, 0);
    for (int i = 0; i < p->nstds; i++) {
        fputs("<tr><th scope=\"row\"><code>", out);
        esc(out, p->std_ids[i]);
        fputs("</code></th>", out);
        for (int k = 0; k < JQL_NSTATUS; k++)
            fprintf(out, "<td class=\"n\">%" PRId64 "</td>", p->stds[i][k]);
        struct jql_amounts a = jql_port_std_amounts(p->stds[i]);
        cell_share(out, &a, c->hide);
        fputs("</tr>\n", out);
    }
    fputs(html_tbody_end, out);
}

static void html_evidence(const struct html_ctx *c, const struct jql_portfolio *p)
{
    char pct[16] = "n/a";
    if (p->outcomes > 0)
        jql_port_pct(jql_dec_from_int(p->decided), jql_dec_from_int(p->outcomes), pct);
    fprintf(c->out, "<p>Evidence: %" PRId64 " rule outcomes, %" PRId64 " decided (pass, fail "
            "or not applicable), %" PRId64 " untested; completeness <strong>%s</strong>.</p>\n",
            p->outcomes, p->decided, p->untested, c->hide ? "hidden" : pct);
}

static void html_weights(const struct html_ctx *c, const struct jql_portfolio *p)
{
    FILE *out = c->out;
    for (int w = 0; w < p->nweights; w++) {
        const struct jql_pweight *pw = &p->weights[w];
        fprintf(out, "<%s>Weighted by <code>", c->h);
        esc(out, pw->fact);
        fprintf(out, "</code></%s>\n<figure class=\"chart\"><figcaption>Share weighted by "
                "<code>", c->h);
        esc(out, pw->fact);
        fputs("</code></figcaption>\n", out);
        for (int i = 0; i < p->ntiers; i++)
            html_row(out, jql_sprintf("tier %s", p->tier_ids[i]), &pw->tiers[i], c->hide, -1);
        for (int i = 0; i < p->nstds; i++)
            html_row(out, jql_sprintf("standard %s", p->std_ids[i]), &pw->stds[i], c->hide,
                     -1);
        fputs("</figure>\n", out);
        html_thead(out, "Tier or standard", share_heads, 5, 0);
        for (int i = 0; i < p->ntiers; i++)
            html_amount_row(out, "tier ", p->tier_ids[i], &pw->tiers[i], pw->type_digits,
                            c->hide);
        for (int i = 0; i < p->nstds; i++)
            html_amount_row(out, "standard ", p->std_ids[i], &pw->stds[i], pw->type_digits,
                            c->hide);
        fputs(html_tbody_end, out);
        fputs("<p>Employers whose <code>", out);
        esc(out, pw->fact);
        fprintf(out, "</code> is unknown, in no amount: %" PRId64 ".</p>\n",
                pw->unknown);
    }
}

static void html_portfolio(const struct html_ctx *c, const struct jql_portfolio *p)
{
    html_tiers(c, p);
    html_stds(c, p);
    html_evidence(c, p);
    html_weights(c, p);
}

static void html_missing(FILE *out, const struct jql_portfolio *p)
{
    static const char *const heads[] = {"Employers", "Outcomes"};
    enum { TOP = 20 };
    fputs("<section><h2 id=\"missing\">Missing evidence</h2>\n<p>The facts that, once "
          "collected, would decide the most untested rule outcomes.</p>\n", out);
    if (!p->nmissing) {
        fputs("<p>No fact is missing.</p></section>\n", out);
        return;
    }
    html_thead(out, "Fact", heads, 2, 0);
    for (int i = 0; i < p->nmissing && i < TOP; i++) {
        fputs("<tr><th scope=\"row\"><code>", out);
        esc(out, p->missing[i].path);
        fprintf(out, "</code></th><td class=\"n\">%" PRId64 "</td><td class=\"n\">%" PRId64
                "</td></tr>\n", p->missing[i].employers, p->missing[i].outcomes);
    }
    fputs(html_tbody_end, out);
    if (p->nmissing > TOP)
        fprintf(out, "<p>The first %d of %d facts (all are in the JSON report).</p>\n", TOP,
                p->nmissing);
    fputs("</section>\n", out);
}

/* "org.sector = childcare, org.region = (unknown)", as text for a label. */
static const char *group_name(const struct jql_portfolio *p, const struct jql_pgroup *g)
{
    const char *s = "";
    for (int k = 0; k < p->ngroup_facts; k++)
        s = jql_sprintf("%s%s%s = %s", s, k ? ", " : "", p->group_facts[k],
                        g->by[k] ? g->by[k] : "(unknown)");
    return s;
}

/* Per tier, one bar per group. */
static void html_group_charts(FILE *out, const struct jql_portfolio *p, int min)
{
    for (int i = 0; i < p->ntiers; i++) {
        fputs("<figure class=\"chart\"><figcaption>Share reaching <code>", out);
        esc(out, p->tier_ids[i]);
        fputs("</code> by group</figcaption>\n", out);
        for (int g = 0; g < p->ngroups; g++) {
            const struct jql_portfolio *gp = p->groups[g].p;
            html_row(out, group_name(p, &p->groups[g]), &gp->tiers[i],
                     jql_pub_employers(gp) < min, -1);
        }
        fputs("</figure>\n", out);
    }
}

static void html_group_table(FILE *out, const struct jql_portfolio *p)
{
    static const char *const heads[] = {"Employers", "Pass", "Fail", "Untested",
                                        HTML_NA, "Error"};
    html_thead(out, "Group", heads, 6, 0);
    for (int g = 0; g < p->ngroups; g++) {
        const struct jql_portfolio *gp = p->groups[g].p;
        fputs("<tr><th scope=\"row\">", out);
        esc(out, group_name(p, &p->groups[g]));
        fprintf(out, "</th><td class=\"n\">%" PRId64 "</td>", jql_pub_employers(gp));
        for (int k = 0; k < JQL_NSTATUS; k++)
            fprintf(out, "<td class=\"n\">%" PRId64 "</td>", gp->employers[k]);
        fputs("</tr>\n", out);
    }
    fputs(html_tbody_end, out);
}

static void html_groups(FILE *out, const struct jql_portfolio *p, int min)
{
    if (!p->ngroup_facts)
        return;
    fputs("<section><h2 id=\"groups\">Groups by ", out);
    for (int k = 0; k < p->ngroup_facts; k++) {
        fputs(k ? ", " : "", out);
        esc(out, p->group_facts[k]);
    }
    fprintf(out, "</h2>\n<p>A group of fewer than %d employers shows its counts but not its "
            "shares.</p>\n", min);
    html_group_charts(out, p, min);
    html_group_table(out, p);
    for (int g = 0; g < p->ngroups; g++) {
        const struct jql_portfolio *gp = p->groups[g].p;
        int64_t n = jql_pub_employers(gp);
        fputs("<details><summary><span class=\"name\">", out);
        esc(out, group_name(p, &p->groups[g]));
        fprintf(out, "</span> <span class=\"muted\">%" PRId64 " employer%s</span></summary>\n",
                n, n == 1 ? "" : "s");
        struct html_ctx c = {out, "h4", n < min, false};
        html_portfolio(&c, gp);
        fputs("</details>\n", out);
    }
    fputs("</section>\n", out);
}

/* ---- goals ---- */

static void html_goal_chart(FILE *out, const struct jql_report *r)
{
    fputs("<figure class=\"chart\"><figcaption>Each goal's share, its bounds, and its "
          "target (the red line)</figcaption>\n", out);
    for (int i = 0; i < r->ngoals; i++) {
        const struct jql_goal *g = r->goals[i].g;
        jql_dec tenths;
        int target = -1;
        int64_t t;
        if (jql_dec_mul(g->pct, jql_dec_from_int(10), &tenths) == JQL_DEC_OK &&
            jql_dec_to_int(jql_dec_round(tenths, 0), &t) && t >= 0 && t <= 1000)
            target = (int)t;
        html_row(out, g->id, &r->goals[i].a, false, target);
    }
    fputs("</figure>\n", out);
}

static void html_goal_row(FILE *out, const struct jql_pgoal *pg)
{
    const struct jql_goal *g = pg->g;
    fputs("<tr><th scope=\"row\"><code>", out);
    esc(out, g->id);
    fputs("</code>", out);
    if (g->title.s && *g->title.s) {
        fputs("<br>", out);
        esc(out, g->title.s);
    }
    static const char *const cls[] = {"met", "not-met", "undecided"};
    fprintf(out, "</th><td><span class=\"badge %s\">%s</span></td><td>%s <code>",
            cls[pg->status < 3 ? pg->status : 2], jql_pub_goal_status(pg->status),
            g->passing ? "passing" : "reaching");
    esc(out, g->target);
    fputs("</code>", out);
    if (g->weight) {
        fputs(" weighted by <code>", out);
        esc(out, g->weight);
        fputs("</code>", out);
    }
    fputs("</td><td class=\"n\">", out);
    esc(out, jql_pub_goal_target(g));
    fprintf(out, "</td><td class=\"n\">%s</td><td class=\"n\">%" PRId64 "</td>"
            "<td class=\"n\">%" PRId64 "</td>", jql_pub_goal_deadline(g), pg->population,
            pg->left_out);
    cell_share(out, &pg->a, false);
    fputs("<td>", out);
    jql_pub_text(out, g->cite.s, JQL_ESC_HTML_LINES);
    if (g->advice.s && *g->advice.s) {
        fputs(g->cite.s && *g->cite.s ? "<br>advice: " : "advice: ", out);
        jql_pub_text(out, g->advice.s, JQL_ESC_HTML_LINES);
    }
    fputs("</td></tr>\n", out);
}

static void html_goals(FILE *out, const struct jql_report *r)
{
    static const char *const heads[] = {"Status", "Measure", "Target", "Deadline",
                                        "Population", "Left out", "Share (low\xe2\x80\x93high)",
                                        "Cite"};
    if (!r->ngoals)
        return;
    fputs("<section><h2 id=\"goals\">Goals</h2>\n", out);
    html_goal_chart(out, r);
    html_thead(out, "Goal", heads, 8, 1u << 0 | 1u << 1 | 1u << 7);
    for (int i = 0; i < r->ngoals; i++)
        html_goal_row(out, &r->goals[i]);
    fputs(html_tbody_end, out);
    fputs("</section>\n", out);
}

/* ---- the document ---- */

static void html_counts(FILE *out, const struct jql_report *r)
{
    static const char *const kinds[] = {"Employers", "Standards", "Rules"};
    static const char *const heads[] = {"Total", "Pass", "Fail", "Untested", HTML_NA,
                                        "Error"};
    fputs("<section><h2 id=\"summary\">Summary</h2>\n", out);
    html_thead(out, "", heads, 6, 0);
    for (int k = 0; k < 3; k++) {
        int64_t total = 0;
        for (int i = 0; i < JQL_NSTATUS; i++)
            total += r->counts[k][i];
        fprintf(out, "<tr><th scope=\"row\">%s</th><td class=\"n\">%" PRId64 "</td>",
                kinds[k], total);
        for (int i = 0; i < JQL_NSTATUS; i++)
            fprintf(out, "<td class=\"n\">%" PRId64 "</td>", r->counts[k][i]);
        fputs("</tr>\n", out);
    }
    fputs(html_tbody_end, out);
    fputs("</section>\n", out);
}

static void html_head(FILE *out, const struct jql_report *r, bool employers)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"jqlc ", out);
    esc(out, r->version);
    fputs("\">\n<title>Job quality report, as of ", out);
    esc(out, r->as_of);
    fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<header>\n"
            "<h1>Job quality report</h1>\n<p class=\"lead\">As of ", html_style);
    esc(out, r->as_of);
    fputs("</p>\n<nav aria-label=\"Contents\"><a href=\"#summary\">Summary</a>", out);
    if (r->port)
        fputs("<a href=\"#tiers\">Tiers</a><a href=\"#standards\">Standards</a>"
              "<a href=\"#missing\">Missing evidence</a>", out);
    if (r->port && r->port->ngroup_facts)
        fputs("<a href=\"#groups\">Groups</a>", out);
    if (r->ngoals)
        fputs("<a href=\"#goals\">Goals</a>", out);
    if (employers)
        fputs("<a href=\"#employers\">Employers</a>", out);
    fputs("<a href=\"#stamp\">Stamp</a>", out);
    fputs("</nav>\n</header>\n", out);
}

static void html_outside(FILE *out, const struct jql_report *r)
{
    if (!r->ndiags)
        return;
    fputs("<section><h2 id=\"problems\">Problems outside employers</h2>\n", out);
    html_diags(out, r->diags, r->ndiags);
    fputs("</section>\n", out);
}

static void html_stamp(FILE *out, const struct jql_report *r)
{
    static const char *const fheads[] = {"Kind", "SHA-256"};
    fputs("<section><h2 id=\"stamp\">Stamp</h2>\n<p>jqlc ", out);
    esc(out, r->version);
    fputs(", as of ", out);
    esc(out, r->as_of);
    fputs(". The same rule and fact files (by their SHA-256) and the same params give the "
          "same report.</p>\n", out);
    if (r->nparams) {
        html_thead(out, "Param", (const char *const[]){"Value"}, 1, 1u);
        for (int i = 0; i < r->nparams; i++) {
            fputs("<tr><th scope=\"row\"><code>", out);
            esc(out, r->params[i].name);
            fputs("</code></th><td><code>", out);
            esc(out, r->params[i].value);
            fputs("</code></td></tr>\n", out);
        }
        fputs(html_tbody_end, out);
    }
    if (r->nfiles) {
        html_thead(out, "File", fheads, 2, 3u);
        for (int i = 0; i < r->nfiles; i++) {
            fputs("<tr><th scope=\"row\"><code>", out);
            esc(out, r->files[i].path);
            fprintf(out, "</code></th><td>%s</td><td><code class=\"sha\">%s</code></td></tr>\n",
                    r->files[i].kind, r->files[i].sha256);
        }
        fputs(html_tbody_end, out);
    }
    fputs("</section>\n", out);
}

void jql_html_end(struct jql_sink *s)
{
    FILE *out = s->out;
    const struct jql_report *r = s->r;
    html_head(out, r, !s->o.summary_only);
    html_counts(out, r);
    if (r->port) {
        struct html_ctx c = {out, "h2", false, true};
        fputs("<section>\n", out);
        html_portfolio(&c, r->port);
        fputs("</section>\n", out);
        html_missing(out, r->port);
        html_groups(out, r->port, jql_pub_min_cell(&s->o));
    }
    html_goals(out, r);
    html_outside(out, r);
    if (!s->o.summary_only) {
        fputs("<section><h2 id=\"employers\">Employers</h2>\n", out);
        jql_pub_copy(s);
        fputs("</section>\n", out);
    }
    html_stamp(out, r);
    fputs("</main>\n</body>\n</html>\n", out);
}
