/* Unit tests for the public report formats, markdown and html (report_md.c,
   report_html.c, report_pub.c): the portfolio, groups, weights and goals from a
   portfolio built by hand, n/a shares, groups too small to show, escaping, the spool of
   employers, and a report without a portfolio.

   `test_report_public --sample DIR` writes the sample report in both formats to
   DIR/sample.md and DIR/sample.html instead (tests/browser.sh renders them). */
#include "test_util.h"

struct jql_employer; /* port.h names it in a prototype before declaring it */
#include "port.h"
#include "report.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a portfolio by hand ---- */

#define HOSTILE "<script>alert(\"x\")</script> & *Co* | [l](http://e.x) $1 $2"

static struct jql_amounts amounts(int64_t reached, int64_t undecided, int64_t not_reached,
                                  int64_t error)
{
    struct jql_amounts a;
    a.n[JQL_REACH_REACHED] = jql_dec_from_int(reached);
    a.n[JQL_REACH_UNDECIDED] = jql_dec_from_int(undecided);
    a.n[JQL_REACH_NOT] = jql_dec_from_int(not_reached);
    a.n[JQL_REACH_ERROR] = jql_dec_from_int(error);
    return a;
}

static const char *tier_ids[] = {"quality_job", "bronze", "silver", "rounding"};
static const char *std_ids[] = {"earnings", "hours"};

/* Tiers: 71.4% (62.5–75.0%); no one (n/a); every one undecided (n/a (0.0–100.0%));
   1 of 16 (6.25%, half-to-even 6.2%). */
static struct jql_portfolio *portfolio(int64_t scale)
{
    struct jql_portfolio *p = jql_alloc(sizeof *p);
    p->employers[JQL_PASS] = 2 * scale;
    p->employers[JQL_FAIL] = 5 * scale;
    p->employers[JQL_UNTESTED] = 1 * scale;
    p->ntiers = 4;
    p->nstds = 2;
    p->tier_ids = tier_ids;
    p->std_ids = std_ids;
    p->tiers = jql_alloc(4 * sizeof *p->tiers);
    p->tiers[0] = amounts(5 * scale, 1 * scale, 2 * scale, 0);
    p->tiers[1] = amounts(0, 0, 0, 0);
    p->tiers[2] = amounts(0, 2 * scale, 0, 0);
    p->tiers[3] = amounts(1 * scale, 0, 15 * scale, 0);
    p->stds = jql_alloc(2 * sizeof *p->stds);
    int64_t earnings[JQL_NSTATUS] = {5 * scale, 2 * scale, 1 * scale, 0, 0};
    int64_t hours[JQL_NSTATUS] = {0, 0, 0, 3 * scale, 0};
    memcpy(p->stds[0], earnings, sizeof earnings);
    memcpy(p->stds[1], hours, sizeof hours);
    p->outcomes = 240 * scale;
    p->decided = 200 * scale;
    p->untested = 40 * scale;
    return p;
}

static void add_weight(struct jql_portfolio *p)
{
    p->weights = jql_alloc(sizeof *p->weights);
    p->nweights = 1;
    struct jql_pweight *w = &p->weights[0];
    w->fact = "org.employees";
    w->type_digits = -1;
    w->tiers = jql_alloc(4 * sizeof *w->tiers);
    w->tiers[0] = amounts(512, 40, 300, 0); /* 63.1% (60.1–64.8%) */
    for (int i = 1; i < 4; i++)
        w->tiers[i] = amounts(0, 0, 0, 0);
    w->stds = jql_alloc(2 * sizeof *w->stds);
    w->stds[0] = amounts(7, 1, 2, 0);
    w->stds[1] = amounts(0, 0, 0, 0);
    w->unknown = 1;
}

static const char *group_facts[] = {"org.sector"};

