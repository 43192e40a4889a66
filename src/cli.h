/*
** cli: the command line (docs/cli.md). Parses options, runs a
** command, prints diagnostics and reports, and picks the exit status:
** 0 no employer fails, 1 some employer fails, 2 an error of any kind.
*/
#ifndef JQL_CLI_H
#define JQL_CLI_H

#include <stdio.h>

/* JQL_EXIT_PIPE: standard output's reader has gone (a closed pipe); main ends the
   program by SIGPIPE, which a shell shows as 141 (docs/cli.md, Security). */
enum { JQL_EXIT_OK = 0, JQL_EXIT_FAIL = 1, JQL_EXIT_ERROR = 2, JQL_EXIT_PIPE = 141 };

/* The whole program behind main(): testable with in-memory streams. */
int jql_cli_main(int argc, char **argv, FILE *out, FILE *err);

#endif
