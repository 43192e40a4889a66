/*
** read_json: employers from JSON records (docs/language.md §9, "Facts from JSON and
** CSV"). One record — a line of JSON Lines, an element of a JSON array, a lone
** object — is parsed straight into the fact builder; no tree of the document is
** built. Keys name facts (nested objects are groups, dotted keys work too), a key
** naming a collection holds its elements, values are typed by the vocabulary.
*/
#ifndef JQL_READ_JSON_H
#define JQL_READ_JSON_H

#include "factb.h"

/* Read the employer object whose text is `src` (a part of its file, see
   jql_source_part). `name_key` is the key holding the employer's name ("employer"
   unless --name-key); `fallback` names an employer whose record has none or does not
   parse, such as "(line 12)". Always returns an employer: one whose record does not
   parse, or has no name, is failed, with the error located in the record. */
struct jql_employer *jql_read_json_record(struct jql_fb *fb, const struct jql_source *src,
                                          const char *name_key, const char *fallback);

/* The extent of the JSON value starting at text[i] (after white space): its end offset, or
   0 when the text ends first. Strings and nesting are followed; nothing is checked. */
size_t jql_json_value_end(const char *text, size_t len, size_t i);

/* Whether text[i, len) is one JSON value (white space around it aside); when not, *at is
   the offset of the first error and *what says what it is. Nothing is built. */
bool jql_json_check(const char *text, size_t len, size_t i, size_t *at, const char **what);

#endif