/* childcare: 8 employers; a hostile value: 2 (too few to show); unknown: 1. */
static struct jql_portfolio *full_portfolio(void)
{
    struct jql_portfolio *p = portfolio(1);
    p->missing = jql_alloc(2 * sizeof *p->missing);
    p->missing[0] = (struct jql_pmissing){.path = "pay.living_wage_hourly", .employers = 3,
                                          .outcomes = 6};
    p->missing[1] = (struct jql_pmissing){.path = "voice.employee_owned", .employers = 1,
                                          .outcomes = 1};
    p->nmissing = 2;
    add_weight(p);
    p->group_facts = group_facts;
    p->ngroup_facts = 1;
    p->groups = jql_alloc(3 * sizeof *p->groups);
    p->ngroups = 3;
    p->groups[0] = (struct jql_pgroup){.by = {"childcare"}, .p = portfolio(1)};
    struct jql_portfolio *small = portfolio(1);
    small->employers[JQL_FAIL] = 1;
    small->employers[JQL_PASS] = 1;
    small->employers[JQL_UNTESTED] = 0;
    p->groups[1] = (struct jql_pgroup){.by = {HOSTILE}, .p = small};
    struct jql_portfolio *one = portfolio(1);
    one->employers[JQL_FAIL] = 1;
    one->employers[JQL_PASS] = 0;
    one->employers[JQL_UNTESTED] = 0;
    p->groups[2] = (struct jql_pgroup){.by = {NULL}, .p = one};
    return p;
}

static struct jql_pgoal *goals(void)
{
    struct jql_goal *g = jql_alloc(sizeof *g);
    g->id = "quality_jobs";
    g->title.s = "Three in four funded jobs are quality jobs";
    g->target = "quality_job";
    g->weight = "org.employees";
    g->pct = jql_dec_from_int(75);
    jql_date_from_ymd(2027, 12, 31, &g->deadline.days);
    g->deadline.set = true;
    g->cite.s = "County plan 2025, goal 2";
    struct jql_pgoal *pg = jql_alloc(2 * sizeof *pg);
    pg[0] = (struct jql_pgoal){.g = g, .status = JQL_GOAL_UNDECIDED, .population = 8,
                               .left_out = 0, .a = amounts(512, 40, 300, 0),
                               .type_digits = 0};
    struct jql_goal *h = jql_alloc(sizeof *h);
    h->id = "earnings_half";
    h->passing = true;
    h->strict = true;
    h->target = "earnings";
    h->pct = jql_dec_from_int(50);
    h->advice.s = HOSTILE;
    pg[1] = (struct jql_pgoal){.g = h, .status = JQL_GOAL_MET, .population = 8,
                               .left_out = 1, .a = amounts(5, 1, 2, 0), .type_digits = -1};
    return pg;
}

/* An employer with a hostile name and reasons; a passing one. */
static struct jql_remployer *employers(void)
{
    static const char *missing[] = {"pay.living_wage_hourly"};
    static const char *tiers[] = {"bronze"};
    struct jql_rrule *ru = jql_alloc(3 * sizeof *ru);
    ru[0] = (struct jql_rrule){.id = "lowest_wage", .title = "", .level = "required",
                               .status = JQL_FAIL, .reason = "wage = $17.50/hour < $20/hour",
                               .advice = "Raise it <now>", .cite = "RFA 2.1", .location = ""};
    ru[1] = (struct jql_rrule){.id = "living", .title = "", .level = "recommended",
                               .status = JQL_UNTESTED,
                               .reason = "pay.living_wage_hourly is unknown",
                               .missing = missing, .nmissing = 1, .advice = "", .cite = "",
                               .location = ""};
    ru[2] = (struct jql_rrule){.id = "ok", .title = "", .level = "required", .status = JQL_PASS,
                               .reason = "", .advice = "", .cite = "", .location = ""};
    struct jql_rstd *sd = jql_alloc(sizeof *sd);
    *sd = (struct jql_rstd){.id = "earnings", .title = "Earnings " HOSTILE, .status = JQL_FAIL,
                            .rules = ru, .nrules = 3, .version = "2026.1"};
    struct jql_remployer *e = jql_alloc(2 * sizeof *e);
    e[0] = (struct jql_remployer){.name = HOSTILE, .file = "a.facts", .line = 3,
                                  .status = JQL_FAIL, .tiers = tiers, .ntiers = 1, .stds = sd,
                                  .nstds = 1};
    e[1] = (struct jql_remployer){.name = "Plain Bakery", .file = "a.facts", .line = 20,
                                  .status = JQL_PASS};
    return e;
}

