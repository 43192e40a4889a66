/*
** parser.y: the JQL grammar. One parser serves rule files, fact files and
** single literals (--param); the scanner's first token selects which.
** Actions only build the syntax tree (helpers in src/parse.c); checking
** and evaluation happen later. Error productions sit at item, rule-line
** and fact-entry boundaries so one run reports many independent errors.
*/
%require "3.8"
%define api.pure full
%define api.prefix {jql_yy}
%locations
%define api.location.type {struct jql_loc}
%define api.value.type union
%define api.token.prefix {TOK_}
%define api.header.include {"parser.h"}
%define parse.error custom
%define parse.lac full
%expect 0
%param {yyscan_t scanner}
%parse-param {struct jql_parser *P}

%code requires {
#include "ast.h"
#include "parse_int.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
/* A parent's span runs from its first child's start to its last child's end;
   an empty production sits at the end of what precedes it. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
    do {                                                                     \
        if (N) {                                                             \
            (Cur).src = YYRHSLOC(Rhs, 1).src;                                \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                            \
            (Cur).end = YYRHSLOC(Rhs, N).end;                                \
        } else {                                                             \
            (Cur).src = YYRHSLOC(Rhs, 0).src;                                \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;                  \
        }                                                                    \
    } while (0)
}

%code {
#include "lexer.h"
#include "mem.h"
#include "limit.h"
#include "words.h"
#define YYMALLOC jql_alloc
/* The parser's stack (on the heap) grows by a few entries per level of nesting, so this
   is far above what JQL_LIMIT_DEPTH levels need; only a long run of prefix operators
   (`not not not ...`) reaches it, and yyerror reports that as nesting too deep. */
#define YYMAXDEPTH 10000
#define YYFREE(p) ((void)(p))
#define APPEND JQL_APPEND
static void yyerror(const YYLTYPE *loc, yyscan_t scanner, struct jql_parser *P, const char *msg);
static void add_item(struct jql_parser *P, struct jql_item it)
{
    APPEND(P->rf->items, P->rf->nitems, it);
}
}

%initial-action { @$.src = P->src; @$.start = @$.end = 0; }

%token START_RULES START_FACTS START_LITERAL
%token <const char *> IDENT "identifier"
%token <const char *> PATH "dotted name"
%token <const char *> STRING "text"
%token <struct jql_value> NUMBER "number"
%token <struct jql_value> LITERAL "literal"
%token <struct jql_value> DATE "date"
%token <struct jql_type> RATETYPE "rate type"
/* @keyword-tokens@: one %token line with every keyword of src/words.h (grammar/words.awk) */
%token NOTIN "not in" EQ "==" NE "!=" LE "<=" GE ">=" DOTDOT ".." ARROW "=>"

%precedence QUANT
%right IMPLIES
%left OR
%left AND
%precedence NOT
%nonassoc EQ NE '<' LE '>' GE IN NOTIN IS
%left '+' '-'
%left '*' '/'
%precedence UMINUS

%type <struct jql_expr *> expr primary quant_head
%type <struct jql_expr *> opt_weight
%type <int> qkw
%type <struct jql_value> literal pliteral fvalue bound
%type <struct jql_fact_decl *> opt_range
%type <struct jql_str> opt_str str opt_source
%type <struct jql_type> type
%type <struct jql_enum *> strlist
%type <struct jql_rule *> rule_body
%type <struct jql_standard *> std_body
%type <struct jql_facts_block *> decls
%type <struct jql_fact_decl *> decl
%type <struct jql_let *> let
%type <struct jql_tier *> tier_body
%type <struct jql_table *> table_body
%type <struct jql_table_row *> table_row table_keys
%type <struct jql_value> table_key
%type <struct jql_date_opt> opt_from
%type <struct jql_tier_req *> tier_req tier_list
%type <struct jql_test *> test_body
%type <struct jql_goal *> goal_body
%type <struct jql_goal_share> goal_share goal_target
%type <struct jql_value> goal_pct
%type <bool> goal_cmp
%type <struct jql_femployer *> fbody
%type <struct jql_fentry *> fentry
%type <struct jql_list *> textlist
%type <const char *> fpath mname qid goal_name
%type <struct jql_exprlist *> args

%%

start
    : START_RULES items
    | START_FACTS employers
    | START_LITERAL pliteral          { P->lit = $2; P->lit_ok = true; }
    ;

