/* main: start the collector, then hand over to the command line. */
#include "cli.h"
#include "mem.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    jql_mem_init();
    /* one write per line, not per character: diagnostics can be many */
    setvbuf(stderr, NULL, _IOLBF, 0);
    return jql_cli_main(argc, argv, stdout, stderr);
}
