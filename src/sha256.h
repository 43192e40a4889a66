/*
** sha256: the SHA-256 digest (FIPS 180-4), for the report's stamp: each rule
** and fact file a run read is named with its digest, so that an auditor can
** tell whether a re-run used the same inputs (docs/cli.md, "The stamp").
*/
#ifndef JQL_SHA256_H
#define JQL_SHA256_H

#include <stddef.h>

#include <stdint.h>

/* A digest computed piece by piece, as a file is read in chunks. */
struct jql_sha256 {
    uint32_t h[8];
    uint64_t total;            /* bytes so far */
    unsigned char block[64];   /* a partial block */
    size_t nblock;
};

void jql_sha256_init(struct jql_sha256 *c);
void jql_sha256_update(struct jql_sha256 *c, const void *p, size_t n);
/* The digest as 64 lowercase hex digits and a NUL, in out. */
void jql_sha256_final(struct jql_sha256 *c, char out[65]);

/* The digest of n bytes at p (init, update, final). */
void jql_sha256_hex(const void *p, size_t n, char out[65]);

#endif