/* ---------------- rule files ---------------- */

items
    : %empty
    | items item
    ;

item
    : IMPORT STRING {
          struct jql_import *im = jql_alloc(sizeof *im);
          im->path = $2; im->loc = @$;
          add_item(P, (struct jql_item){.kind = JQL_I_IMPORT, .u.import = im}); }
    | FACTS '{' decls '}' {
          $3->loc = @$;
          add_item(P, (struct jql_item){.kind = JQL_I_FACTS, .u.facts = $3}); }
    | PARAM IDENT '=' pliteral opt_str {
          struct jql_param *pm = jql_alloc(sizeof *pm);
          pm->name = $2; pm->loc = @$; pm->name_loc = @2; pm->value = $4; pm->value_loc = @4;
          pm->desc = $5; pm->slot = -1;
          add_item(P, (struct jql_item){.kind = JQL_I_PARAM, .u.param = pm}); }
    | let {
          add_item(P, (struct jql_item){.kind = JQL_I_LET, .u.let = $1}); }
    | TABLE IDENT opt_str '{' table_body '}' {
          $5->name = $2; $5->loc = @$; $5->name_loc = @2; $5->title = $3;
          add_item(P, (struct jql_item){.kind = JQL_I_TABLE, .u.table = $5}); }
    | DEFAULT fpath '=' pliteral opt_str {
          struct jql_default *df = jql_alloc(sizeof *df);
          df->path = $2; df->loc = @$; df->path_loc = @2; df->value = $4; df->value_loc = @4;
          df->source = $5;
          add_item(P, (struct jql_item){.kind = JQL_I_DEFAULT, .u.dflt = df}); }
    | STANDARD IDENT opt_str '{' std_body '}' {
          $5->id = $2; $5->loc = @$; $5->id_loc = @2; $5->title = $3;
          add_item(P, (struct jql_item){.kind = JQL_I_STANDARD, .u.standard = $5}); }
    | TIER IDENT opt_str '{' tier_body '}' {
          $5->id = $2; $5->loc = @$; $5->id_loc = @2; $5->title = $3;
          add_item(P, (struct jql_item){.kind = JQL_I_TIER, .u.tier = $5}); }
    | TEST STRING '{' test_body '}' {
          $4->name = $2; $4->loc = @$; $4->name_loc = @2;
          add_item(P, (struct jql_item){.kind = JQL_I_TEST, .u.test = $4}); }
    | GOAL IDENT opt_str '{' { jql_parse_goal_open(P); } goal_body '}' {
          P->goal_depth = 0;
          $6->id = $2; $6->loc = @$; $6->id_loc = @2; $6->title = $3;
          add_item(P, (struct jql_item){.kind = JQL_I_GOAL, .u.goal = $6}); }
    | error
    ;

let
    : LET IDENT '=' expr {
          jql_parse_expr_depth(P, $4);
          $$ = jql_alloc(sizeof *$$);
          $$->name = $2; $$->loc = @$; $$->name_loc = @2; $$->expr = $4; $$->slot = -1; }
    ;

opt_str
    : %empty                          { $$ = (struct jql_str){0}; }
    | str
    ;

str : STRING                          { $$ = jql_parse_str($1, @1); } ;

decls
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | decls decl                      { $$ = $1; APPEND($$->decls, $$->ndecls, $2); }
    | decls error                     { $$ = $1; }
    ;

decl
    : fpath ':' type opt_range opt_str {
          $$ = $4 ? $4 : jql_alloc(sizeof *$$);
          $$->name = $1; $$->loc = @$; $$->name_loc = @1; $$->type = $3; $$->type_loc = @3;
          $$->desc = $5; }
    | COLLECTION IDENT opt_str {
          $$ = jql_alloc(sizeof *$$);
          $$->name = $2; $$->loc = @$; $$->name_loc = @2; $$->is_collection = true;
          $$->type = jql_type_make(JQL_T_COLLECTION, 0); $$->desc = $3; }
    ;

