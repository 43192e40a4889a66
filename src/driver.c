/*
** driver: `jqlc check` from fact files to the report's sink (driver.h).
**
** This thread reads each file and splits it into records, which it hands out in
** jobs; N workers each build, evaluate and write a job's employers into the job's
** own buffers (the report's bytes, the diagnostics' bytes, the counts); this
** thread takes the jobs back in the order they were read and joins them into the
** report. Names are checked for duplicates in that order, as the jobs are joined:
** a record holding an employer named before is read again here, in line, with the
** check (rare, and the same code). With one job at a time the jobs are done in
** line, so the output is the same for every N (docs/HACKING.md, "Parallel runs").
** Memory is bounded by the jobs in flight, never by the portfolio.
*/
#include "driver.h"

#include "factb.h"
#include "mem.h"
#include "parse.h"
#include "read_csv.h"
#include "read_json.h"

#include <pthread.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

/* A job: up to this many records, or bytes of them (a larger record is a job alone). */
enum { JOB_RECORDS = 512, JOB_BYTES = 256 * 1024 };

/* The first employer of each name in the run, for the duplicate warning. The only state
   that grows with the portfolio, so it is kept small: 16 bytes an employer, a 64-bit
   fingerprint of the name and where it was first listed (docs/cli.md, "Employers named
   twice"). */
struct drv_name {
    uint64_t fp;       /* 0: a free slot */
    uint64_t place;    /* name_place(): line, column and file number in one word */
};

/* A place packed in 64 bits: the line (32 bits, 1-based), the column (12 bits, 1-based;
   PLACE_COL_MAX when at or past it) and the file's number in the run (20 bits, index of
   jql_drv.file_names). The CLI cannot name more files than an argument list holds (a
   few hundred thousand); the driver refuses a file past PLACE_FILE_MAX rather than wrap
   (docs/cli.md, "Limits"). */
enum { PLACE_COL_BITS = 12, PLACE_FILE_BITS = 20 };
#define PLACE_COL_MAX ((1u << PLACE_COL_BITS) - 1)
#define PLACE_FILE_MAX ((1u << PLACE_FILE_BITS) - 1)

static uint64_t name_place(uint32_t line, uint32_t col, uint32_t file)
{
    return (uint64_t)line << 32 | (uint64_t)(col < PLACE_COL_MAX ? col : PLACE_COL_MAX)
                                      << PLACE_FILE_BITS | file;
}

static uint32_t place_line(uint64_t p) { return (uint32_t)(p >> 32); }
static uint32_t place_col(uint64_t p) { return (uint32_t)(p >> PLACE_FILE_BITS) & PLACE_COL_MAX; }
static uint32_t place_file(uint64_t p) { return (uint32_t)p & PLACE_FILE_MAX; }

/* An employer of a job: its name's fingerprint and place, and its bytes of the report. */
struct drv_emp {
    struct drv_name name; /* fp 0: no name */
    size_t out_a, out_b;
    struct jql_port_emp *port;  /* its contribution to the portfolio */
};

/* A record of a job, and what reading it gave. */
struct drv_rec {
    size_t off, len;             /* in the job's text */
    int line0, col0, number;     /* as jql_record */
    int emp0, nemps;             /* its employers in the job's emps */
    size_t err_a, err_b;         /* its diagnostics, as printed, in the job's err */
    int64_t counts[3][JQL_NSTATUS];  /* as jql_report.counts */
    struct jql_diags outside;    /* .facts: syntax errors outside every employer block */
};

struct drv_job {
    int file_no;
    enum jql_input_kind kind;
    const char *file;            /* the file's name, as diagnostics show it */
    const struct jql_csv *csv;   /* the header, for CSV */
    char *text;                  /* the records' bytes (outside the collector) */
    size_t len, cap;
    JQL_VEC(struct drv_rec) recs;
    JQL_VEC(struct drv_emp) emps;
    char *out, *err;             /* written by the worker (open_memstream) */
    size_t nout, nerr;
    struct jql_fb_unknowns *unknown; /* the undeclared keys it counted */
    bool done;                   /* under the pool's lock */
};

