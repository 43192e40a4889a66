/*
** fuzz_rules: the rule-file front end. The input is one rule file: it is
** scanned, parsed and (when it parses) checked, exactly as `jqlc check`
** treats a file of its own; diagnostics are rendered and a checked program
** gets a fact-file template written, both to /dev/null.
*/
#include "check.h"
#include "fuzz_common.h"
#include "parse.h"
#include "template.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    fuzz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct jql_diags d = {0};
    struct jql_rulefile *rf = jql_parse_rules(fuzz_source("fuzz.jq", data, size), &d);
    struct jql_program *p = d.nerrors ? NULL : jql_check(&rf, 1, &d);
    if (p)
        jql_template_write(fuzz_sink, p, "fuzz.jq");
    fuzz_render(&d);
    return 0;
}