type
    : BOOL                            { $$ = jql_type_make(JQL_T_BOOL, 0); }
    | NUMBERKW                        { $$ = jql_type_make(JQL_T_NUMBER, JQL_NUM_NUMBER); }
    | COUNT                           { $$ = jql_type_make(JQL_T_NUMBER, JQL_NUM_COUNT); }
    | PERCENT                         { $$ = jql_type_make(JQL_T_NUMBER, JQL_NUM_PERCENT); }
    | MONEY                           { $$ = jql_type_make(JQL_T_MONEY, 0); }
    | RATETYPE
    | HOURS                           { $$ = jql_type_make(JQL_T_DURATION, JQL_DUR_HOURS); }
    | DAYS                            { $$ = jql_type_make(JQL_T_DURATION, JQL_DUR_DAYS); }
    | MONTHS                          { $$ = jql_type_make(JQL_T_DURATION, JQL_DUR_MONTHS); }
    | MINUTES                         { $$ = jql_type_unit_make(JQL_UNIT_MINUTE); }
    | WEEKS                           { $$ = jql_type_unit_make(JQL_UNIT_WEEK); }
    | YEARS                           { $$ = jql_type_unit_make(JQL_UNIT_YEAR); }
    | DATEKW                          { $$ = jql_type_make(JQL_T_DATE, 0); }
    | TEXT                            { $$ = jql_type_make(JQL_T_TEXT, 0); }
    | LIST OF TEXT                    { $$ = jql_type_make(JQL_T_LIST, 0); }
    | ONE OF strlist                  { $$ = jql_type_make(JQL_T_TEXT, 0); $$.enm = $3; }
    ;

/* `in LOW..HIGH`, either bound optional. A bound is a number, amount, rate, duration or
   date: a text would be read as the description that may follow. */
opt_range  /* `in` after a type always starts a range (no fact may be named `in`) */
    : %empty %prec QUANT              { $$ = NULL; }
    | IN bound DOTDOT bound {
          $$ = jql_alloc(sizeof *$$);
          $$->has_range = true; $$->range_loc = @$;
          $$->range.lo = $2; $$->range.has_lo = @2.end > @2.start; $$->lo_loc = @2;
          $$->range.hi = $4; $$->range.has_hi = @4.end > @4.start; $$->hi_loc = @4; }
    ;

bound
    : %empty                          { $$ = jql_value_unknown(); }
    | NUMBER | LITERAL | DATE
    | '-' NUMBER                      { $$ = jql_parse_negate(P, $2, @$); }
    | '-' LITERAL                     { $$ = jql_parse_negate(P, $2, @$); }
    ;

strlist
    : STRING                          { $$ = jql_alloc(sizeof *$$); APPEND($$->values, $$->n, $1); }
    | strlist ',' STRING              { $$ = $1; APPEND($$->values, $$->n, $3); }
    ;

std_body
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | std_body VERSION str            { $$ = $1; jql_parse_rule_text(P, &$$->version, "version", $3); }
    | std_body SOURCE str             { $$ = $1; jql_parse_rule_text(P, &$$->source, "source", $3); }
    | std_body EFFECTIVE DATE         { $$ = $1; jql_parse_date_line(P, &$$->effective, "effective", $3, @3); }
    | std_body EXPIRES DATE           { $$ = $1; jql_parse_date_line(P, &$$->expires, "expires", $3, @3); }
    | std_body let                    { $$ = $1; APPEND($$->lets, $$->nlets, $2); }
    | std_body REQUIRES NUMBER OF RECOMMENDED {
          $$ = $1; jql_parse_kof(P, &$$->kof, $3, @3, jql_loc_join(@2, @5)); }
    | std_body REQUIRES LITERAL OF RECOMMENDED {
          $$ = $1; jql_parse_kof(P, &$$->kof, $3, @3, jql_loc_join(@2, @5)); }
    | std_body REQUIRES IDENT OF RECOMMENDED {
          $$ = $1; jql_parse_kof_param(P, &$$->kof, $3, @3, jql_loc_join(@2, @5)); }
    | std_body RULE IDENT opt_str '{' rule_body '}' {
          $$ = $1; $6->id = $3; $6->loc = @2; $6->loc.end = @7.end; $6->id_loc = @3; $6->title = $4;
          APPEND($$->rules, $$->nrules, $6); }
    | std_body error                  { $$ = $1; }
    ;

