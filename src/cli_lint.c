/*
** cli_lint: the `jqlc lint` command (docs/cli.md). Not built yet: it says so.
*/
#include "cli_int.h"

const char cli_lint_usage[] = "jqlc lint: planned, not implemented in this version (see docs/cli.md)\n";

int cli_lint(struct cli *C, int argc, char **argv)
{
    if (argc > 0 && cli_is(argv[0], "--help", "-h"))
        return fputs(cli_lint_usage, C->out), JQL_EXIT_OK;
    return cli_planned(C, "lint");
}