static struct jql_report report(bool with_port)
{
    struct jql_report r = {.version = "0.1.0", .as_of = "2026-11-23", .nemps = 2};
    r.emps = employers();
    jql_report_count(&r);
    static struct jql_rfile files[] = {{.path = "r<1>.jq", .kind = "rules", .sha256 = "ab12"}};
    r.files = files;
    r.nfiles = 1;
    if (with_port) {
        r.port = full_portfolio();
        r.goals = goals();
        r.ngoals = 2;
    }
    return r;
}

/* The whole report through a sink: begin, each employer, end. */
static char *write_fmt(const struct jql_report *r, enum jql_format fmt,
                       const struct jql_report_opts *o, struct jql_sink *keep)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    struct jql_sink sink;
    jql_sink_init(&sink, fmt, f, o, r);
    jql_sink_begin(&sink);
    for (int i = 0; i < r->nemps; i++)
        jql_sink_employer(&sink, &r->emps[i]);
    jql_sink_end(&sink);
    fclose(f);
    if (keep)
        *keep = sink;
    char *res = jql_strndup(s, n);
    free(s);
    return res;
}

static char *md(const struct jql_report *r, const struct jql_report_opts *o)
{
    return write_fmt(r, JQL_FMT_MARKDOWN, o, NULL);
}

static char *html(const struct jql_report *r, const struct jql_report_opts *o)
{
    return write_fmt(r, JQL_FMT_HTML, o, NULL);
}

#define assert_has(hay, needle)                                                              \
    do {                                                                                     \
        if (!strstr((hay), (needle)))                                                        \
            fail_msg("missing: %s\n--- in ---\n%s", (needle), (hay));                        \
    } while (0)
#define assert_lacks(hay, needle)                                                            \
    do {                                                                                     \
        if (strstr((hay), (needle)))                                                         \
            fail_msg("unexpected: %s\n--- in ---\n%s", (needle), (hay));                     \
    } while (0)

/* ---- the share texts ---- */

static void port_pct__half_way__rounds_to_even(void **state)
{
    (void)state;
    char buf[16];
    jql_port_pct(jql_dec_from_int(1), jql_dec_from_int(16), buf); /* 6.25 */
    assert_string_equal(buf, "6.2%");
    jql_port_pct(jql_dec_from_int(3), jql_dec_from_int(16), buf); /* 18.75 */
    assert_string_equal(buf, "18.8%");
    jql_port_pct(jql_dec_from_int(5), jql_dec_from_int(7), buf); /* 71.428... */
    assert_string_equal(buf, "71.4%");
    jql_port_pct(jql_dec_from_int(7), jql_dec_from_int(7), buf);
    assert_string_equal(buf, "100.0%");
}

/* ---- markdown ---- */

static void markdown__portfolio__shares_with_bounds(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = md(&r, NULL);
    assert_has(out, "| tier | reached | undecided | not reached | error | share "
                    "(low\xe2\x80\x93high) |\n"
                    "|---|---:|---:|---:|---:|---|\n"
                    "| quality_job | 5 | 1 | 2 | 0 | 71.4% (62.5\xe2\x80\x93" "75.0%) |\n"
                    "| bronze | 0 | 0 | 0 | 0 | n/a |\n"
                    "| silver | 0 | 2 | 0 | 0 | n/a (0.0\xe2\x80\x93" "100.0%) |\n"
                    "| rounding | 1 | 0 | 15 | 0 | 6.2% (6.2\xe2\x80\x93" "6.2%) |\n");
    assert_has(out, "| earnings | 5 | 2 | 1 | 0 | 0 | 71.4% (62.5\xe2\x80\x93" "75.0%) |\n"
                    "| hours | 0 | 0 | 0 | 3 | 0 | n/a |\n");
    assert_has(out, "Evidence: 240 rule outcomes, 200 decided (pass, fail or not applicable), "
                    "40 untested; completeness 83.3%.\n");
    assert_has(out, "| fact | employers | outcomes |\n|---|---:|---:|\n"
                    "| pay.living_wage_hourly | 3 | 6 |\n| voice.employee_owned | 1 | 1 |\n");
    assert_has(out, "## Weighted by org.employees\n");
    assert_has(out, "| tier quality_job | 512 | 40 | 300 | 0 | 63.1% "
                    "(60.1\xe2\x80\x93" "64.8%) |\n");
    assert_has(out, "Employers whose org.employees is unknown, in no amount: 1.\n");
}