/* What one thread needs to do jobs: its own builder and evaluator. */
struct drv_ctx {
    struct jql_drv *d;
    struct jql_fb *fb;           /* for the file `fb_file` */
    int fb_file;
    struct jql_evaluator *ev;
    bool redo;                   /* reading again in order: names checked here */
    /* the job being done */
    struct drv_job *job;
    struct drv_rec *rec;
    FILE *out, *err;
    struct jql_sink sink;
};

struct jql_drv {
    struct jql_drv_opts o;
    struct jql_report *rep;
    struct jql_sink *sink;
    struct drv_shard {
        struct drv_name *v;
        uint32_t cap, n;
    } names[256];
    const char **file_names; int nfile_names; /* by file number, from 1 */
    int files;                   /* fact files read, numbering their sources */
    bool had_error;
    struct jql_fb *file_fb;      /* the current file's: merged undeclared keys, reads again */
    struct drv_ctx line;         /* this thread's, for jobs done in line */
    struct drv_ctx again;        /* this thread's, for records read again */
    /* the workers (none when jobs are done in line) */
    bool workers_tried;
    int nworkers;
    struct drv_ctx *ctx;
    pthread_t *threads;
    pthread_mutex_t mu;
    pthread_cond_t more, done;
    struct drv_job **todo;       /* waiting for a worker, oldest first (a ring) */
    int todo_first, todo_n;
    bool quit;
    /* jobs handed out and not yet joined, in order (a ring), and jobs to reuse */
    struct drv_job **flight;
    int flight_first, flight_n, flight_max;
    JQL_VEC(struct drv_job *) spare;
    struct drv_job *filling;     /* the job records are being added to */
};

static void *drv_worker(void *arg);

static void ctx_init(struct jql_drv *d, struct drv_ctx *c)
{
    c->d = d;
    c->fb_file = -1;
}

/* The context's evaluator, made at its first use (by the thread that uses it). */
static struct jql_evaluator *ctx_ev(struct drv_ctx *c)
{
    if (!c->ev) {
        c->ev = jql_eval_new(c->d->o.p, c->d->o.as_of);
        jql_eval_reuse(c->ev); /* each employer is written before the next is evaluated */
        if (c->d->o.max_steps)
            jql_eval_set_max_steps(c->ev, c->d->o.max_steps);
    }
    return c->ev;
}

struct jql_drv *jql_drv_new(const struct jql_drv_opts *o, struct jql_report *rep,
                            struct jql_sink *sink)
{
    struct jql_drv *d = jql_alloc(sizeof *d);
    d->o = *o;
    if (!d->o.name_key)
        d->o.name_key = "employer";
    d->rep = rep;
    d->sink = sink;
    ctx_init(d, &d->line);
    ctx_init(d, &d->again);
    d->again.redo = true;
    int n = o->jobs > 0 ? o->jobs : 1;
    d->flight_max = 2 * n + 2;
    d->flight = jql_alloc((size_t)d->flight_max * sizeof *d->flight);
    d->todo = jql_alloc((size_t)d->flight_max * sizeof *d->todo);
    return d;
}

/* The workers start with the first job that is followed by another: a run of a few
   employers (one job) is done in line, without threads. */
static void workers_start(struct jql_drv *d)
{
    int n = d->o.jobs;
    d->workers_tried = true;
    if (n <= 1)
        return;
    pthread_mutex_init(&d->mu, NULL);
    pthread_cond_init(&d->more, NULL);
    pthread_cond_init(&d->done, NULL);
    d->ctx = jql_alloc((size_t)n * sizeof *d->ctx);
    d->threads = jql_alloc((size_t)n * sizeof *d->threads);
    for (int i = 0; i < n; i++) {
        ctx_init(d, &d->ctx[i]);
        if (pthread_create(&d->threads[i], NULL, drv_worker, &d->ctx[i]) != 0)
            break; /* fewer threads; none: jobs are done in line */
        d->nworkers++;
    }
}

bool jql_drv_had_error(const struct jql_drv *d) { return d->had_error; }

