/*
** template: prints a blank fact file for a program's vocabulary, grouped
** by first path segment, every fact with its type, an example and its
** description, ready for an employer to fill in (`jqlc template`).
*/
#ifndef JQL_TEMPLATE_H
#define JQL_TEMPLATE_H

#include "check.h"

#include <stdio.h>

/* `rules` names what the template was made from, for its header comment. */
void jql_template_write(FILE *out, const struct jql_program *p, const char *rules);

#endif
