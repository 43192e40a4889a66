/*
** sha256: a straightforward SHA-256 over a buffer in memory (FIPS 180-4).
** Inputs are whole files already read, so there is no streaming interface.
*/
#include "sha256.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* sha256_ni.c: the rounds with the processor's SHA extensions; false when it has none. */
bool jql_sha256_ni_blocks(uint32_t h[8], const unsigned char *p, size_t nblocks);

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static uint32_t sha256_ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha256_block(uint32_t h[8], const unsigned char *blk)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[4 * i] << 24 | (uint32_t)blk[4 * i + 1] << 16 |
               (uint32_t)blk[4 * i + 2] << 8 | blk[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = sha256_ror(w[i - 15], 7) ^ sha256_ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = sha256_ror(w[i - 2], 17) ^ sha256_ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = k + (sha256_ror(e, 6) ^ sha256_ror(e, 11) ^ sha256_ror(e, 25)) +
                      ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
        uint32_t t2 = (sha256_ror(a, 2) ^ sha256_ror(a, 13) ^ sha256_ror(a, 22)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        k = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

/* Whole blocks: the SHA instructions where the processor has them (sha256_ni.c),
   else the portable rounds. */
static void sha256_blocks(uint32_t h[8], const unsigned char *p, size_t nblocks)
{
    if (jql_sha256_ni_blocks(h, p, nblocks))
        return;
    for (size_t i = 0; i < nblocks; i++)
        sha256_block(h, p + 64 * i);
}

void jql_sha256_init(struct jql_sha256 *c)
{
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(c->h, iv, sizeof iv);
    c->total = 0;
    c->nblock = 0;
}

void jql_sha256_update(struct jql_sha256 *c, const void *p, size_t n)
{
    const unsigned char *s = p;
    c->total += n;
    if (c->nblock) {
        size_t take = 64 - c->nblock < n ? 64 - c->nblock : n;
        memcpy(c->block + c->nblock, s, take);
        c->nblock += take;
        s += take;
        n -= take;
        if (c->nblock < 64)
            return;
        sha256_blocks(c->h, c->block, 1);
        c->nblock = 0;
    }
    sha256_blocks(c->h, s, n / 64);
    memcpy(c->block, s + n / 64 * 64, n % 64);
    c->nblock = n % 64;
}

void jql_sha256_final(struct jql_sha256 *c, char out[65])
{
    /* the tail, the 0x80 marker and the bit length, in one or two blocks */
    unsigned char tail[128] = {0};
    memcpy(tail, c->block, c->nblock);
    tail[c->nblock] = 0x80;
    size_t len = c->nblock + 1 + 8 <= 64 ? 64 : 128;
    uint64_t bits = c->total * 8;
    for (int k = 0; k < 8; k++)
        tail[len - 1 - k] = (unsigned char)(bits >> (8 * k));
    sha256_blocks(c->h, tail, len / 64);
    static const char hex[] = "0123456789abcdef";
    for (int k = 0; k < 32; k++) {
        unsigned char byte = (unsigned char)(c->h[k / 4] >> (24 - 8 * (k % 4)));
        out[2 * k] = hex[byte >> 4];
        out[2 * k + 1] = hex[byte & 15];
    }
    out[64] = '\0';
}

void jql_sha256_hex(const void *p, size_t n, char out[65])
{
    struct jql_sha256 c;
    jql_sha256_init(&c);
    jql_sha256_update(&c, p, n);
    jql_sha256_final(&c, out);
}
