/*
** fuzz_common: shared setup for the libFuzzer harnesses in tests/fuzz/.
** Every harness starts the collector once, owns a sink for whatever the
** code under test prints (diagnostics, reports), and wraps the input as an
** in-memory source the same way the CLI wraps a file it has read.
*/
#ifndef JQL_FUZZ_COMMON_H
#define JQL_FUZZ_COMMON_H

#include "check.h"
#include "diag.h"
#include "load.h"
#include "mem.h"
#include "source.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The libFuzzer entry points every harness defines. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Diagnostics and reports go here: /dev/null, opened once. */
static FILE *fuzz_sink;

static void fuzz_init(void)
{
    jql_mem_init();
    fuzz_sink = fopen("/dev/null", "w");
    if (!fuzz_sink)
        abort();
}

static struct jql_source *fuzz_source(const char *name, const uint8_t *data, size_t size)
{
    return jql_source_new(name, name, (const char *)data, size);
}

/* Sort and render every diagnostic (source line and caret), as the CLI does. */
static void fuzz_render(struct jql_diags *d)
{
    jql_diags_sort(d);
    jql_diags_render(fuzz_sink, d, false);
}

/* The built-in std/default, checked: the fixed program the facts and eval
   harnesses run inputs against. A library that does not check is a bug. */
static __attribute__((unused)) struct jql_program *fuzz_std_default(void)
{
    struct jql_diags d = {0};
    struct jql_load_opts lo = {0};
    const char *paths[] = {"std/default"};
    int nfiles = 0;
    struct jql_rulefile **files = jql_load_rules(paths, 1, &lo, &d, &nfiles);
    struct jql_program *p = d.nerrors ? NULL : jql_check(files, nfiles, &d);
    if (!p) {
        jql_diags_render(stderr, &d, false);
        abort();
    }
    return p;
}

#endif