rule_body
    : %empty                          { $$ = jql_parse_rule_new(); }
    | rule_body REQUIRE expr {
          $$ = $1; jql_parse_expr_depth(P, $3); APPEND($$->requires, $$->nrequires, $3); }
    | rule_body WHEN expr {
          $$ = $1; jql_parse_expr_depth(P, $3); APPEND($$->whens, $$->nwhens, $3); }
    | rule_body UNLESS expr {
          $$ = $1; jql_parse_expr_depth(P, $3); APPEND($$->unlesses, $$->nunlesses, $3); }
    | rule_body LEVEL REQUIRED        { $$ = $1; $$->level = JQL_LEVEL_REQUIRED; $$->level_set = true; $$->level_loc = @3; }
    | rule_body LEVEL RECOMMENDED     { $$ = $1; $$->level = JQL_LEVEL_RECOMMENDED; $$->level_set = true; $$->level_loc = @3; }
    | rule_body CITE str              { $$ = $1; jql_parse_rule_text(P, &$$->cite, "cite", $3); }
    | rule_body ADVICE str            { $$ = $1; jql_parse_rule_text(P, &$$->advice, "advice", $3); }
    | rule_body EFFECTIVE DATE        { $$ = $1; jql_parse_date_line(P, &$$->effective, "effective", $3, @3); }
    | rule_body EXPIRES DATE          { $$ = $1; jql_parse_date_line(P, &$$->expires, "expires", $3, @3); }
    | rule_body error                 { $$ = $1; }
    ;

/* `key`, `from` and `value` are words only here: identifiers the actions check. */
table_body
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | table_body IDENT IDENT ':' type { $$ = $1; jql_parse_table_key(P, $$, $2, @2, $3, @3, $5, @5); }
    | table_body IDENT ':' type       { $$ = $1; jql_parse_table_col(P, $$, $2, @2, $4, @4); }
    | table_body table_row            { $$ = $1; APPEND($$->rows, $$->nrows, $2); }
    | table_body error                { $$ = $1; }
    ;

table_row
    : table_keys opt_from ARROW pliteral opt_source {
          $$ = $1; $$->loc = @$; $$->value = $4; $$->value_loc = @4; $$->source = $5;
          if ($2.set) { $$->has_from = true; $$->from = $2.days; $$->from_loc = $2.loc; } }
    ;

table_keys
    : table_key {
          $$ = jql_alloc(sizeof *$$); $$->keys[0] = $1; $$->key_locs[0] = @1; $$->nkeys = 1; }
    | table_keys ',' table_key {
          $$ = $1;
          if ($$->nkeys == 2)
              jql_parse_error(P, @3, "a table row has at most two keys");
          else {
              $$->keys[$$->nkeys] = $3; $$->key_locs[$$->nkeys++] = @3;
          } }
    ;

table_key
    : STRING                          { $$ = jql_value_text($1); }
    | NUMBER | DATE
    | '-' NUMBER                      { $$ = jql_parse_negate(P, $2, @$); }
    ;

opt_from
    : %empty                          { $$ = (struct jql_date_opt){0}; }
    | IDENT DATE                      { $$ = jql_parse_from(P, $1, @1, $2, @2); }
    ;

tier_body
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | tier_body tier_req              { $$ = $1; APPEND($$->reqs, $$->nreqs, $2); }
    | tier_body error                 { $$ = $1; }
    ;

tier_req
    : REQUIRES tier_list              { $$ = $2; $$->loc = @$; }
    | REQUIRES NUMBER OF tier_list {
          $$ = $4; $$->loc = @$;
          $$->n_of = jql_parse_n_of(P, $2, @2); $$->n_of_loc = @2; }
    ;

tier_list
    : IDENT {
          $$ = jql_alloc(sizeof *$$);
          int n = $$->nids;
          APPEND($$->ids, $$->nids, $1); APPEND($$->id_locs, n, @1); }
    | tier_list ',' IDENT {
          $$ = $1; int n = $$->nids;
          APPEND($$->ids, $$->nids, $3); APPEND($$->id_locs, n, @3); }
    ;

/* `given` blocks and `expect` lines in any order; the checker wants at least one given,
   and a name on each when there are several. */
test_body
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | test_body GIVEN '{' fbody '}'   { $$ = $1; jql_parse_given($$, NULL, @3, $4); }
    | test_body GIVEN STRING '{' fbody '}' { $$ = $1; jql_parse_given($$, $3, @3, $5); }
    | test_body EXPECT qid IDENT {
          $$ = $1; jql_parse_expect(P, $$, @2, NULL, @2, false, $3, @3, $4, @4); }
    | test_body EXPECT STRING qid IDENT {
          $$ = $1; jql_parse_expect(P, $$, @2, $3, @3, false, $4, @4, $5, @5); }
    | test_body EXPECT GOAL IDENT IDENT {
          $$ = $1; jql_parse_expect(P, $$, @2, NULL, @2, true, $4, @4, $5, @5); }
    | test_body error                 { $$ = $1; }
    ;

