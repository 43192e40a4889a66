/*
** mem: libgc wrappers, string helpers and the growable buffer.
*/
#include "mem.h"

#define GC_THREADS /* the thread registration calls below (libgc is built with threads) */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Out of memory ends the run with exit status 2 and a message (docs/cli.md, Limits),
   never with abort(): _Exit, because the allocator may be in the middle of a collection
   and nothing half-written (a report, an output file) must be flushed as if complete. */
void jql_out_of_memory(size_t n)
{
    fprintf(stderr, "jqlc: error: out of memory (allocating %zu bytes)\n", n);
    _Exit(2);
}

static void *mem_oom(size_t n)
{
    jql_out_of_memory(n);
}

/* libgc's own fatal errors ("Too many heap sections", a failed mmap) are memory running
   out by other means; msg is NULL before the collector's exit(1). */
static void GC_CALLBACK mem_fatal(const char *msg)
{
    fprintf(stderr, "jqlc: error: out of memory (%s)\n", msg ? msg : "the collector gave up");
    _Exit(2);
}

void jql_mem_init(void)
{
    GC_INIT();
    GC_set_oom_fn(mem_oom);
    GC_set_abort_func(mem_fatal);
    /* "GC Warning: Failed to expand heap" and the like, dozens of lines before the one
       error that matters, mean nothing to a user. */
    GC_set_warn_proc(GC_ignore_warn_proc);
    GC_allow_register_threads();
}

/* A thread that allocates is known to the collector, which scans its stack; threads are
   made by the driver with pthread_create and register themselves here. */
void jql_mem_thread_begin(void)
{
    struct GC_stack_base sb;
    GC_get_stack_base(&sb);
    GC_register_my_thread(&sb);
}

void jql_mem_thread_end(void) { GC_unregister_my_thread(); }

void *jql_alloc(size_t n) { return GC_MALLOC(n ? n : 1); }

void *jql_alloc_atomic(size_t n) { return GC_MALLOC_ATOMIC(n ? n : 1); }

void *jql_realloc(void *p, size_t n) { return GC_REALLOC(p, n ? n : 1); }

void *jql_buf_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    return q ? q : mem_oom(n);
}

void jql_buf_free(void *p) { free(p); }

char *jql_strndup(const char *s, size_t n)
{
    char *d = jql_alloc_atomic(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *jql_strdup(const char *s) { return jql_strndup(s, strlen(s)); }

char *jql_vsprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *d = jql_alloc_atomic((size_t)n + 1);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    return d;
}

char *jql_sprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *d = jql_vsprintf(fmt, ap);
    va_end(ap);
    return d;
}

static void buf_reserve(struct jql_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *s = jql_alloc_atomic(cap);
    if (b->len)
        memcpy(s, b->s, b->len);
    b->s = s;
    b->cap = cap;
}

void jql_buf_put(struct jql_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void jql_buf_puts(struct jql_buf *b, const char *s) { jql_buf_put(b, s, strlen(s)); }

void jql_buf_putc(struct jql_buf *b, char c) { jql_buf_put(b, &c, 1); }

void jql_buf_printf(struct jql_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = jql_vsprintf(fmt, ap);
    va_end(ap);
    jql_buf_puts(b, s);
}

const char *jql_buf_str(struct jql_buf *b) { return b->s ? b->s : ""; }

const char *jql_join(const char *const *v, int n, const char *sep)
{
    struct jql_buf b = {0};
    for (int i = 0; i < n; i++) {
        if (i)
            jql_buf_puts(&b, sep);
        jql_buf_puts(&b, v[i] ? v[i] : "");
    }
    return jql_buf_str(&b);
}

int jql_str_index(const char *const *v, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return i;
    return -1;
}

uint32_t jql_hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}
