/*
** port: the portfolio of a run (docs/language.md, "Portfolio"; docs/cli.md, "The
** portfolio summary"): every employer's tier and standard outcomes folded into counts,
** shares with the bounds that untested evidence leaves open, evidence completeness, the
** missing-evidence table, weighted shares (--weight), groups (--group-by) and goals.
**
** The driver reduces each evaluated employer to a small contribution (jql_port_take,
** on the thread that evaluated it) and folds contributions in input order
** (jql_port_add); writers read the folded result (struct jql_portfolio) at the end.
** Memory grows with the number of groups and of distinct missing facts, never with
** the number of employers.
*/
#ifndef JQL_PORT_H
#define JQL_PORT_H

#include "check.h"
#include "dec.h"
#include "facts.h"
#include "report.h"

#include <stdbool.h>
#include <stdint.h>

/* enum jql_reach, a tier's, standard's or goal's outcome for one employer, is in report.h. */

/* The amounts of one share: counts of employers, or sums of a weight. The share is
   reached / (reached + not), the bounds reached / (reached + undecided + not) and
   (reached + undecided) / (same); error is left out of all three. */
struct jql_amounts {
    jql_dec n[JQL_NREACH]; /* by enum jql_reach */
};

/* A share as writers print it: the exact ratio rounded once, half-to-even, to one
   decimal of a percent ("62.5%"); NULL (text: n/a, JSON: null) when its denominator
   is 0. */
struct jql_share_text {
    char share[16], low[16], high[16];
    bool has_share, has_bounds;
};
void jql_port_share_text(const struct jql_amounts *a, struct jql_share_text *out);
/* The same ratio, rounded as above, of num / den (den > 0) into buf: "83.3%". */
void jql_port_pct(jql_dec num, jql_dec den, char buf[16]);

/* A weight's share amounts for every tier and standard. */
struct jql_pweight {
    const char *fact;             /* qualified path */
    int type_digits;              /* fractional digits its amounts print with (money: 2) */
    struct jql_amounts *tiers;    /* [ntiers] */
    struct jql_amounts *stds;     /* [nstds]  */
    int64_t unknown;              /* employers whose weight is unknown */
};

struct jql_pmissing {
    int fact;                     /* fact id */
    const char *path;             /* qualified */
    int64_t employers, outcomes;  /* employers missing it; untested rule outcomes naming it */
};

struct jql_portfolio;

/* One group of --group-by: the value of each fact ("(unknown)" sorts last; `by[k]`
   NULL for unknown), and the summary of its employers (without groups of its own). */
struct jql_pgroup {
    const char *by[2];
    struct jql_portfolio *p;
};

struct jql_portfolio {
    int64_t employers[JQL_NSTATUS];           /* by enum jql_status */
    int ntiers, nstds;
    const char **tier_ids, **std_ids;         /* declaration order */
    struct jql_amounts *tiers;                /* [ntiers], counts */
    int64_t (*stds)[JQL_NSTATUS];             /* [nstds]: pass fail untested n/a error */
    int64_t outcomes, decided, untested;      /* rule outcomes; decided = pass+fail+n/a */
    struct jql_pmissing *missing; int nmissing; /* sorted: outcomes, employers desc, path */
    struct jql_pweight *weights; int nweights; /* in --weight order */
    const char **group_facts; int ngroup_facts; /* --group-by paths, 0..2 */
    struct jql_pgroup *groups; int ngroups;    /* sorted as docs/cli.md says */
};

enum jql_goal_status { JQL_GOAL_MET, JQL_GOAL_NOT_MET, JQL_GOAL_UNDECIDED };

struct jql_pgoal {
    const struct jql_goal *g;
    uint8_t status;               /* enum jql_goal_status */
    int64_t population, left_out;
    struct jql_amounts a;         /* counts, or the weight's sums */
    int type_digits;              /* for weighted amounts; -1: counts */
    int64_t unknown;              /* weighted: employers in the population whose weight is
                                     unknown (they add to no amount) */
};

/* The standard's share amounts from its status counts: pass reached, untested
   undecided, fail not reached, error error; not applicable left out. */
struct jql_amounts jql_port_std_amounts(const int64_t st[JQL_NSTATUS]);

/* ---- building one ---- */

struct jql_port_opts {
    const struct jql_program *p;
    const int *weights; int nweights;   /* fact ids (count or number facts) */
    const int *group_by; int ngroup_by; /* fact ids, 0..2 */
};

struct jql_port;
struct jql_port *jql_port_new(const struct jql_port_opts *o);

/* One employer's contribution: what the fold needs and nothing more. */
struct jql_port_emp;
struct jql_evaluator;
/* From the evaluator's last run (e its result, emp the built employer): tier and
   standard outcomes, rule outcome counts, missing facts, weights, group values and goal
   populations. Any thread; the collector frees it once it is folded. */
struct jql_port_emp *jql_port_take(const struct jql_port *pt, struct jql_evaluator *ev,
                                   const struct jql_employer *emp,
                                   const struct jql_remployer *e);
/* Fold a contribution in (one thread, in input order). */
void jql_port_add(struct jql_port *pt, const struct jql_port_emp *c);

/* The folded portfolio and goals, for writers (valid until the next jql_port_add). */
const struct jql_portfolio *jql_port_result(struct jql_port *pt);
const struct jql_pgoal *jql_port_goals(struct jql_port *pt, int *n);

/* A goal's status from its amounts (docs/language.md, "Goals"): met when the low bound
   satisfies the comparison, not met when the high bound does not, else undecided;
   undecided with no one in the population. Exact: no rounding. */
/* Whether a weighted sum overflowed (JQL_DEC_MAX_INT): the run reports it as an error. */
bool jql_port_overflowed(const struct jql_port *pt);

/* The weights and goal weights of an employer before it is evaluated: a negative weight
   makes it an error, recorded on it at its name (docs/language.md, "Weights"). */
void jql_port_check_weights(const struct jql_port *pt, struct jql_employer *emp);

enum jql_goal_status jql_port_goal_status(const struct jql_goal *g, const struct jql_amounts *a);

#endif
