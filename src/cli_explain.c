/*
** cli_explain: the `jqlc explain` command (docs/cli.md). Not built yet: it says so.
*/
#include "cli_int.h"

const char cli_explain_usage[] = "jqlc explain: planned, not implemented in this version (see docs/cli.md)\n";

int cli_explain(struct cli *C, int argc, char **argv)
{
    if (argc > 0 && cli_is(argv[0], "--help", "-h"))
        return fputs(cli_explain_usage, C->out), JQL_EXIT_OK;
    return cli_planned(C, "explain");
}
