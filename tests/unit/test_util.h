/* Shared helpers for the cmocka unit tests: include order and GC setup. */
#ifndef JQL_TEST_UTIL_H
#define JQL_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "check.h"
#include "mem.h"
#include "parse.h"

#include <stdio.h>
#include <string.h>

/* Every test binary's main() calls this before allocating. */
#define JQL_TEST_INIT() jql_mem_init()

/* A checked program from one rule file's text (an error is printed, then fails the test). */
static inline struct jql_program *test_program(const char *name, const char *text)
{
    const struct jql_source *src = jql_source_new(name, name, text, strlen(text));
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(src, &d);
    struct jql_program *p = jql_check(&rf, 1, &d);
    if (!p || d.nerrors)
        jql_diags_render(stderr, &d, false);
    assert_non_null(p);
    assert_int_equal(d.nerrors, 0); /* a program that dropped a bad item is not the one meant */
    return p;
}

#endif
