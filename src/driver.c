/*
** driver: `jqlc check` from fact files to the report's sink (driver.h). Per
** employer: the duplicate-name check, its diagnostics printed, evaluation, the
** counts, the sink; nothing of it is kept. Per file: the reader, the diagnostics
** that belong to no employer, the SHA-256 for the stamp.
*/
#include "driver.h"

#include "factb.h"
#include "mem.h"
#include "parse.h"
#include "read_csv.h"
#include "read_json.h"

#include <string.h>

/* The first employer of each name in the run, for the duplicate warning. The only state
   that grows with the portfolio, so it is kept small: 16 bytes an employer, a 64-bit
   fingerprint of the name and where it was first listed (docs/cli.md, "Employers named
   twice"). */
struct drv_name {
    uint64_t fp;       /* 0: a free slot */
    uint32_t line;     /* 1-based */
    uint16_t col;      /* 1-based; 0xFFFF when past it */
    uint16_t file;     /* the file's number in the run (jql_drv.file_names) */
};

struct jql_drv {
    struct jql_drv_opts o;
    struct jql_report *rep;
    struct jql_sink *sink;
    struct jql_evaluator *ev;
    struct drv_name *names;
    uint32_t cap, n;
    const char **file_names; int nfile_names; /* by file number, from 1 */
    int files;              /* fact files read, numbering their sources */
    bool had_error;
};

struct jql_drv *jql_drv_new(const struct jql_drv_opts *o, struct jql_report *rep,
                            struct jql_sink *sink)
{
    struct jql_drv *d = jql_alloc(sizeof *d);
    d->o = *o;
    if (!d->o.name_key)
        d->o.name_key = "employer";
    d->rep = rep;
    d->sink = sink;
    d->ev = jql_eval_new(o->p, o->as_of);
    if (o->max_steps)
        jql_eval_set_max_steps(d->ev, o->max_steps);
    return d;
}

bool jql_drv_had_error(const struct jql_drv *d) { return d->had_error; }

const struct jql_rrule *jql_drv_rules(const struct jql_drv *d, int *n)
{
    const struct jql_program *p = d->o.p;
    struct jql_evaluator *ev = d->ev;
    JQL_VEC(struct jql_rrule) v = {0};
    for (int s = 0; s < p->nstandards; s++)
        for (int r = 0; r < p->standards[s]->nrules; r++) {
            struct jql_rrule ru = *jql_eval_rule_info(ev, s, r);
            ru.id = jql_sprintf("%s.%s", p->standards[s]->id, ru.id);
            JQL_VEC_PUSH(v, ru);
        }
    *n = v.n;
    return v.v;
}

/* ---- duplicate names (docs/cli.md, "Employers named twice") ---- */

/* A 64-bit fingerprint of a name (FNV-1a, then a final mix so that close names spread);
   never 0, which marks a free slot. Two names share one with a chance of about 1 in
   10^7 in a run of a million employers (docs/cli.md). */
static uint64_t name_fp(const char *name)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static struct drv_name *name_slot(const struct jql_drv *d, uint64_t fp)
{
    uint32_t mask = d->cap - 1, i = (uint32_t)fp & mask;
    while (d->names[i].fp && d->names[i].fp != fp)
        i = (i + 1) & mask;
    return &d->names[i];
}

/* Where the name was first listed (a small source holding the name, at its place in its
   file, for the note), or NULL when it is new (then it is added). */
static const struct jql_source *name_seen(struct jql_drv *d, const char *name, struct jql_loc at,
                                          struct jql_loc *first)
{
    if (4 * (d->n + 1) > 3 * d->cap) {
        struct drv_name *old = d->names;
        uint32_t oldcap = d->cap;
        d->cap = oldcap ? 2 * oldcap : 1024;
        d->names = jql_alloc_atomic(d->cap * sizeof *d->names);
        memset(d->names, 0, d->cap * sizeof *d->names);
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i].fp)
                *name_slot(d, old[i].fp) = old[i];
    }
    uint64_t fp = name_fp(name);
    struct drv_name *slot = name_slot(d, fp);
    if (slot->fp) {
        const char *text = jql_value_quote(name);
        struct jql_source *src = jql_source_part(d->file_names[slot->file], text, strlen(text),
                                                 (int)slot->line - 1,
                                                 slot->col ? slot->col - 1 : 0);
        src->file_no = slot->file;
        src->bare = true; /* the record is gone: the note names the place only */
        *first = (struct jql_loc){src, 0, (uint32_t)strlen(text)};
        return src;
    }
    int line = 0, col = 0;
    if (at.src)
        jql_source_linecol(at.src, at.start, &line, &col);
    *slot = (struct drv_name){fp, (uint32_t)line, (uint16_t)(col < 0xFFFF ? col : 0xFFFF),
                              (uint16_t)(at.src ? at.src->file_no : 0)};
    d->n++;
    return NULL;
}

