/*
** fmt: the canonical layout of rule files and fact files (`jqlc fmt`, docs/cli.md).
** Prints a parsed file from its syntax tree: every token's text as the author wrote
** it (literals are copied, never re-rendered, so meaning cannot change), every
** comment kept where it was, layout (indentation, spacing, line breaks, blank lines)
** decided here. Works on the unchecked tree: a file that parses formats, whatever
** the checker would say of it.
*/
#ifndef JQL_FMT_H
#define JQL_FMT_H

#include "ast.h"
#include "diag.h"

#include <stdbool.h>

/* The canonical text of a rule file or a fact file parsed without a syntax error
   (a fresh string; "" for a file with nothing in it). */
const char *jql_fmt_rules(const struct jql_rulefile *rf);
const char *jql_fmt_facts(const struct jql_factfile *ff);

/* Parse `src` as a rule file (or a fact file, `facts`) and format it; NULL when it
   does not parse, with the syntax errors in `d`. */
const char *jql_fmt_source(const struct jql_source *src, bool facts, struct jql_diags *d);

#endif