const struct jql_rrule *jql_drv_rules(struct jql_drv *d, int *n)
{
    const struct jql_program *p = d->o.p;
    struct jql_evaluator *ev = ctx_ev(&d->again);
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

/* The table is split by the fingerprint's top byte into shards that grow one at a time,
   so growing never holds two copies of the whole table. */
static struct drv_name *name_slot(const struct drv_shard *sh, uint64_t fp)
{
    uint32_t mask = sh->cap - 1, i = (uint32_t)fp & mask;
    while (sh->v[i].fp && sh->v[i].fp != fp)
        i = (i + 1) & mask;
    return &sh->v[i];
}

static struct drv_shard *name_shard(struct jql_drv *d, uint64_t fp)
{
    struct drv_shard *sh = &d->names[fp >> 56];
    if (4 * (sh->n + 1) <= 3 * sh->cap)
        return sh;
    struct drv_shard old = *sh;
    sh->cap = old.cap ? 2 * old.cap : 64;
    /* outside the collector: it holds no pointer, and a large live block there would
       make the collector let its heap grow in proportion */
    sh->v = jql_buf_realloc(NULL, sh->cap * sizeof *sh->v);
    memset(sh->v, 0, sh->cap * sizeof *sh->v);
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.v[i].fp)
            *name_slot(sh, old.v[i].fp) = old.v[i];
    jql_buf_free(old.v);
    return sh;
}

/* The first listing of the name with fingerprint fp, or NULL. */
static const struct drv_name *name_find(struct jql_drv *d, uint64_t fp)
{
    struct drv_name *slot = name_slot(name_shard(d, fp), fp);
    return slot->fp ? slot : NULL;
}

static void name_add(struct jql_drv *d, const struct drv_name *nm)
{
    struct drv_shard *sh = name_shard(d, nm->fp);
    *name_slot(sh, nm->fp) = *nm;
    sh->n++;
}

/* The name's fingerprint and place (fp 0 when it has none). */
static struct drv_name name_of(const struct jql_employer *e)
{
    struct drv_name nm = {0};
    if (!e->name || e->unnamed)
        return nm;
    int line = 0, col = 0;
    if (e->name_loc.src)
        jql_source_linecol(e->name_loc.src, e->name_loc.start, &line, &col);
    int file = e->name_loc.src ? e->name_loc.src->file_no : 0;
    nm = (struct drv_name){name_fp(e->name), name_place((uint32_t)line, (uint32_t)col,
                                                       (uint32_t)file)};
    return nm;
}

/* The place a name was first listed, as a small source holding the name (the record is
   gone: the note names the place only). */
static struct jql_loc first_place(const struct jql_drv *d, const char *name,
                                  const struct drv_name *first)
{
    const char *text = jql_value_quote(name);
    uint32_t col = place_col(first->place), file = place_file(first->place);
    struct jql_source *src = jql_source_part(d->file_names[file], text, strlen(text),
                                             (int)place_line(first->place) - 1,
                                             col ? (int)col - 1 : 0);
    src->file_no = (int)file;
    src->bare = true;
    return (struct jql_loc){src, 0, (uint32_t)strlen(text)};
}

/* A warning at the later of two employers of one name (an error under --strict), with a
   note at the first; both are still evaluated and reported. New names are added. A record
   without a name ("(line 12)", "(row 3)": already an error) takes no part (name_of). */
static void check_duplicate(struct jql_drv *d, struct jql_employer *e)
{
    struct drv_name nm = name_of(e);
    if (!nm.fp)
        return;
    const struct drv_name *seen = name_find(d, nm.fp);
    if (!seen) {
        name_add(d, &nm);
        return;
    }
    struct jql_loc first = first_place(d, e->name, seen);
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

/* ---- one employer, one record (any thread) ---- */

/* One employer read: its diagnostics printed, evaluation, the counts, the sink. `pre`
   (may be NULL) are diagnostics about it printed already (the syntax errors in its
   block); its report lists them first. */
static void employer_done(struct drv_ctx *c, struct jql_employer *e, const struct jql_diags *pre)
{
    struct jql_drv *d = c->d;
    if (c->redo)
        check_duplicate(d, e);
    struct drv_emp em = {.name = c->redo ? (struct drv_name){0} : name_of(e)};
    if (d->o.port)
        jql_port_check_weights(d->o.port, e);
    jql_diags_render(c->err, &e->diags, d->o.err_color);
    if (pre && pre->n) {
        struct jql_diags all = {.werror = e->diags.werror};
        jql_diags_append(&all, pre);
        jql_diags_append(&all, &e->diags);
        e->diags = all;
    }
    struct jql_remployer r = {0};
    jql_eval_run(c->ev, e, &r);
    if (jql_sink_shows_reasons(&c->sink))
        jql_eval_render(c->ev, &r);
    int line, col;
    jql_source_linecol(e->loc.src, e->loc.start, &line, &col);
    r.name = e->name;
    r.file = e->loc.src->name;
    r.line = line;
    struct jql_report tally = {0};
    jql_report_tally(&tally, &r);
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < JQL_NSTATUS; k++)
            c->rec->counts[i][k] += tally.counts[i][k];
    em.out_a = (size_t)ftell(c->out);
    jql_sink_unit(&c->sink, &r);
    em.out_b = (size_t)ftell(c->out);
    if (d->o.port)
        em.port = jql_port_take(d->o.port, c->ev, e, &r);
    JQL_VEC_PUSH(c->job->emps, em);
    jql_fb_recycle(c->fb, e);
}

