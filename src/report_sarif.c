/*
** report_sarif: `--format sarif` (docs/cli.md, The SARIF report). SARIF 2.1.0, one run
** of the tool jqlc. The rules are known before the first employer, so the run is
** written in its usual order and streams like JSON: the tool and its rules at begin,
** each employer's results as it is evaluated (a result per rule that failed, is
** untested or in error, located at the employer in its fact file), the invocation
** with the problems outside every employer at the end.
*/
#include "report_rows.h"

#include "mem.h"

#include <string.h>

/* The descriptor after the rules: an employer whose facts did not load. Rule ids are
   qualified ("std.rule"), so no rule has this one. */
static const char sarif_facts_id[] = "facts";

static void sarif_text(FILE *out, const char *key, const char *text)
{
    fprintf(out, "\"%s\": {\"text\": ", key);
    jql_json_string(out, text);
    fputc('}', out);
}

static void sarif_descriptor(FILE *out, const struct jql_rrule *ru)
{
    fputs("            {\"id\": ", out);
    jql_json_string(out, ru->id);
    fputs(", ", out);
    sarif_text(out, "shortDescription", *ru->title ? ru->title : ru->id);
    if (*ru->advice) {
        fputs(", ", out);
        sarif_text(out, "help", ru->advice);
    }
    fputs(", \"properties\": {\"level\": ", out);
    jql_json_string(out, ru->level);
    fputs(", \"cite\": ", out);
    jql_json_string(out, ru->cite);
    fputs(", \"location\": ", out);
    jql_json_string(out, ru->location);
    fputs("}},\n", out);
}

void jql_report_sarif_begin(FILE *out, const struct jql_report *r)
{
    fputs("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
          "schemas/sarif-schema-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n"
          "    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"jqlc\",\n"
          "          \"version\": ",
          out);
    jql_json_string(out, r->version);
    fputs(",\n          \"rules\": [\n", out);
    for (int i = 0; i < r->nrules; i++)
        sarif_descriptor(out, &r->rules[i]);
    fprintf(out, "            {\"id\": \"%s\", ", sarif_facts_id);
    sarif_text(out, "shortDescription", "The employer's facts do not load");
    fputs("}\n          ]\n        }\n      },\n"
          "      \"columnKind\": \"unicodeCodePoints\",\n      \"properties\": {\"as_of\": ",
          out);
    jql_json_string(out, r->as_of);
    fputs("},\n      \"results\": [", out);
}

