/*
** factb: the fact builder. Every reader of facts (.facts files, JSON, JSON
** Lines, CSV; a test's `given`) hands it one employer at a time as a stream of
** calls — begin, name a fact, set a value, enter an element, end — and gets
** back the employer with values in the program's slots. The builder resolves
** each name to a fact once, checks each value against the vocabulary (type,
** enumeration, range, a percent's `%`), reports duplicates and contradictions
** at both places, and applies the rule files' defaults (docs/language.md §9,
** "How values are checked"). Problems are recorded on the employer, which is
** then `failed`; a reader goes on with the next employer.
*/
#ifndef JQL_FACTB_H
#define JQL_FACTB_H

#include "facts.h"

#include <stddef.h>

struct jql_fb;

/* A builder for many employers of one run (state that must not be reset per employer,
   such as the "did you mean" memo, lives here). */
struct jql_fb *jql_fb_new(const struct jql_program *p, const struct jql_facts_opts *o);

/* Start an employer named `name` (written at `name_loc`); `loc` is its block or record. */
void jql_fb_begin(struct jql_fb *b, const char *name, struct jql_loc name_loc,
                  struct jql_loc loc);
/* The employer's diagnostics, for a reader's own errors about it. */
struct jql_diags *jql_fb_diags(struct jql_fb *b);
/* End the employer: defaults applied; failed when any error was recorded, or when the
   reader says its text had syntax errors. */
struct jql_employer *jql_fb_end(struct jql_fb *b, bool syntax_errors);
/* The caller is done with e (evaluated and written): the next employer reuses its
   arrays, so a stream of employers allocates little of a size to contend for. */
void jql_fb_recycle(struct jql_fb *b, struct jql_employer *e);

/* At the end of a file read with `per_file`: one diagnostic per undeclared key, at its
   first occurrence, ending "(in N employers)" — a warning, an error under --strict (the
   employers concerned are failed) — appended to `d`. */
void jql_fb_file_end(struct jql_fb *b, struct jql_diags *d);
/* Records of one file read by several builders (docs/HACKING.md, "Parallel runs"): each
   hands over the undeclared keys it counted, and the file's builder merges them in the
   records' order, so the first place and the counts are those of one builder reading
   them all. A builder that reads records again (already counted) counts nothing. */
struct jql_fb_unknowns;
struct jql_fb_unknowns *jql_fb_take_unknowns(struct jql_fb *b);
void jql_fb_merge_unknowns(struct jql_fb *b, const struct jql_fb_unknowns *u);
void jql_fb_count_unknowns(struct jql_fb *b, bool on);

/* The current name, built a segment at a time relative to the enclosing group or
   element: push returns a mark to pop back to. `group` adds the '.' that a group's
   members follow. */
size_t jql_fb_push(struct jql_fb *b, const char *seg, size_t n, bool group);
void jql_fb_pop(struct jql_fb *b, size_t mark);
const char *jql_fb_name(struct jql_fb *b);

/* `NAME = value [source "..."]` for the current name. The value is a literal (.facts)
   that must fit the fact's type; `unknown` leaves it unknown (set, all the same). */
void jql_fb_set(struct jql_fb *b, struct jql_value v, const char *source,
                struct jql_loc name_loc, struct jql_loc value_loc);
/* `NAME = []`: an empty collection, or an empty list of text. */
void jql_fb_set_empty(struct jql_fb *b, const char *source, struct jql_loc name_loc,
                      struct jql_loc value_loc);

/* A value as JSON or CSV gives it, to be typed by the fact's declared type
   (docs/language.md §9, "Facts from JSON and CSV"). */
enum jql_raw_kind { JQL_RAW_NULL, JQL_RAW_BOOL, JQL_RAW_NUMBER, JQL_RAW_STRING, JQL_RAW_OTHER };

struct jql_raw {
    uint8_t kind;   /* enum jql_raw_kind */
    bool b;         /* BOOL */
    const char *s;  /* NUMBER: its text; STRING: the decoded text (NUL-terminated); OTHER:
                       a JSON array or object no fact of the name takes, as written */
    size_t n;
};

/* Set the current name from a JSON or CSV value: a number in the declared unit (a
   percent in percentage points, a duration in the unit its type names), a string as
   text or as a JQL literal, a boolean, null as unknown. `csv`: a CSV cell (booleans
   case-insensitive, a list of text split at ';'). */
void jql_fb_set_raw(struct jql_fb *b, struct jql_raw v, bool csv, struct jql_loc name_loc,
                    struct jql_loc value_loc);
/* Set the current name to a list of text (a JSON array of strings). */
void jql_fb_set_list(struct jql_fb *b, const char **items, int n, struct jql_loc name_loc,
                     struct jql_loc value_loc);
/* The fact the current name denotes (a collection, a member in an element, a scalar),
   or NULL; nothing is reported. Readers ask it to tell a collection from a group. */
const struct jql_fact_info *jql_fb_lookup(struct jql_fb *b);

/* Whether the current name starts a declared fact's name (NAME.MEMBER...), so that a JSON
   object under it is a group of facts rather than a value. */
bool jql_fb_is_group(struct jql_fb *b);

/* `NAME "label" { ... }`: add an element to the collection the current name denotes and
   make it the context of the names that follow, until jql_fb_element_end. False (with
   the problem reported) when the name is no collection: the reader skips the body. */
bool jql_fb_element(struct jql_fb *b, const char *label, struct jql_loc name_loc,
                    struct jql_loc label_loc, struct jql_loc loc);
void jql_fb_element_end(struct jql_fb *b);
/* The label "K" of the K-th element of a collection given as an array (a string that
   lives as long as the builder, so employers can share it). */
const char *jql_fb_number_label(struct jql_fb *b, int k);

#endif
