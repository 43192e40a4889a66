/*
** mem: the only module that talks to the garbage collector (libgc).
** Everything else allocates through these wrappers, so a sanitizer build
** can route allocation elsewhere by changing one file.
** Memory from jql_alloc is zeroed and scanned for pointers; memory from
** jql_alloc_atomic is neither (use it for strings and number arrays).
** Allocation never returns NULL: out of memory prints a message and exits with
** status 2.
*/
#ifndef JQL_MEM_H
#define JQL_MEM_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Start the collector: once, in main, before any allocation. */
void jql_mem_init(void);
/* Memory ran out: the message and exit status 2 (docs/cli.md, Limits). */
_Noreturn void jql_out_of_memory(size_t n);
/* Around the life of any other thread that allocates (the driver's workers). */
void jql_mem_thread_begin(void);
void jql_mem_thread_end(void);
void *jql_alloc(size_t n);
void *jql_alloc_atomic(size_t n);
void *jql_realloc(void *p, size_t n);
/* Outside the collector, for large buffers of bytes that never hold a pointer to
   collected memory (a fact file's read buffer): freed at once, never scanned. */
void *jql_buf_realloc(void *p, size_t n);
void jql_buf_free(void *p);
char *jql_strdup(const char *s);
char *jql_strndup(const char *s, size_t n);
char *jql_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *jql_vsprintf(const char *fmt, va_list ap);

/* A growable, NUL-terminated string buffer. */
struct jql_buf {
    char *s;
    size_t len, cap;
};
void jql_buf_put(struct jql_buf *b, const char *s, size_t n);
void jql_buf_puts(struct jql_buf *b, const char *s);
void jql_buf_putc(struct jql_buf *b, char c);
void jql_buf_printf(struct jql_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The contents so far (never NULL; "" when empty). */
const char *jql_buf_str(struct jql_buf *b);
/* v[0] sep v[1] sep ... (a NULL entry as ""), a fresh string. */
const char *jql_join(const char *const *v, int n, const char *sep);
/* The index of the first of v[0..n) equal to s, or -1 (for small word tables). */
int jql_str_index(const char *const *v, int n, const char *s);
/* FNV-1a hash of a NUL-terminated string (for the load-time name tables). */
uint32_t jql_hash_str(const char *s);
/* The number of elements of an array (not a pointer). */
#define JQL_COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

/* A typed growable array: struct { T *v; int n, cap; }. */
#define JQL_VEC(T)                                                                                 \
    struct {                                                                                       \
        T *v;                                                                                      \
        int n, cap;                                                                                \
    }
#define JQL_VEC_PUSH(vec, x)                                                                       \
    do {                                                                                           \
        if ((vec).n == (vec).cap) {                                                                \
            (vec).cap = (vec).cap ? 2 * (vec).cap : 4;                                             \
            (vec).v = jql_realloc((vec).v, (size_t)(vec).cap * sizeof *(vec).v);                   \
        }                                                                                          \
        (vec).v[(vec).n++] = (x);                                                                  \
    } while (0)

/* Append x to a pointer+count array (arr, n) that grows in powers of two.
   Used for AST and result arrays, which have no capacity field. */
#define JQL_APPEND(arr, n, x)                                                                      \
    do {                                                                                           \
        if (((n) & ((n)-1)) == 0)                                                                  \
            (arr) = jql_realloc((arr), (size_t)((n) ? 2 * (n) : 1) * sizeof *(arr));              \
        (arr)[(n)++] = (x);                                                                        \
    } while (0)

#endif