/* A goal's lines, in any order (docs/language.md §4, "Goals"). `employers`, `reaching`,
   `passing`, `where` and `deadline` are tokens only here (the scanner's goal_depth). */
goal_body
    : %empty                          { $$ = jql_parse_goal_new(); }
    | goal_body goal_share goal_cmp goal_pct {
          $$ = $1; jql_parse_goal_share(P, $$, $2, $3, $4, @4, jql_loc_join(@2, @4)); }
    | goal_body WHERE expr {
          $$ = $1; jql_parse_expr_depth(P, $3); jql_parse_goal_where(P, $$, $3, @2); }
    | goal_body DEADLINE DATE         { $$ = $1; jql_parse_date_line(P, &$$->deadline, "deadline", $3, @3); }
    | goal_body CITE str              { $$ = $1; jql_parse_rule_text(P, &$$->cite, "cite", $3); }
    | goal_body ADVICE str            { $$ = $1; jql_parse_rule_text(P, &$$->advice, "advice", $3); }
    | goal_body error                 { $$ = $1; }
    ;

goal_share
    : goal_target
    | goal_target WEIGHTED BY goal_name { $$ = $1; $$.weight = $4; $$.weight_loc = @4; }
    | goal_target WEIGHTED BY PATH    { $$ = $1; $$.weight = $4; $$.weight_loc = @4; }
    ;

goal_target
    : SHARE OF EMPLOYERS REACHING goal_name {
          $$ = (struct jql_goal_share){.target = $5, .target_loc = @5}; }
    | SHARE OF EMPLOYERS PASSING goal_name {
          $$ = (struct jql_goal_share){.passing = true, .target = $5, .target_loc = @5}; }
    ;

/* A tier, standard or fact named like a goal word is still named here. */
goal_name
    : IDENT
    /* @goal-words@: `| WORD { $$ = "word"; }` for each word of JQL_GOAL_WORDS (src/words.h) */
    ;

/* Only a floor: a goal is a share to reach (`<=` and the like get a note, parse.c). */
goal_cmp
    : GE                              { $$ = false; }
    | '>'                             { $$ = true; }
    ;

/* A bare number is read too, so that a missing '%' gets an error of its own. */
goal_pct : NUMBER | LITERAL ;

qid : IDENT | PATH ;

/* ---------------- expressions ---------------- */

expr
    : primary
    | expr IMPLIES expr               { $$ = jql_ast_binary(JQL_E_IMPLIES, 0, @2, $1, $3); }
    | expr OR expr                    { $$ = jql_ast_binary(JQL_E_OR, 0, @2, $1, $3); }
    | expr AND expr                   { $$ = jql_ast_binary(JQL_E_AND, 0, @2, $1, $3); }
    | NOT expr                        { $$ = jql_ast_unary(JQL_E_NOT, 0, @1, $2, @$); }
    | expr EQ expr                    { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_EQ, @2, $1, $3); }
    | expr NE expr                    { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_NE, @2, $1, $3); }
    | expr '<' expr                   { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_LT, @2, $1, $3); }
    | expr LE expr                    { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_LE, @2, $1, $3); }
    | expr '>' expr                   { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_GT, @2, $1, $3); }
    | expr GE expr                    { $$ = jql_parse_cmp(P, JQL_E_CMP, JQL_CMP_GE, @2, $1, $3); }
    | expr IN expr                    { $$ = jql_parse_cmp(P, JQL_E_IN, 0, @2, $1, $3); }
    | expr NOTIN expr                 { $$ = jql_parse_cmp(P, JQL_E_IN, 1, @2, $1, $3); }
    | expr IS KNOWN                   { $$ = jql_parse_known(P, 0, @2, $1, @$); }
    | expr IS UNKNOWN                 { $$ = jql_parse_known(P, 1, @2, $1, @$); }
    | expr '+' expr                   { $$ = jql_ast_binary(JQL_E_ARITH, JQL_OP_ADD, @2, $1, $3); }
    | expr '-' expr                   { $$ = jql_ast_binary(JQL_E_ARITH, JQL_OP_SUB, @2, $1, $3); }
    | expr '*' expr                   { $$ = jql_ast_binary(JQL_E_ARITH, JQL_OP_MUL, @2, $1, $3); }
    | expr '/' expr                   { $$ = jql_ast_binary(JQL_E_ARITH, JQL_OP_DIV, @2, $1, $3); }
    | '-' expr %prec UMINUS           { $$ = jql_ast_unary(JQL_E_NEG, 0, @1, $2, @$); }
    | quant_head ':' expr %prec QUANT {
          $$ = $1; $$->u.quant.body = $3; $$->loc.end = @3.end; jql_ast_set_depth($$); }
    | IF expr THEN expr ELSE expr %prec QUANT {
          $$ = jql_ast_expr(JQL_E_IF, @$); $$->oploc = @1;
          $$->u.cond.c = $2; $$->u.cond.t = $4; $$->u.cond.e = $6; jql_ast_set_depth($$); }
    ;