static void markdown__goals__status_target_and_share(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = md(&r, NULL);
    assert_has(out, "| quality_jobs: Three in four funded jobs are quality jobs | **undecided** | "
                    "reaching quality_job weighted by org.employees | \\>= 75% | 2027-12-31 | "
                    "8 | 0 | 512 | 40 | 300 | 63.1% (60.1\xe2\x80\x93" "64.8%) |\n");
    assert_has(out, "| earnings_half | **met** | passing earnings | \\> 50% |  | 8 | 1 | 5 | 1 "
                    "| 2 | 71.4% (62.5\xe2\x80\x93" "75.0%) |\n");
    assert_has(out, "- quality_jobs: cite: County plan 2025, goal 2\n");
}

/* A group of fewer than --min-cell employers: counts, no share. */
static void markdown__small_group__counts_without_shares(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = md(&r, NULL);
    assert_has(out, "A group of fewer than 3 employers shows its counts but not its shares.");
    assert_has(out, "| org.sector = childcare | 8 | 71.4% (62.5\xe2\x80\x93" "75.0%) | n/a |");
    assert_has(out, " | 2 | hidden | hidden | hidden | hidden |\n");
    assert_has(out, "| org.sector = (unknown) | 1 | hidden | hidden | hidden | hidden |\n");
    assert_has(out, "(2 employers)\n\n#### Tiers\n\n| tier | reached | undecided | not reached "
                    "| error | share (low\xe2\x80\x93high) |\n|---|---:|---:|---:|---:|---|\n"
                    "| quality_job | 5 | 1 | 2 | 0 | hidden |\n");
    assert_has(out, "completeness hidden.");
    /* --min-cell 1: every group shows its shares */
    struct jql_report_opts o = {.min_cell = 1};
    out = md(&r, &o);
    assert_lacks(out, "hidden");
    assert_has(out, "| org.sector = (unknown) | 1 | 71.4% (62.5\xe2\x80\x93" "75.0%) |");
    /* --min-cell 9: even the group of 8 is hidden */
    o.min_cell = 9;
    out = md(&r, &o);
    assert_has(out, "| org.sector = childcare | 8 | hidden |");
}

/* Names and reasons from fact files never become markup, links or math. */
static void markdown__hostile_text__escaped(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = md(&r, NULL);
    const char *esc = "\\<script\\>alert(\"x\")\\</script\\> \\& \\*Co\\* \\| "
                      "\\[l\\](http\\://e.x) "
                      "\\$1 \\$2";
    assert_has(out, jql_sprintf("### %s \xe2\x80\x94 fail\n", esc));
    assert_has(out, jql_sprintf("| org.sector = %s | 2 |", esc));
    for (const char *lt = strchr(out, '<'); lt; lt = strchr(lt + 1, '<'))
        assert_true(lt > out && lt[-1] == '\\'); /* every < escaped: no raw HTML */
    assert_lacks(out, "http://");
    assert_has(out, "- **earnings.lowest_wage** fail: wage = \\$17.50/hour \\< \\$20/hour\n"
                    "  - advice: Raise it \\<now\\>\n  - cite: RFA 2.1\n"
                    "- **earnings.living** untested (recommended): pay.living_wage_hourly is "
                    "unknown\n  - missing: pay.living_wage_hourly\n\n");
    assert_has(out, "| r\\<1\\>.jq | rules | `ab12` |");
}

/* The portfolio comes first although it is known only at the end: the employers wait in
   the spool. */
static void markdown__order__summary_employers_stamp(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = md(&r, NULL);
    const char *tiers = strstr(out, "## Tiers"), *goals_at = strstr(out, "## Goals"),
               *emps = strstr(out, "## Employers"), *plain = strstr(out, "### Plain Bakery"),
               *stamp = strstr(out, "## Stamp");
    assert_non_null(tiers);
    assert_true(tiers < goals_at && goals_at < emps && emps < plain && plain < stamp);
    assert_true(strncmp(out, "# Job quality report\n\nAs of 2026-11-23\n\n## Summary\n", 48) == 0);
}

