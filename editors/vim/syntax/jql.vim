" Vim syntax file
" Language:   JQL, the Job Quality Language: rule files (.jq) and fact files (.facts)
" Maintainer: the jqlc project
" The word lists follow src/words.h; the project's tests check every word of it here.

if exists('b:current_syntax')
  finish
endif
scriptencoding utf-8
let s:cpo_save = &cpo
set cpo&vim

syn case match
syn iskeyword @,48-57,_,192-255

" Keywords (docs/language.md §11). A keyword after a '.' is a path segment: the path
" matches from its first segment, before the keyword could.
syn keyword jqlImport      import
syn keyword jqlDeclaration facts collection param let standard rule tier test given
syn keyword jqlDeclaration employer default
syn match   jqlDeclaration /\<\%(goal\|table\)\>\%(\.\h\)\@!/
syn keyword jqlClause      version source effective expires level when unless
syn keyword jqlClause      require requires cite advice
syn keyword jqlLevel       required recommended
syn keyword jqlConditional if then else
syn keyword jqlOperatorWord not and or implies in is known
syn keyword jqlQuantifier  all any none count sum share weighted by one of
" min and max are matches, not keywords, so that min( and max( can be built-ins.
syn match   jqlQuantifier  /\<\%(min\|max\)\>\%(\.\h\)\@!/
syn keyword jqlBoolean     true false
syn keyword jqlUnknown     unknown
syn keyword jqlType        list bool number percent money text date
syn keyword jqlType        hours days months minutes weeks years

" Words only inside a goal's body, or a table's (docs/language.md §4).
syn keyword jqlGoalWord    contained employers reaching passing where deadline
syn keyword jqlTableWord   contained key from value

" Statuses, after `expect` (docs/language.md §10).
syn keyword jqlStatus      contained pass fail untested not_applicable error
syn keyword jqlGoalStatus  contained met not_met undecided

" Built-in functions, before '('; today, the evaluation date.
syn match   jqlBuiltin     /\<\%(annual\|hourly\|min\|max\|abs\|round\|length\|contains\|starts_with\)\ze\s*(/
syn keyword jqlToday       today

" Names: dotted paths and identifiers; a declared name after its keyword.
syn match   jqlPath        /\<\h\w*\%(\.\h\w*\)\+\>/
syn match   jqlDeclName    /\%(\<\%(standard\|rule\|tier\|goal\|collection\|table\|param\|let\)\s\+\)\@<=\h\w*\>\%(\.\h\)\@!/

" Literals (docs/language.md §2): dates, rate types, money and rates, percents,
" durations (a number and a unit word on one line), numbers. Where two start at the same
" place the one defined last wins: a date over a number, a percent over a number.
syn match   jqlNumber      /\<\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=\>/
syn match   jqlPercent     /\<\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=%/
syn match   jqlDuration    /\<\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=[ \t]\+\%(hours\=\|minutes\=\|days\=\|weeks\=\|months\=\|years\=\)\>/
syn match   jqlDate        /\<\d\{4}-\d\{2}-\d\{2}\>/
syn match   jqlRateType    /\<money\/\%(hour\|week\|month\|year\)\>/
syn match   jqlMoney       /\$\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=\%(\/\%(hour\|week\|month\|year\)\>\)\=/

" Text: straight quotes, on one line; escapes \" \\ \n \t \u{...}.
syn region  jqlString      start=/"/ skip=/\\\\\|\\"/ end=/"/ end=/$/ oneline contains=jqlEscape,jqlBadEscape
syn match   jqlBadEscape   contained /\\./
syn match   jqlEscape      contained /\\\%(["\\nt]\|u{\x\{1,6}}\)/
" A curly quote where a straight one belongs is an error (docs/language.md §2).
syn match   jqlError       /[“”‘’]/
" Characters JQL has no use for outside text and comments ('!' only in '!=', below).
syn match   jqlError       /[!@%^&;?~`'\\|]/
syn match   jqlError       /&&\|||/

syn match   jqlOperator    /==\|!=\|<=\|>=\|=>\|\.\.\|[<>=+*/-]/

syn keyword jqlTodo        contained TODO FIXME XXX NOTE
syn match   jqlComment     /#.*$/ contains=jqlTodo,@Spell

syn cluster jqlExpr contains=jqlImport,jqlDeclaration,jqlClause,jqlLevel,jqlConditional
      \,jqlOperatorWord,jqlQuantifier,jqlBoolean,jqlUnknown,jqlType,jqlBuiltin,jqlToday
      \,jqlPath,jqlDeclName,jqlDate,jqlRateType,jqlMoney,jqlPercent,jqlNumber,jqlDuration
      \,jqlString,jqlError,jqlOperator,jqlComment

" `expect [NAME] ID STATUS`, `expect goal ID STATUS`: statuses to the end of the line.
syn region  jqlExpect      matchgroup=jqlClause start=/\<expect\>\%(\.\h\)\@!/ matchgroup=NONE end=/$/
      \ oneline contains=@jqlExpr,jqlStatus,jqlGoalStatus
" A goal's and a table's body: from `goal NAME` or `table NAME` at the start of a line
" to the closing brace.
syn region  jqlGoal        matchgroup=jqlDeclaration start=/^\s*\zsgoal\ze\s\+\h\w*\>\%(\.\h\)\@!/
      \ matchgroup=NONE end=/}/ contains=@jqlExpr,jqlGoalWord
syn region  jqlTable       matchgroup=jqlDeclaration start=/^\s*\zstable\ze\s\+\h\w*\>\%(\.\h\)\@!/
      \ matchgroup=NONE end=/}/ contains=@jqlExpr,jqlTableWord

" A goal's or table's body spans lines: highlight from the start of the file (rule and
" fact files are small), so a body is known wherever the window starts.
syn sync fromstart

hi def link jqlImport       Include
hi def link jqlDeclaration  Keyword
hi def link jqlClause       Statement
hi def link jqlLevel        Constant
hi def link jqlConditional  Conditional
hi def link jqlOperatorWord Operator
hi def link jqlQuantifier   Repeat
hi def link jqlBoolean      Boolean
hi def link jqlUnknown      Constant
hi def link jqlType         Type
hi def link jqlRateType     Type
hi def link jqlGoalWord     Keyword
hi def link jqlTableWord    Keyword
hi def link jqlStatus       Constant
hi def link jqlGoalStatus   Constant
hi def link jqlBuiltin      Function
hi def link jqlToday        Special
hi def link jqlPath         Identifier
hi def link jqlDeclName     Function
hi def link jqlDate         Number
hi def link jqlMoney        Number
hi def link jqlPercent      Number
hi def link jqlNumber       Number
hi def link jqlDuration     Number
hi def link jqlString       String
hi def link jqlEscape       SpecialChar
hi def link jqlBadEscape    Error
hi def link jqlError        Error
hi def link jqlOperator     Operator
hi def link jqlTodo         Todo
hi def link jqlComment      Comment

let b:current_syntax = 'jql'
let &cpo = s:cpo_save
unlet s:cpo_save