static bool loc_in(struct jql_loc at, const struct jql_employer *e)
{
    return at.src && at.src == e->loc.src && at.start >= e->loc.start && at.start < e->loc.end;
}

/* A .facts record (one or more employer blocks): the syntax errors inside an employer's
   block are its own, the others belong to no employer; all are printed in source order
   before the employers' own diagnostics. */
static void facts_record(struct drv_ctx *c, const struct jql_source *src)
{
    struct jql_diags syn = {.werror = c->d->o.strict};
    struct jql_factfile *ff = jql_parse_facts(src, &syn);
    jql_diags_render(c->err, &syn, c->d->o.err_color);
    struct jql_employer **emps = jql_alloc(((size_t)ff->nemployers + 1) * sizeof *emps);
    for (int i = 0; i < ff->nemployers; i++)
        emps[i] = jql_facts_read(c->fb, ff->employers[i]);
    for (int k = 0; k < syn.n; k++) {
        int i = 0;
        while (i < ff->nemployers && !loc_in(syn.v[k]->loc, emps[i]))
            i++;
        if (i == ff->nemployers) { /* kept for the report's end, past the record */
            jql_source_keep(syn.v[k]->loc.src);
            jql_diags_append(&c->rec->outside, &(struct jql_diags){.v = &syn.v[k], .n = 1});
        }
    }
    for (int i = 0; i < ff->nemployers; i++) {
        struct jql_diags inside = {0};
        for (int k = 0; k < syn.n; k++)
            if (loc_in(syn.v[k]->loc, emps[i]))
                jql_diags_append(&inside, &(struct jql_diags){.v = &syn.v[k], .n = 1});
        employer_done(c, emps[i], &inside);
    }
}

static void rec_run(struct drv_ctx *c, struct drv_rec *r)
{
    struct drv_job *j = c->job;
    c->rec = r;
    r->emp0 = j->emps.n;
    r->err_a = (size_t)ftell(c->err);
    bool csv = j->kind == JQL_IN_CSV;
    /* JSON and CSV records are read as views of the job's text (what must outlive the
       job is kept: jql_source_keep); .facts ones are copied for the scanner, which
       wants its text to end in a NUL */
    struct jql_source *src = (j->kind == JQL_IN_FACTS ? jql_source_part : jql_source_view)(
        j->file, j->text + r->off, r->len, csv ? r->number - 1 : r->line0, csv ? 0 : r->col0);
    src->file_no = j->file_no;
    src->csv = csv;
    if (j->kind == JQL_IN_FACTS)
        facts_record(c, src);
    else if (csv)
        employer_done(c, jql_csv_row(j->csv, c->fb, src, r->number), NULL);
    else
        employer_done(c, jql_read_json_record(c->fb, src, c->d->o.name_key,
                                              jql_sprintf("(line %d)", r->line0 + 1)),
                      NULL);
    r->nemps = j->emps.n - r->emp0;
    r->err_b = (size_t)ftell(c->err);
}

/* A job's buffer as a stream. Only its worker writes it, so stdio need not lock it at
   each call (a report is hundreds of small writes an employer). */
static FILE *mem_file(char **buf, size_t *n)
{
    FILE *f = open_memstream(buf, n);
    if (!f)
        jql_out_of_memory(BUFSIZ);
    __fsetlocking(f, FSETLOCKING_BYCALLER);
    return f;
}

