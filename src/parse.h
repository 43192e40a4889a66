/*
** parse: the front end. Runs the reentrant flex scanner and bison parser
** (grammar/) over one source and returns its syntax tree. Syntax errors are
** recorded in `d`; the parser recovers at the next item, rule line or fact
** entry so that later errors are reported too. The result is never NULL.
*/
#ifndef JQL_PARSE_H
#define JQL_PARSE_H

#include "ast.h"
#include "diag.h"

struct jql_rulefile *jql_parse_rules(const struct jql_source *src, struct jql_diags *d);
struct jql_factfile *jql_parse_facts(const struct jql_source *src, struct jql_diags *d);
/* One literal, optionally negated (for --param NAME=LITERAL). False on error. */
bool jql_parse_literal(const struct jql_source *src, struct jql_diags *d, struct jql_value *out);

#endif