quant_head
    : qkw IDENT IN IDENT opt_weight   { $$ = jql_parse_quant(P, $1, @1, $2, @2, $4, @4, $5); }
    ;

qkw
    : ALL                             { $$ = JQL_Q_ALL; }
    | ANY                             { $$ = JQL_Q_ANY; }
    | NONE                            { $$ = JQL_Q_NONE; }
    | COUNT                           { $$ = JQL_Q_COUNT; }
    | SUM                             { $$ = JQL_Q_SUM; }
    | MIN                             { $$ = JQL_Q_MIN; }
    | MAX                             { $$ = JQL_Q_MAX; }
    | SHARE                           { $$ = JQL_Q_SHARE; }
    ;

opt_weight
    : %empty                          { $$ = NULL; }
    | WEIGHTED BY expr                { $$ = $3; }
    ;

primary
    : literal                         { $$ = jql_ast_lit($1, @1); }
    | IDENT                           { $$ = jql_ast_name($1, @1); }
    | PATH                            { $$ = jql_ast_name($1, @1); }
    | '(' expr ')'                    {
          $$ = $2;
          if (!$$->parens)
              $$->inner = $$->loc;
          if ($$->parens < UINT8_MAX) /* more pairs change nothing: the formatter keeps 255 */
              $$->parens++;
          $$->loc = @$; /* reasons quote balanced text */ }
    | '[' ']'                         { $$ = jql_ast_expr(JQL_E_LIST, @$); }
    | '[' args ']' {
          $$ = jql_ast_expr(JQL_E_LIST, @$); $$->u.list.items = $2->v; $$->u.list.n = $2->n;
          jql_ast_set_depth($$); }
    | IDENT '(' args ')'              { $$ = jql_parse_call(@$, $1, @1, $3); }
    | IDENT '[' args ']' {
          $$ = jql_parse_call(@$, $1, @1, $3); $$->kind = JQL_E_LOOKUP; }
    | MIN '(' args ')'                { $$ = jql_parse_call(@$, "min", @1, $3); }
    | MAX '(' args ')'                { $$ = jql_parse_call(@$, "max", @1, $3); }
    ;

args
    : expr                            { $$ = jql_alloc(sizeof *$$); APPEND($$->v, $$->n, $1); }
    | args ',' expr                   { $$ = $1; APPEND($$->v, $$->n, $3); }
    ;

literal
    : NUMBER | LITERAL | DATE
    | STRING                          { $$ = jql_value_text($1); }
    | TRUE                            { $$ = jql_value_bool(true); }
    | FALSE                           { $$ = jql_value_bool(false); }
    ;

pliteral
    : literal
    | '-' literal                     { $$ = jql_parse_negate(P, $2, @$); }
    ;

/* ---------------- fact files ---------------- */

employers
    : %empty
    | employers employer
    | employers error
    ;

/* The employer is listed as soon as its name is read, so a block that never
   closes is still reported (as error) rather than silently dropped. A block left
   open before the next line starting `employer "` is closed there by the scanner
   (jql_lex_employer_line), with '}' tokens of its own. */
employer
    : EMPLOYER { jql_parse_employer_kw(P); }
      STRING { P->cur_emp = jql_parse_employer_begin(P, $3, @1, @3); } '{' fbody '}' {
          struct jql_femployer *fe = P->cur_emp;
          fe->loc.end = P->resync ? P->resync_kw.start : @7.end; /* up to the next one */
          fe->entries = $6->entries; fe->nentries = $6->nentries;
          P->cur_emp = NULL; }
    ;

