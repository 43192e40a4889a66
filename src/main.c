/* main: start the collector, then hand over to the command line. */
#include "cli.h"
#include "mem.h"
#include "output.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    jql_out_startup(); /* first: nothing may take a closed standard descriptor's number */
    jql_mem_init();
    /* one write per line, not per character: diagnostics can be many */
    setvbuf(stderr, NULL, _IOLBF, 0);
    int rc = jql_cli_main(argc, argv, stdout, stderr);
    if (rc == JQL_EXIT_PIPE)
        jql_out_end_by_sigpipe();
    return rc;
}
