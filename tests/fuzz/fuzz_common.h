/*
** fuzz_common: shared setup for the libFuzzer harnesses in tests/fuzz/.
** Every harness starts the collector once, owns a sink for whatever the
** code under test prints (diagnostics, reports), and wraps the input as an
** in-memory source the same way the CLI wraps a file it has read.
*/
#ifndef JQL_FUZZ_COMMON_H
#define JQL_FUZZ_COMMON_H

#include "diag.h"
#include "mem.h"
#include "source.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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

#endif
