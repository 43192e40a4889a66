/*
** sha256: the SHA-256 digest (FIPS 180-4), for the report's stamp: each rule
** and fact file a run read is named with its digest, so that an auditor can
** tell whether a re-run used the same inputs (docs/cli.md, "The stamp").
*/
#ifndef JQL_SHA256_H
#define JQL_SHA256_H

#include <stddef.h>

/* The digest of n bytes at p as 64 lowercase hex digits and a NUL, in out. */
void jql_sha256_hex(const void *p, size_t n, char out[65]);

#endif
