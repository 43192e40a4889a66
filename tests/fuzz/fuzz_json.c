/*
** fuzz_json: a .json fact file (an employer object, an array of them, or
** {"employers": [...]}) through the driver; see fuzz_reader.h for the input's option
** byte and the oracles. Beyond the report's: the file is valid JSON (our validator)
** exactly when the reader finds no syntax error in it, but for the errors about valid
** JSON of the wrong shape.
*/
#include "fuzz_reader.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_reader_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fuzz_in in;
    if (!fuzz_in(data, size, &in))
        return 0;
    struct run r = run_driver(in.text, in.n, JQL_IN_JSON, in.strict, in.name_key, in.fmt);
    check_report(&r, in.fmt);
    size_t b = bom(in.text, in.n);
    if (json_valid((const char *)in.text + b, in.n - b, false, NULL)) {
        if (has_syntax_error(&r, false))
            fail("a syntax error in valid JSON", &r, NULL);
    } else if (!has_syntax_error(&r, true)) {
        fail("invalid JSON read without a syntax error", &r, NULL);
    }
    run_free(&r);
    return 0;
}