fbody
    : %empty                          { $$ = jql_alloc(sizeof *$$); }
    | fbody fentry                    { $$ = $1; APPEND($$->entries, $$->nentries, $2); }
    | fbody ','                       { $$ = $1; }
    | fbody error                     { $$ = $1; }
    ;

fentry
    : fpath '=' fvalue opt_source {
          $$ = jql_parse_fentry(JQL_F_SET, $1, @1); $$->loc = @$; $$->value = $3; $$->value_loc = @3;
          $$->source = $4; }
    | fpath '=' '[' ']' opt_source {
          $$ = jql_parse_fentry(JQL_F_EMPTY, $1, @1); $$->loc = @$; $$->value_loc = @3; $$->value_loc.end = @4.end;
          $$->source = $5; }
    | fpath '=' '[' textlist ']' opt_source {
          $$ = jql_parse_fentry(JQL_F_SET, $1, @1); $$->loc = @$;
          $$->value = jql_value_list($4); $$->value_loc = @3; $$->value_loc.end = @5.end;
          $$->source = $6; }
    | fpath '{' fbody '}' {
          $$ = jql_parse_fentry(JQL_F_GROUP, $1, @1); $$->loc = @$;
          $$->entries = $3->entries; $$->nentries = $3->nentries; }
    | fpath str '{' fbody '}' {
          $$ = jql_parse_fentry(JQL_F_ELEMENT, $1, @1); $$->loc = @$; $$->label = $2;
          $$->entries = $4->entries; $$->nentries = $4->nentries; }
    ;

/* `source` directly after a value always starts an annotation (docs/language.md §9). */
opt_source
    : %empty                          { $$ = (struct jql_str){0}; }
    | SOURCE str                      { $$ = $2; }
    ;

textlist
    : STRING                          { $$ = jql_alloc(sizeof *$$); APPEND($$->items, $$->n, $1); }
    | textlist ',' STRING             { $$ = $1; APPEND($$->items, $$->n, $3); }
    ;

fvalue
    : pliteral
    | UNKNOWN                         { $$ = jql_value_unknown(); }
    ;

fpath : PATH | mname ;

/* A member name inside a group or element may be a reserved word (docs/language.md §11);
   `source` is not one of them, since after a value it starts an annotation. */
mname
    : IDENT
    /* @keyword-members@: `| KW { $$ = "word"; }` for each member keyword of src/words.h */
    ;

%%


static void yyerror(const YYLTYPE *loc, yyscan_t scanner, struct jql_parser *P, const char *msg)
{
    /* With custom error reporting bison calls this only when its stack is exhausted. */
    (void)scanner;
    (void)msg;
    jql_parse_fatal(P, *loc, "expression nested too deeply (the limit is %d levels)",
                    JQL_LIMIT_DEPTH);
}

/* Descriptive token names stay bare; keywords and punctuation get quotes. */
static const char *parse_token_name(yysymbol_kind_t k)
{
    static const char *const bare[] = {"identifier", "dotted name", "text", "number",
                                       "literal", "date", "rate type", "end of file"};
    const char *name = k == YYSYMBOL_YYEOF ? "end of file" : yysymbol_name(k);
    if (name[0] == '\'' || name[0] == '"')
        return name;
    for (size_t i = 0; i < sizeof bare / sizeof *bare; i++)
        if (strcmp(name, bare[i]) == 0)
            return name;
    const char *sp = strstr(name, " type");
    size_t n = sp ? (size_t)(sp - name) : strlen(name);
    return jql_sprintf("'%.*s'", (int)n, name);
}

/* Tokens that can start an expression. */
static bool parse_starts_expr(yysymbol_kind_t k)
{
    switch (k) {
    case YYSYMBOL_NUMBER: case YYSYMBOL_LITERAL: case YYSYMBOL_DATE: case YYSYMBOL_STRING:
    case YYSYMBOL_TRUE: case YYSYMBOL_FALSE: case YYSYMBOL_IDENT: case YYSYMBOL_PATH:
    case YYSYMBOL_MIN: case YYSYMBOL_MAX:
    case YYSYMBOL_NOT: case YYSYMBOL_IF: case YYSYMBOL_ALL: case YYSYMBOL_ANY:
    case YYSYMBOL_NONE: case YYSYMBOL_COUNT: case YYSYMBOL_SUM: case YYSYMBOL_SHARE:
        return true;
    default:
        return k == YYTRANSLATE('(') || k == YYTRANSLATE('[') || k == YYTRANSLATE('-');
    }
}

