/*
** cli_fmt: the `jqlc fmt` command (docs/cli.md). Not built yet: it says so.
*/
#include "cli_int.h"

const char cli_fmt_usage[] = "jqlc fmt: planned, not implemented in this version (see docs/cli.md)\n";

int cli_fmt(struct cli *C, int argc, char **argv)
{
    if (argc > 0 && cli_is(argv[0], "--help", "-h"))
        return fputs(cli_fmt_usage, C->out), JQL_EXIT_OK;
    return cli_planned(C, "fmt");
}
