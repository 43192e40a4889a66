/*
** fuzz_jsonl: a JSON Lines fact file through the driver; see fuzz_reader.h for the
** input's option byte and the oracles. Beyond the report's: each line is valid JSON
** (our validator) exactly when the reader finds no syntax error in it, but for the
** errors about valid JSON of the wrong shape; and the records read as the elements of
** a JSON array, on the same lines and columns, give the same report.
*/
#include "fuzz_reader.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_reader_init();
    return 0;
}

/* Every line that is not blank is valid JSON. */
static bool lines_valid(const uint8_t *d, size_t n)
{
    for (size_t a = bom(d, n); a < n;) {
        const uint8_t *nl = memchr(d + a, '\n', n - a);
        size_t b = nl ? (size_t)(nl - d) : n;
        if (!blank(d + a, b - a) && !json_valid((const char *)d + a, b - a, false, NULL))
            return false;
        a = b + 1;
    }
    return true;
}

/* The lines as JSON Lines with a space before each record, and as a JSON array with '['
   or ',' there instead (blank lines kept as they are): the records stand at the same
   lines and columns in both, so the two reports must be equal. */
static void jsonl_vs_json(const struct fuzz_in *in)
{
    const uint8_t *d = in->text;
    size_t n = in->n;
    struct jql_buf lines = {0}, array = {0};
    bool first = true;
    for (size_t a = bom(d, n); a < n;) {
        const uint8_t *nl = memchr(d + a, '\n', n - a);
        size_t b = nl ? (size_t)(nl - d) + 1 : n;
        if (!blank(d + a, b - a)) {
            jql_buf_putc(&lines, ' ');
            jql_buf_putc(&array, first ? '[' : ',');
            first = false;
        }
        jql_buf_put(&lines, (const char *)d + a, b - a);
        jql_buf_put(&array, (const char *)d + a, b - a);
        a = b;
    }
    if (first)
        return; /* no record */
    jql_buf_puts(&array, "\n]\n");
    struct run a = run_driver((const uint8_t *)jql_buf_str(&lines), lines.len, JQL_IN_JSONL,
                              in->strict, in->name_key, JQL_FMT_JSONL);
    if (!has_syntax_error(&a, true)) {
        struct run b = run_driver((const uint8_t *)jql_buf_str(&array), array.len, JQL_IN_JSON,
                                  in->strict, in->name_key, JQL_FMT_JSONL);
        if (has_syntax_error(&b, true) || !same_report(&a, &b))
            fail("JSON Lines and the same records as a JSON array read differently", &a, &b);
        run_free(&b);
    }
    run_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_in in;
    if (!fuzz_in(data, size, &in))
        return 0;
    struct run r = run_driver(in.text, in.n, JQL_IN_JSONL, in.strict, in.name_key, in.fmt);
    check_report(&r, in.fmt);
    if (lines_valid(in.text, in.n)) {
        if (has_syntax_error(&r, false))
            fail("a syntax error in a line of valid JSON", &r, NULL);
    } else if (!has_syntax_error(&r, true)) {
        fail("a line of invalid JSON read without a syntax error", &r, NULL);
    }
    run_free(&r);
    jsonl_vs_json(&in);
    return 0;
}