/* Tokens that can start a fact name: an identifier, a dotted name or a keyword. */
static bool parse_starts_fact_name(yysymbol_kind_t k)
{
    switch (k) {
#define X(tok, word, name, member) case YYSYMBOL_##tok:
    JQL_KEYWORDS(X)
#undef X
    case YYSYMBOL_IDENT: case YYSYMBOL_PATH:
        return true;
    default:
        return false;
    }
}

/* A word that is a keyword only inside a goal's body. */
static bool parse_is_goal_word(yysymbol_kind_t k)
{
    switch (k) {
#define X(tok, word, name, member) case YYSYMBOL_##tok:
    JQL_GOAL_WORDS(X)
#undef X
        return true;
    default:
        return false;
    }
}

static bool parse_has(const yysymbol_kind_t *v, int n, yysymbol_kind_t k)
{
    for (int i = 0; i < n; i++)
        if (v[i] == k)
            return true;
    return false;
}

/* Describe the expected tokens in at most `max` names, folding the many tokens
   that start an expression or a fact name into one; 0 names when too many. */
static int parse_expected(const yysymbol_kind_t *all, int n, const char **out, int max)
{
    bool fname = parse_has(all, n, YYSYMBOL_IDENT) && parse_has(all, n, YYSYMBOL_EMPLOYER);
    bool expr = !fname && parse_has(all, n, YYSYMBOL_NUMBER) && parse_has(all, n, YYTRANSLATE('('));
    /* where a name is expected in a goal, its words are names too: "identifier" says it */
    bool name = parse_has(all, n, YYSYMBOL_IDENT);
    int k = 0;
    if (fname || expr)
        out[k++] = fname ? "a fact name" : "an expression";
    for (int i = 0; i < n; i++) {
        if ((fname && parse_starts_fact_name(all[i])) || (expr && parse_starts_expr(all[i])) ||
            (name && parse_is_goal_word(all[i])))
            continue;
        if (k == max)
            return 0;
        out[k++] = parse_token_name(all[i]);
    }
    return k;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, struct jql_parser *P)
{
    (void)scanner;
    enum { MAXEXP = 6 };
    if (P->fatal) /* the end of file that follows a fatal error is no mistake */
        return 0;
    yysymbol_kind_t all[YYNTOKENS];
    const char *exp[MAXEXP];
    int nall = yypcontext_expected_tokens(ctx, all, YYNTOKENS);
    if (nall < 0)
        return nall;
    int n = parse_expected(all, nall, exp, MAXEXP);
    yysymbol_kind_t tok = yypcontext_token(ctx);
    const YYLTYPE *loc = yypcontext_location(ctx);
    if (tok != YYSYMBOL_YYEOF && jql_parse_split_duration(P, *loc))
        return 0;
    struct jql_buf b = {0};
    const char *what = jql_parse_describe(parse_token_name(tok), tok == YYSYMBOL_YYEOF, *loc);
    if (P->resync) /* a '}' the scanner made up to close a block before an employer line */
        what = "end of employer block";
    jql_buf_printf(&b, "unexpected %s", what);
    for (int i = 0; i < n; i++)
        jql_buf_printf(&b, "%s%s", i == 0 ? ", expected " : i == n - 1 ? " or " : ", ", exp[i]);
    struct jql_diag *dg = jql_parse_error(P, *loc, "%s", jql_buf_str(&b));
    bool after_operand = parse_has(all, nall, YYTRANSLATE('+'));
    struct jql_parse_expect ex = {.after_operand = after_operand,
                                  .cmp_ok = parse_has(all, nall, YYSYMBOL_EQ),
                                  .ident_ok = parse_has(all, nall, YYSYMBOL_IDENT),
                                  .goal_cmp = !after_operand && parse_has(all, nall, YYSYMBOL_GE)};
    jql_parse_hint(P, dg, tok == YYSYMBOL_YYEOF, *loc, ex);
    if (tok == YYTRANSLATE('{')) /* error recovery throws it away */
        jql_parse_drop_brace(P, *loc);
    return 0;
}