/* A warning at the later of two employers of one name (an error under --strict), with a
   note at the first; both are still evaluated and reported. A record without a name
   ("(line 12)", "(row 3)": already an error) takes no part. */
static void check_duplicate(struct jql_drv *d, struct jql_employer *e)
{
    struct jql_loc first;
    if (!e->name || e->unnamed || !name_seen(d, e->name, e->name_loc, &first))
        return;
    struct jql_diag *dg = jql_diag_warning(&e->diags, e->name_loc, "duplicate employer %s",
                                           jql_value_quote(e->name));
    const struct jql_source *is = e->name_loc.src;
    bool same_file_again = is && strcmp(first.src->name, is->name) == 0 &&
                           first.src->file_no != is->file_no;
    jql_diag_note(dg, first, same_file_again ? "first listed here: the same file is given twice"
                                             : "first listed here");
    jql_diags_sort(&e->diags); /* at the name, before the facts' diagnostics */
    e->failed |= e->diags.nerrors > 0;
}

/* ---- employers ---- */

/* One employer read: the duplicate check, its diagnostics printed, evaluation, the
   counts, the sink. `pre` (may be NULL) are diagnostics about it printed already (the
   syntax errors in its block); its report lists them first. */
static void employer_done(struct jql_drv *d, struct jql_employer *e, const struct jql_diags *pre)
{
    check_duplicate(d, e);
    jql_diags_render(d->o.err, &e->diags, d->o.err_color);
    if (pre && pre->n) {
        struct jql_diags all = {.werror = e->diags.werror};
        jql_diags_append(&all, pre);
        jql_diags_append(&all, &e->diags);
        e->diags = all;
    }
    struct jql_remployer r = {0};
    jql_eval_run(d->ev, e, &r);
    int line, col;
    jql_source_linecol(e->loc.src, e->loc.start, &line, &col);
    r.name = e->name;
    r.file = e->loc.src->name;
    r.line = line;
    jql_report_tally(d->rep, &r);
    jql_sink_employer(d->sink, &r);
}

/* Diagnostics that belong to no employer: printed, and kept for the report. */
static void file_diags(struct jql_drv *d, const struct jql_diags *fd)
{
    jql_diags_render(d->o.err, fd, d->o.err_color);
    for (int k = 0; k < fd->n; k++)
        JQL_APPEND(d->rep->diags, d->rep->ndiags, fd->v[k]);
    d->had_error |= fd->nerrors > 0;
}

/* ---- readers ---- */

static bool loc_in(struct jql_loc at, const struct jql_employer *e)
{
    return at.src && at.src == e->loc.src && at.start >= e->loc.start && at.start < e->loc.end;
}

/* A .facts record (one or more employer blocks): the syntax errors inside an employer's
   block are its own, the others belong to no employer; all are printed in source order
   before the employers' own diagnostics. */