/* Before the portfolio module fills r->port: the counts, the employers and the stamp. */
static void markdown__no_portfolio__no_portfolio_section(void **state)
{
    (void)state;
    struct jql_report r = report(false);
    const char *out = md(&r, NULL);
    assert_lacks(out, "## Tiers");
    assert_lacks(out, "## Goals");
    assert_lacks(out, "Missing evidence");
    assert_has(out, "| employers | 2 | 1 | 1 | 0 | 0 | 0 |\n");
    assert_has(out, "### Plain Bakery \xe2\x80\x94 pass\n");
}

static void markdown__summary__no_employers(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    struct jql_report_opts o = {.summary_only = true};
    const char *out = md(&r, &o);
    assert_lacks(out, "## Employers");
    assert_lacks(out, "Plain Bakery");
    assert_has(out, "## Goals");
    assert_has(out, "## Stamp");
}

/* ---- html ---- */

static void html__charts__bars_and_bands(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = html(&r, NULL);
    /* quality_job: band from 62.5 to 75.0, bar to 71.4 */
    assert_has(out, "aria-label=\"quality_job: 71.4% (62.5\xe2\x80\x93" "75.0%)\">"
                    "<title>quality_job: 71.4% (62.5\xe2\x80\x93" "75.0%)</title>"
                    "<rect class=\"track\" width=\"100\" height=\"10\"/>"
                    "<rect class=\"band\" x=\"62.5\" width=\"12.5\" height=\"10\"/>"
                    "<rect class=\"fill\" y=\"2.5\" width=\"71.4\" height=\"5\"/></svg>");
    /* every one undecided: a band over the whole scale and no bar */
    assert_has(out, "<title>silver: n/a (0.0\xe2\x80\x93" "100.0%)</title><rect class=\"track\" "
                    "width=\"100\" height=\"10\"/><rect class=\"band\" x=\"0.0\" width=\"100.0\" "
                    "height=\"10\"/></svg>");
    /* no one: the track alone */
    assert_has(out, "<title>bronze: n/a</title><rect class=\"track\" width=\"100\" "
                    "height=\"10\"/></svg>");
    /* a goal's target line */
    assert_has(out, "<line class=\"target\" x1=\"75.0\" x2=\"75.0\" y1=\"0\" y2=\"10\"");
    assert_has(out, "<td class=\"n\">71.4% (62.5\xe2\x80\x93" "75.0%)</td>");
    assert_has(out, "completeness <strong>83.3%</strong>");
}

static void html__small_group__hidden(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = html(&r, NULL);
    assert_has(out, "<span class=\"lbl\">org.sector = (unknown)</span><span class=\"muted\">"
                    "too few employers to show</span><span class=\"val\">hidden</span>");
    assert_has(out, "<tr><th scope=\"row\">org.sector = (unknown)</th><td class=\"n\">1</td>"
                    "<td class=\"n\">0</td><td class=\"n\">1</td>");
}