/* "physicalLocation": {"artifactLocation": {"uri": ...}, "region": {...}} */
static void sarif_physical(FILE *out, const char *file, int line, int col)
{
    fputs("\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"", out);
    jql_report_uri(out, file);
    fputs("\"}", out);
    if (line > 0)
        fprintf(out, ", \"region\": {\"startLine\": %d", line);
    if (line > 0 && col > 0)
        fprintf(out, ", \"startColumn\": %d", col);
    fputs(line > 0 ? "}}" : "}", out);
}

struct sarif_result {
    const char *rule_id;
    int rule_index;
    const char *level, *message, *status;
    const char *file;
    int line, col;
    const char *const *missing; int nmissing;
};

/* One result, after a comma (report_rows.h): one line each. */
static void sarif_result(FILE *out, const struct jql_remployer *e, const struct sarif_result *x)
{
    fputs(",\n        {\"ruleId\": ", out);
    jql_json_string(out, x->rule_id);
    fprintf(out, ", \"ruleIndex\": %d, \"level\": \"%s\", ", x->rule_index, x->level);
    sarif_text(out, "message", x->message);
    fputs(", \"locations\": [{", out);
    sarif_physical(out, x->file, x->line, x->col);
    fputs(", \"logicalLocations\": [{\"name\": ", out); /* the employer, by name */
    jql_json_string(out, e->name);
    fputs(", \"kind\": \"employer\"}]}], \"properties\": {\"employer\": ", out);
    jql_json_string(out, e->name);
    fprintf(out, ", \"status\": \"%s\", \"missing\": [", x->status);
    for (int i = 0; i < x->nmissing; i++) {
        fputs(i ? ", " : "", out);
        jql_json_string(out, x->missing[i]);
    }
    fputs("]}}", out);
}

static const char *sarif_level(enum jql_status st)
{
    return st == JQL_UNTESTED ? "warning" : "error";
}

/* Each error of an employer whose facts did not load, at its own place. */
static void sarif_fact_errors(FILE *out, const struct jql_report *r,
                              const struct jql_remployer *e)
{
    struct sarif_result x = {.rule_id = sarif_facts_id, .rule_index = r->nrules,
                             .level = "error", .status = "error"};
    bool any = false;
    for (int i = 0; i < e->ndiags; i++) {
        const struct jql_diag *dg = e->diags[i];
        if (dg->sev != JQL_SEV_ERROR)
            continue;
        any = true;
        x.message = dg->msg;
        x.file = jql_report_diag_file(dg);
        x.line = jql_report_diag_line(dg), x.col = 0;
        if (dg->loc.src)
            jql_source_linecol(dg->loc.src, dg->loc.start, &x.line, &x.col);
        sarif_result(out, e, &x);
    }
    if (!any) {
        x.message = "the employer's facts did not load";
        x.file = e->file, x.line = e->line, x.col = 0;
        sarif_result(out, e, &x);
    }
}

void jql_report_sarif_unit(FILE *out, const struct jql_report *r,
                           const struct jql_remployer *e)
{
    if (e->nstds == 0 && jql_report_status(e->status) == JQL_ERROR) {
        sarif_fact_errors(out, r, e);
        return;
    }
    int index = 0; /* every employer has every standard, in the order of r->rules */
    for (int i = 0; i < e->nstds; i++) {
        const struct jql_rstd *sd = &e->stds[i];
        for (int k = 0; k < sd->nrules; k++, index++) {
            const struct jql_rrule *ru = &sd->rules[k];
            enum jql_status st = jql_report_status(ru->status);
            if (st == JQL_PASS || st == JQL_NOT_APPLICABLE)
                continue;
            struct sarif_result x = {
                .rule_id = index < r->nrules ? r->rules[index].id
                                             : jql_sprintf("%s.%s", sd->id, ru->id),
                .rule_index = index < r->nrules ? index : -1, .level = sarif_level(st),
                .message = *ru->reason ? ru->reason : jql_status_name(st),
                .status = jql_status_name(st), .file = e->file, .line = e->line,
                .missing = ru->missing, .nmissing = ru->nmissing};
            sarif_result(out, e, &x);
        }
    }
}

static void sarif_notification(FILE *out, const struct jql_diag *dg)
{
    fprintf(out, "{\"level\": \"%s\", ", dg->sev == JQL_SEV_ERROR ? "error" : "warning");
    sarif_text(out, "message", dg->msg);
    const char *file = jql_report_diag_file(dg);
    if (*file) {
        int line = 0, col = 0;
        if (dg->loc.src)
            jql_source_linecol(dg->loc.src, dg->loc.start, &line, &col);
        fputs(", \"locations\": [{", out);
        sarif_physical(out, file, line, col);
        fputs("}]", out);
    }
    fputc('}', out);
}

/* The invocation: successful unless the run had errors (exit status 2), with the
   problems outside every employer as notifications. */
void jql_report_sarif_end(FILE *out, const struct jql_report *r, bool any_result)
{
    bool ok = !r->counts[0][JQL_ERROR] && !r->counts[2][JQL_ERROR] &&
              !jql_report_outside_errors(r);
    fputs(any_result ? "\n      ],\n" : "],\n", out);
    fprintf(out, "      \"invocations\": [\n        {\"executionSuccessful\": %s",
            ok ? "true" : "false");
    if (r->ndiags)
        fputs(", \"toolExecutionNotifications\": [\n", out);
    for (int i = 0; i < r->ndiags; i++) {
        fputs("          ", out);
        sarif_notification(out, r->diags[i]);
        fputs(i + 1 < r->ndiags ? ",\n" : "\n        ]", out);
    }
    fputs("}\n      ]\n    }\n  ]\n}\n", out);
}
