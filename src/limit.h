/*
** limit: the documented input limits (docs/cli.md, "Limits"). Past each one
** jqlc reports an error and stops what it was doing with that input; it
** never crashes, overflows its stack or runs for unbounded time.
** tests/limits.sh and the golden cases tests/golden/limit_* cover each one.
*/
#ifndef JQL_LIMIT_H
#define JQL_LIMIT_H

/* Levels of nesting: of brackets ( [ {, of an expression tree (every operator,
   quantifier, `if`, call and list is one level; parentheses are not), and of an
   expression together with the lets it uses. The checker, evaluator and reason
   builder recurse once per level, so this bounds their stack use: at 256 levels the
   -O2 build needs under 128 KiB of stack, the ASan build under 1.5 MiB (measured with
   ulimit -s on tests/golden/limit_nesting; the usual default is 8 MiB). */
#define JQL_LIMIT_DEPTH 256

/* Levels of quantifiers binding at once when a rule condition is evaluated: the
   evaluator holds the bound elements in a fixed array. A let's quantifiers bind above
   those around the place where it is used, so a use inside 3 quantifiers of a let that
   nests 2 reaches level 5 (the lets it uses count the same way). The checker reports
   a condition that could reach level 65. */
#define JQL_LIMIT_BINDINGS 64

/* Levels of imports: a file imported by a file imported by ... a file named on the
   command line. The loader and the checker's "does A import B" recurse once per level. */
#define JQL_LIMIT_IMPORT_DEPTH 256

/* Evaluation steps per employer (the default of --max-steps): every expression node
   evaluated takes one, reasons included. Lets are evaluated once per employer, so only
   quantifiers multiply work: five nested over 100 elements would take 10^10 steps.
   At 10 to 20 ns a step (-O2) the default bounds one employer to a second or two. */
#define JQL_LIMIT_STEPS 100000000

/* Threads of `check -j N`: each holds a few jobs of records in flight (driver.c), so
   memory grows with it; past the processors there is nothing to gain. */
#define JQL_LIMIT_JOBS 256

/* Bytes in an identifier or dotted name (a fact path). */
#define JQL_LIMIT_NAME 255

/* Bytes between the quotes of a text literal. */
#define JQL_LIMIT_TEXT 65536

/* Digits in a numeric literal (money, percent and durations included); '_' is not a
   digit. The largest exact value, 10^18 with 6 decimals, needs 25. */
#define JQL_LIMIT_DIGITS 64

/* Syntax errors reported in one file; the rest of the file is not read (binary data
   would otherwise give one error per byte). */
#define JQL_LIMIT_SYNTAX_ERRORS 50

/* Bytes in one line of a rule or fact file (line ending excluded). */
#define JQL_LIMIT_LINE (1024 * 1024)

/* Bytes in one file. Source offsets are 32-bit and the scanner takes an int length,
   so no file may reach 2 GiB. A rule file is written by people; a fact file may be
   an export of many employers, but is held in memory whole with its results (about
   19 bytes of memory per byte of file: 254 MiB, 1.4 million employers, took 4.7 GiB,
   docs/cli.md "Limits"); a larger export is split into several files. */
#define JQL_LIMIT_RULE_FILE (64L * 1024 * 1024)
#define JQL_LIMIT_FACT_FILE (256L * 1024 * 1024)

#endif
