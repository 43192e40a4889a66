/* Shared helpers for the cmocka unit tests: include order and GC setup. */
#ifndef JQL_TEST_UTIL_H
#define JQL_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "mem.h"

/* Every test binary's main() calls this before allocating. */
#define JQL_TEST_INIT() jql_mem_init()

#endif
