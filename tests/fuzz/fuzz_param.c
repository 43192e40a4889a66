/*
** fuzz_param: `--param NAME=LITERAL`. The input is the text after '=';
** it is parsed as one literal, its type named and its value printed, as
** cli.c does when it compares the literal with the param's type.
** Oracle beyond "no crash": a literal that parses prints in canonical
** syntax (spec 11.19), and that text parses back to the same canonical text.
*/
#include "fuzz_common.h"
#include "parse.h"
#include "types.h"
#include "value.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct jql_diags d = {0};
    struct jql_value v;
    if (jql_parse_literal(fuzz_source("--param fuzz", data, size), &d, &v)) {
        struct jql_type t = jql_value_type(v);
        fputs(jql_type_name(t), fuzz_sink);
        fputs(jql_type_example(t), fuzz_sink);
        char *canon = jql_value_format(v);
        struct jql_diags d2 = {0};
        struct jql_value v2;
        if (!jql_parse_literal(fuzz_source("canonical", (const uint8_t *)canon, strlen(canon)),
                               &d2, &v2)) {
            fprintf(stderr, "canonical form does not parse back: %s\n", canon);
            jql_diags_render(stderr, &d2, false);
            abort();
        }
        if (strcmp(jql_value_format(v2), canon) != 0) {
            fprintf(stderr, "canonical form changes: %s -> %s\n", canon, jql_value_format(v2));
            abort();
        }
    }
    fuzz_render(&d);
    return 0;
}
