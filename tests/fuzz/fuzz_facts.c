/*
** fuzz_facts: the fact-file loader against a fixed vocabulary. The rules
** are the built-in standard library's default set (std/default: its whole
** shared vocabulary), loaded and checked once; each input is one fact file,
** parsed and loaded, and every diagnostic rendered, as `jqlc check` does.
** An input of odd length is loaded as with --strict, one of even length
** without (loading twice would halve the rate: most time goes to "did you
** mean" suggestions over the vocabulary's 295 facts). A file that parses is
** formatted too (fuzz_fmt.h): the formatted file must format to itself and read to
** the same employers.
*/
#include "check.h"
#include "facts.h"
#include "fuzz_common.h"
#include "fuzz_fmt.h"
#include "load.h"
#include "parse.h"

static struct jql_program *prog;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init();
    prog = fuzz_std_default();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct jql_diags d = {0};
    struct jql_factfile *ff = jql_parse_facts(fuzz_source("fuzz.facts", data, size), &d);
    if (!d.nerrors && !ff->nsyntax_errors)
        fuzz_fmt_facts(ff);
    fuzz_render(&d);
    struct jql_facts_opts fo = {.strict = size % 2 == 1};
    int n = 0;
    struct jql_employer **emps = jql_facts_load(prog, ff, &fo, &n);
    for (int i = 0; i < n; i++)
        fuzz_render(&emps[i]->diags);
    return 0;
}
