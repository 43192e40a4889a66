/* main: start the collector, then hand over to the command line. */
#include "cli.h"
#include "mem.h"

int main(int argc, char **argv)
{
    jql_mem_init();
    return jql_cli_main(argc, argv, stdout, stderr);
}