/* Nothing from a fact file becomes markup; the page loads nothing. */
static void html__hostile_text__escaped(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = html(&r, NULL);
    assert_lacks(out, "<script");
    assert_has(out, "<span class=\"name\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
                    "&amp; *Co* | [l](http://e.x) $1 $2</span>");
    assert_has(out, "<dt>advice</dt><dd>Raise it &lt;now&gt;</dd>");
    assert_lacks(out, "src=");
    assert_lacks(out, "href=\"http");
    assert_lacks(out, "href=\"//");
    assert_has(out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'\">");
}

/* Controls, bidirectional overrides and bytes that are not UTF-8 show as the text report
   shows them. */
static void html__unsafe_characters__visible(void **state)
{
    (void)state;
    struct jql_report r = report(false);
    r.emps[1].name = "Evil\x1b[2J\xe2\x80\xae\xff\nx";
    const char *out = html(&r, NULL);
    assert_has(out, "<span class=\"name\">Evil&lt;U+001B&gt;[2J&lt;U+202E&gt;&lt;FF&gt;"
                    "&lt;U+000A&gt;x</span>");
    out = md(&r, NULL);
    assert_has(out, "### Evil\\<U+001B\\>\\[2J\\<U+202E\\>\\<FF\\>\\<U+000A\\>x \xe2\x80\x94");
}

static void html__document__self_contained_in_order(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    const char *out = html(&r, NULL);
    assert_true(strncmp(out, "<!DOCTYPE html>\n<html lang=\"en\">\n", 33) == 0);
    assert_has(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    assert_has(out, "@media print");
    const char *tiers = strstr(out, "id=\"tiers\""), *emps = strstr(out, "id=\"employers\""),
               *bakery = strstr(out, "Plain Bakery"), *stamp = strstr(out, "id=\"stamp\"");
    assert_non_null(tiers);
    assert_true(tiers < emps && emps < bakery && bakery < stamp);
    assert_true(strcmp(out + strlen(out) - 24, "</main>\n</body>\n</html>\n") == 0);
    r = report(false);
    out = html(&r, NULL);
    assert_lacks(out, "id=\"tiers\"");
    assert_lacks(out, "href=\"#tiers\"");
    assert_has(out, "Plain Bakery");
}

/* ---- the spool ---- */

/* Employers joined from the jobs' bytes go to the spool too, and come out after the
   summary. */
static void sink__unit_bytes__spooled_after_summary(void **state)
{
    (void)state;
    struct jql_report r = report(true);
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    struct jql_sink sink;
    jql_sink_init(&sink, JQL_FMT_MARKDOWN, f, NULL, &r);
    jql_sink_begin(&sink);
    assert_non_null(sink.spool);
    jql_sink_unit_bytes(&sink, "### one\n\n", 9);
    jql_sink_unit_bytes(&sink, "### two\n\n", 9);
    fflush(f);
    assert_int_equal(n, 0); /* nothing written before the end */
    jql_sink_end(&sink);
    fclose(f);
    assert_null(sink.spool);
    assert_int_equal(sink.problems.n, 0);
    assert_has(s, "## Employers\n\n### one\n\n### two\n\n## Stamp");
    free(s);
}

static void sink__no_temporary_folder__problem_recorded(void **state)
{
    (void)state;
    const char *old = getenv("TMPDIR");
    char *keep = old ? strdup(old) : NULL;
    setenv("TMPDIR", "/nonexistent-folder-for-jqlc", 1);
    struct jql_report r = report(false);
    struct jql_sink sink;
    write_fmt(&r, JQL_FMT_HTML, NULL, &sink);
    if (keep) {
        setenv("TMPDIR", keep, 1);
        free(keep);
    } else {
        unsetenv("TMPDIR");
    }
    assert_int_equal(sink.problems.nerrors, 1);
    assert_string_equal(sink.problems.v[0]->msg, "cannot write a temporary file in "
                                                 "'/nonexistent-folder-for-jqlc': No such file "
                                                 "or directory");
}

/* ---- a sample for tests/browser.sh ---- */

static int write_sample(const char *dir)
{
    struct jql_report r = report(true);
    const struct {
        const char *name;
        enum jql_format fmt;
    } outs[] = {{"sample.md", JQL_FMT_MARKDOWN}, {"sample.html", JQL_FMT_HTML}};
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(jql_sprintf("%s/%s", dir, outs[i].name), "w");
        if (!f)
            return 1;
        fputs(write_fmt(&r, outs[i].fmt, NULL, NULL), f);
        if (fclose(f) != 0)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    JQL_TEST_INIT();
    if (argc == 3 && strcmp(argv[1], "--sample") == 0)
        return write_sample(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(port_pct__half_way__rounds_to_even),
        cmocka_unit_test(markdown__portfolio__shares_with_bounds),
        cmocka_unit_test(markdown__goals__status_target_and_share),
        cmocka_unit_test(markdown__small_group__counts_without_shares),
        cmocka_unit_test(markdown__hostile_text__escaped),
        cmocka_unit_test(markdown__order__summary_employers_stamp),
        cmocka_unit_test(markdown__no_portfolio__no_portfolio_section),
        cmocka_unit_test(markdown__summary__no_employers),
        cmocka_unit_test(html__charts__bars_and_bands),
        cmocka_unit_test(html__small_group__hidden),
        cmocka_unit_test(html__hostile_text__escaped),
        cmocka_unit_test(html__unsafe_characters__visible),
        cmocka_unit_test(html__document__self_contained_in_order),
        cmocka_unit_test(sink__unit_bytes__spooled_after_summary),
        cmocka_unit_test(sink__no_temporary_folder__problem_recorded),
    };
    return cmocka_run_group_tests_name("report_public", tests, NULL, NULL);
}