/* The builder's options for a file of `kind`: its notes speak the file's syntax. */
static struct jql_facts_opts drv_facts_opts(const struct jql_drv *d, enum jql_input_kind kind)
{
    return (struct jql_facts_opts){.strict = d->o.strict, .per_file = kind != JQL_IN_FACTS,
                                   .syntax = kind == JQL_IN_CSV     ? JQL_SYNTAX_CSV
                                             : kind == JQL_IN_FACTS ? JQL_SYNTAX_FACTS
                                                                    : JQL_SYNTAX_JSON};
}

/* Do job j: every record into the job's buffers. */
static void job_run(struct drv_ctx *c, struct drv_job *j)
{
    struct jql_drv *d = c->d;
    ctx_ev(c);
    if (c->fb_file != j->file_no) {
        struct jql_facts_opts fo = drv_facts_opts(d, j->kind);
        c->fb = jql_fb_new(d->o.p, &fo);
        c->fb_file = j->file_no;
    }
    c->job = j;
    c->out = mem_file(&j->out, &j->nout);
    c->err = mem_file(&j->err, &j->nerr);
    jql_sink_init(&c->sink, d->sink->fmt, d->sink->out ? c->out : NULL, &d->sink->o, d->rep);
    for (int i = 0; i < j->recs.n; i++)
        rec_run(c, &j->recs.v[i]);
    if (fclose(c->out) != 0 || fclose(c->err) != 0)
        jql_out_of_memory(BUFSIZ);
    if (!c->redo)
        j->unknown = jql_fb_take_unknowns(c->fb);
    c->job = NULL;
}

/* ---- the workers ---- */

static void *drv_worker(void *arg)
{
    struct drv_ctx *c = arg;
    struct jql_drv *d = c->d;
    jql_mem_thread_begin();
    pthread_mutex_lock(&d->mu);
    for (;;) {
        while (!d->todo_n && !d->quit)
            pthread_cond_wait(&d->more, &d->mu);
        if (!d->todo_n)
            break;
        struct drv_job *j = d->todo[d->todo_first];
        d->todo_first = (d->todo_first + 1) % d->flight_max;
        d->todo_n--;
        pthread_mutex_unlock(&d->mu);
        job_run(c, j);
        pthread_mutex_lock(&d->mu);
        j->done = true;
        pthread_cond_broadcast(&d->done);
    }
    pthread_mutex_unlock(&d->mu);
    jql_mem_thread_end();
    return NULL;
}

void jql_drv_end(struct jql_drv *d)
{
    for (int i = 0; i < 256; i++) {
        jql_buf_free(d->names[i].v);
        d->names[i] = (struct drv_shard){0};
    }
    if (!d->nworkers)
        return;
    pthread_mutex_lock(&d->mu);
    d->quit = true;
    pthread_cond_broadcast(&d->more);
    pthread_mutex_unlock(&d->mu);
    for (int i = 0; i < d->nworkers; i++)
        pthread_join(d->threads[i], NULL);
    d->nworkers = 0;
}

/* ---- joining jobs, in order (this thread) ---- */

/* Add the record's names to the run's, or false (nothing added) when one was listed
   before: the record is then read again with the check. */
static bool rec_names(struct jql_drv *d, const struct drv_job *j, const struct drv_rec *r)
{
    const struct drv_emp *e = &j->emps.v[r->emp0];
    for (int k = 0; k < r->nemps; k++) {
        if (!e[k].name.fp)
            continue;
        if (name_find(d, e[k].name.fp))
            return false;
        for (int i = 0; i < k; i++)
            if (e[i].name.fp == e[k].name.fp)
                return false;
    }
    for (int k = 0; k < r->nemps; k++) {
        if (!e[k].name.fp)
            continue;
        name_add(d, &e[k].name);
    }
    return true;
}

/* The record's diagnostics, employers, counts and problems outside employers, into the
   run's. */
