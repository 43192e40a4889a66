/*
** fuzz_rules: the rule-file front end. The input is one rule file: it is
** scanned, parsed and (when it parses) checked, exactly as `jqlc check`
** treats a file of its own; diagnostics are rendered and a checked program
** gets a fact-file template written and is linted (text and JSON), all to /dev/null.
** A file that parses is
** formatted too (fuzz_fmt.h): the formatted file must format to itself, read to the
** same tree and check with the same number of errors.
*/
#include "check.h"
#include "fuzz_common.h"
#include "fuzz_fmt.h"
#include "lint.h"
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
    struct jql_rulefile *rf2 = d.nerrors ? NULL : fuzz_fmt_rules(rf);
    struct jql_program *p = d.nerrors ? NULL : jql_check(&rf, 1, &d);
    if (rf2) {
        struct jql_diags d2 = {0};
        struct jql_program *p2 = jql_check(&rf2, 1, &d2);
        if (!p != !p2 || d.nerrors != d2.nerrors)
            fuzz_fmt_fail("the formatted file checks differently", rf->src->text,
                          rf2->src->text);
    }
    if (p) {
        jql_template_write(fuzz_sink, p, "fuzz.jq");
        struct jql_diags w = {0};
        jql_lint(p, &rf, 1, NULL, &w);
        fuzz_render(&w);
        jql_lint_write_json(fuzz_sink, &w, 1);
    }
    fuzz_render(&d);
    return 0;
}