static void facts_record(struct jql_drv *d, struct jql_fb *fb, const struct jql_source *src)
{
    struct jql_diags syn = {.werror = d->o.strict};
    struct jql_factfile *ff = jql_parse_facts(src, &syn);
    jql_diags_render(d->o.err, &syn, d->o.err_color);
    struct jql_employer **emps = jql_alloc(((size_t)ff->nemployers + 1) * sizeof *emps);
    for (int i = 0; i < ff->nemployers; i++)
        emps[i] = jql_facts_read(fb, ff->employers[i]);
    struct jql_diags outside = {0};
    for (int k = 0; k < syn.n; k++) {
        int i = 0;
        while (i < ff->nemployers && !loc_in(syn.v[k]->loc, emps[i]))
            i++;
        if (i == ff->nemployers)
            jql_diags_append(&outside, &(struct jql_diags){.v = &syn.v[k], .n = 1});
    }
    for (int k = 0; k < outside.n; k++)
        JQL_APPEND(d->rep->diags, d->rep->ndiags, outside.v[k]);
    d->had_error |= outside.n > 0;
    for (int i = 0; i < ff->nemployers; i++) {
        struct jql_diags inside = {0};
        for (int k = 0; k < syn.n; k++)
            if (loc_in(syn.v[k]->loc, emps[i]))
                jql_diags_append(&inside, &(struct jql_diags){.v = &syn.v[k], .n = 1});
        employer_done(d, emps[i], &inside);
    }
}

static const char *jsonl_fallback(const struct jql_record *r)
{
    return jql_sprintf("(line %d)", r->line0 + 1);
}

/* Every record of one file through its reader. */
static void read_records(struct jql_drv *d, struct jql_input *in, enum jql_input_kind kind,
                         int file_no, struct jql_diags *fd)
{
    struct jql_facts_opts fo = {.strict = d->o.strict, .per_file = kind != JQL_IN_FACTS,
                                .syntax = kind == JQL_IN_CSV    ? JQL_SYNTAX_CSV
                                          : kind == JQL_IN_FACTS ? JQL_SYNTAX_FACTS
                                                                 : JQL_SYNTAX_JSON};
    struct jql_fb *fb = jql_fb_new(d->o.p, &fo);
    struct jql_csv *csv = NULL;
    struct jql_record r;
    bool header = kind == JQL_IN_CSV;
    while (jql_input_next(in, &r, fd)) {
        struct jql_source *src = jql_source_part(jql_input_name(in), r.text, r.len,
                                                 kind == JQL_IN_CSV ? r.number - 1 : r.line0,
                                                 kind == JQL_IN_CSV ? 0 : r.col0);
        src->file_no = file_no;
        src->csv = kind == JQL_IN_CSV;
        if (header) {
            header = false;
            csv = jql_csv_header(src, d->o.name_key, fd);
            file_diags(d, fd); /* the header's problems now, not after the last row's */
            *fd = (struct jql_diags){.werror = d->o.strict};
            if (!csv)
                break; /* no employer can be named: the file is not read */
            continue;
        }
        if (kind == JQL_IN_FACTS)
            facts_record(d, fb, src);
        else if (kind == JQL_IN_CSV)
            employer_done(d, jql_csv_row(csv, fb, src, r.number), NULL);
        else
            employer_done(d, jql_read_json_record(fb, src, d->o.name_key, jsonl_fallback(&r)),
                          NULL);
    }
    if (header && !jql_input_failed(in))
        jql_diag_error(fd, (struct jql_loc){0}, "cannot read '%s': the CSV file is empty",
                       jql_input_name(in));
    jql_fb_file_end(fb, fd);
}

void jql_drv_file(struct jql_drv *d, const char *path)
{
    struct jql_diags fd = {.werror = d->o.strict};
    int kind = d->o.input >= 0 ? d->o.input : strcmp(path, "-") == 0 ? JQL_IN_FACTS
                                                                      : jql_input_kind_of(path);
    struct jql_input *in = jql_input_open(path, kind < 0 ? JQL_IN_FACTS : kind, &fd);
    if (in) {
        if (!d->nfile_names)
            JQL_APPEND(d->file_names, d->nfile_names, ""); /* numbers start at 1 */
        JQL_APPEND(d->file_names, d->nfile_names, jql_input_name(in));
        read_records(d, in, kind < 0 ? JQL_IN_FACTS : kind, ++d->files, &fd);
        char sha[65];
        jql_input_close(in, sha);
        jql_report_add_file_sha(d->rep, jql_strdup(path), "facts", sha);
    }
    for (int k = 0; k < fd.n; k++) /* a whole-file problem names its file (docs/cli.md) */
        if (!fd.v[k]->loc.src && !fd.v[k]->file)
            fd.v[k]->file = jql_strdup(path);
    jql_diags_sort(&fd);
    file_diags(d, &fd);
}