static void rec_emit(struct jql_drv *d, const struct drv_job *j, const struct drv_rec *r)
{
    fwrite(j->err + r->err_a, 1, r->err_b - r->err_a, d->o.err);
    const struct drv_emp *e = &j->emps.v[r->emp0];
    for (int k = 0; k < r->nemps; k++) {
        jql_sink_unit_bytes(d->sink, j->out + e[k].out_a, e[k].out_b - e[k].out_a);
        if (e[k].port)
            jql_port_add(d->o.port, e[k].port);
    }
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < JQL_NSTATUS; k++)
            d->rep->counts[i][k] += r->counts[i][k];
    for (int k = 0; k < r->outside.n; k++)
        JQL_APPEND(d->rep->diags, d->rep->ndiags, r->outside.v[k]);
    d->had_error |= r->outside.n > 0;
}

/* Read record r of job j again, in line, with the duplicate check. */
static void rec_redo(struct jql_drv *d, const struct drv_job *j, const struct drv_rec *r)
{
    struct drv_job again = {.file_no = j->file_no, .kind = j->kind, .file = j->file,
                            .csv = j->csv, .text = j->text, .len = j->len};
    struct drv_rec one = *r;
    memset(one.counts, 0, sizeof one.counts);
    one.outside = (struct jql_diags){0};
    JQL_VEC_PUSH(again.recs, one);
    d->again.fb = d->file_fb; /* counts no undeclared key: they were counted */
    d->again.fb_file = j->file_no;
    job_run(&d->again, &again);
    rec_emit(d, &again, &again.recs.v[0]);
    jql_buf_free(again.out);
    jql_buf_free(again.err);
}

static void job_join(struct jql_drv *d, struct drv_job *j)
{
    jql_fb_merge_unknowns(d->file_fb, j->unknown);
    for (int i = 0; i < j->recs.n; i++) {
        const struct drv_rec *r = &j->recs.v[i];
        if (rec_names(d, j, r))
            rec_emit(d, j, r);
        else
            rec_redo(d, j, r);
    }
    jql_buf_free(j->out);
    jql_buf_free(j->err);
    j->out = j->err = NULL;
    j->unknown = NULL;
    j->recs.n = j->emps.n = 0;
    j->len = 0;
    JQL_VEC_PUSH(d->spare, j);
}

/* Join the oldest job handed out, once it is done. */
static void join_oldest(struct jql_drv *d)
{
    struct drv_job *j = d->flight[d->flight_first];
    if (d->nworkers) {
        pthread_mutex_lock(&d->mu);
        while (!j->done)
            pthread_cond_wait(&d->done, &d->mu);
        pthread_mutex_unlock(&d->mu);
    }
    d->flight_first = (d->flight_first + 1) % d->flight_max;
    d->flight_n--;
    job_join(d, j);
}

/* Hand the job being filled out: to a worker, or done in line. `more`: records follow. */
static void job_submit(struct jql_drv *d, bool more)
{
    struct drv_job *j = d->filling;
    d->filling = NULL;
    if (!j || !j->recs.n) {
        if (j)
            JQL_VEC_PUSH(d->spare, j);
        return;
    }
    if (more && !d->workers_tried)
        workers_start(d);
    while (d->flight_n == d->flight_max)
        join_oldest(d);
    j->done = false;
    d->flight[(d->flight_first + d->flight_n++) % d->flight_max] = j;
    if (!d->nworkers) {
        job_run(&d->line, j);
        j->done = true;
        join_oldest(d);
        return;
    }
    pthread_mutex_lock(&d->mu);
    d->todo[(d->todo_first + d->todo_n++) % d->flight_max] = j;
    pthread_cond_signal(&d->more);
    pthread_mutex_unlock(&d->mu);
}

static void join_all(struct jql_drv *d)
{
    while (d->flight_n)
        join_oldest(d);
}

/* ---- reading ---- */

/* Add a record to the job being filled (a new one when there is none, or it is full). */
static void job_add(struct jql_drv *d, const struct jql_record *rec, int file_no,
                    enum jql_input_kind kind, const char *file, const struct jql_csv *csv)
{
    struct drv_job *j = d->filling;
    if (j && (j->recs.n == JOB_RECORDS || j->len + rec->len > JOB_BYTES)) {
        job_submit(d, true);
        j = NULL;
    }
    if (!j) {
        if (d->spare.n)
            j = d->spare.v[--d->spare.n];
        else
            j = jql_alloc(sizeof *j);
        j->file_no = file_no;
        j->kind = kind;
        j->file = file;
        j->csv = csv;
        d->filling = j;
    }
    /* a job has text even when its records are empty (a stray "}"): readers point
       into it */
    if (j->len + rec->len > j->cap || !j->text) {
        size_t want = j->len + rec->len > 2 * j->cap ? j->len + rec->len : 2 * j->cap;
        j->cap = want < 64 ? 64 : want;
        j->text = jql_buf_realloc(j->text, j->cap);
    }
    if (rec->len)
        memcpy(j->text + j->len, rec->text, rec->len);
    struct drv_rec r = {.off = j->len, .len = rec->len, .line0 = rec->line0,
                        .col0 = rec->col0, .number = rec->number};
    JQL_VEC_PUSH(j->recs, r);
    j->len += rec->len;
}

/* Diagnostics that belong to no employer: printed, and kept for the report. */
static void file_diags(struct jql_drv *d, const struct jql_diags *fd)
{
    jql_diags_render(d->o.err, fd, d->o.err_color);
    for (int k = 0; k < fd->n; k++)
        JQL_APPEND(d->rep->diags, d->rep->ndiags, fd->v[k]);
    d->had_error |= fd->nerrors > 0;
}

/* Every record of one file, through the jobs; the file's own diagnostics into fd. */
static void read_records(struct jql_drv *d, struct jql_input *in, enum jql_input_kind kind,
                         int file_no, struct jql_diags *fd)
{
    struct jql_facts_opts fo = drv_facts_opts(d, kind);
    d->file_fb = jql_fb_new(d->o.p, &fo);
    jql_fb_count_unknowns(d->file_fb, false);
    const char *file = jql_input_name(in);
    struct jql_csv *csv = NULL;
    struct jql_record r;
    bool header = kind == JQL_IN_CSV;
    while (jql_input_next(in, &r, fd)) {
        if (header) {
            header = false;
            struct jql_source *src = jql_source_part(file, r.text, r.len, r.number - 1, 0);
            src->file_no = file_no;
            src->csv = true;
            csv = jql_csv_header(src, d->o.name_key, fd);
            file_diags(d, fd); /* the header's problems now, not after the last row's */
            *fd = (struct jql_diags){.werror = d->o.strict};
            if (!csv)
                break; /* no employer can be named: the file is not read */
            continue;
        }
        job_add(d, &r, file_no, kind, file, csv);
    }
    job_submit(d, false);
    join_all(d);
    if (header && !jql_input_failed(in))
        jql_diag_error(fd, (struct jql_loc){0}, "cannot read '%s': the CSV file is empty", file);
    jql_fb_file_end(d->file_fb, fd);
}

void jql_drv_file(struct jql_drv *d, const char *path)
{
    struct jql_diags fd = {.werror = d->o.strict};
    int kind = d->o.input >= 0 ? d->o.input : strcmp(path, "-") == 0 ? JQL_IN_FACTS
                                                                      : jql_input_kind_of(path);
    struct jql_input *in = NULL;
    if (d->files >= (int)PLACE_FILE_MAX)
        jql_diag_error(&fd, (struct jql_loc){0}, "cannot read '%s': more than %d fact files "
                       "in one run", path, (int)PLACE_FILE_MAX);
    else
        in = jql_input_open(path, kind < 0 ? JQL_IN_FACTS : kind, d->o.stamp, &fd);
    if (in) {
        if (!d->nfile_names)
            JQL_APPEND(d->file_names, d->nfile_names, ""); /* numbers start at 1 */
        JQL_APPEND(d->file_names, d->nfile_names, jql_input_name(in));
        read_records(d, in, kind < 0 ? JQL_IN_FACTS : kind, ++d->files, &fd);
        char sha[65];
        jql_input_close(in, sha);
        if (d->o.stamp)
            jql_report_add_file_sha(d->rep, jql_strdup(path), "facts", sha);
    }
    for (int k = 0; k < fd.n; k++) /* a whole-file problem names its file (docs/cli.md) */
        if (!fd.v[k]->loc.src && !fd.v[k]->file)
            fd.v[k]->file = jql_strdup(path);
    jql_diags_sort(&fd);
    file_diags(d, &fd);
}
