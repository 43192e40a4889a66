" vim_check.vim: the Vim files of editors/vim/ loaded by Vim (vim -u NONE -es, with
" editors/vim first on 'runtimepath'; tests/editors.sh runs it). Environment:
"   JQL_WORDS  the words of src/words.h, one "KIND WORD" a line (tests/editors/words.awk)
"   JQL_FILES  the rule and fact files to open, one a line
"   JQL_JQ     a jq program named *.jq, which must stay jq
"   JQL_OUT    where the findings go: "FAIL ..." lines, then a last "vim: ..." line
" Checks: the files load without an error; each listed file gets filetype jql and the
" jql syntax, and no character of it is highlighted as an error; the jq program keeps
" filetype jq; every word of src/words.h is highlighted as its kind, and after a '.'
" as part of a path.
set nocompatible
scriptencoding utf-8
let s:fails = []
function! s:Fail(msg) abort
  call add(s:fails, 'FAIL ' . a:msg)
endfunction

" The highlight group at line l, column c of the current buffer.
function! s:Group(l, c) abort
  return synIDattr(synID(a:l, a:c, 1), 'name')
endfunction

" Put lines in a scratch buffer of filetype jql; the group of the first `word` on line l.
function! s:Probe(lines, l, word) abort
  enew!
  setlocal buftype=nofile
  call setline(1, a:lines)
  set filetype=jql
  let c = match(getline(a:l), '\V' . a:word) + 1
  return c > 0 ? s:Group(a:l, c) : '(not found)'
endfunction

let s:nfiles = 0
let s:nchars = 0
let s:nwords = 0
try
  let v:errmsg = ''
  filetype plugin on
  syntax on

  " ---- the files ----
  for f in readfile($JQL_FILES)
    execute 'silent edit! ' . fnameescape(f)
    let s:nfiles += 1
    if &filetype !=# 'jql'
      call s:Fail(f . ': filetype is "' . &filetype . '", not jql')
      continue
    endif
    if get(b:, 'current_syntax', '') !=# 'jql'
      call s:Fail(f . ': the jql syntax is not loaded')
    endif
    if &commentstring !=# '# %s'
      call s:Fail(f . ': the ftplugin is not loaded (commentstring "' . &commentstring . '")')
    endif
    for l in range(1, line('$'))
      let text = getline(l)
      for c in range(1, strlen(text))
        if text[c - 1] !~# '\s'
          let s:nchars += 1
          let id = synID(l, c, 1)
          if synIDattr(synIDtrans(id), 'name') ==# 'Error'
            call s:Fail(f . ':' . l . ':' . c . ': highlighted as an error (' . synIDattr(id, 'name') . '): ' . text)
            break
          endif
        endif
      endfor
    endfor
  endfor

  " ---- a jq program stays jq ----
  execute 'silent edit! ' . fnameescape($JQL_JQ)
  if &filetype ==# 'jql'
    call s:Fail($JQL_JQ . ': a jq program was taken for JQL')
  endif

  " ---- the words of src/words.h ----
  let s:keyword_groups = ['jqlImport', 'jqlDeclaration', 'jqlClause', 'jqlLevel', 'jqlConditional',
        \ 'jqlOperatorWord', 'jqlQuantifier', 'jqlBoolean', 'jqlUnknown', 'jqlType']
  for entry in readfile($JQL_WORDS)
    let [kind, word] = split(entry)
    let s:nwords += 1
    if kind ==# 'keyword'
      let [lines, l, want] = [[word], 1, s:keyword_groups]
    elseif kind ==# 'goal'
      let [lines, l, want] = [['goal g "t" {', '  ' . word, '}'], 2, ['jqlGoalWord']]
    elseif kind ==# 'builtin'
      let [lines, l, want] = [['let x = ' . word . '(y)'], 1, ['jqlBuiltin']]
    elseif kind ==# 'today'
      let [lines, l, want] = [['let x = ' . word], 1, ['jqlToday']]
    elseif kind ==# 'status'
      let [lines, l, want] = [['expect std.rule ' . word], 1, ['jqlStatus']]
    elseif kind ==# 'goal_status'
      let [lines, l, want] = [['expect goal g ' . word], 1, ['jqlGoalStatus']]
    else
      call s:Fail('words: unknown kind ' . kind)
      continue
    endif
    let got = s:Probe(lines, l, word)
    if index(want, got) < 0
      call s:Fail('words: ' . kind . ' "' . word . '" of src/words.h is highlighted as "' . got . '", not ' . join(want, ' or '))
    endif
    let got = s:Probe(['require pay.' . word . ' == 1'], 1, 'pay.')
    if got !=# 'jqlPath'
      call s:Fail('words: "pay.' . word . '" is highlighted as "' . got . '", not as a path')
    endif
    if kind ==# 'goal'
      let got = s:Probe(['require ' . word . ' == 1'], 1, word)
      if got !=# ''
        call s:Fail('words: "' . word . '" outside a goal is highlighted as "' . got . '", not as a name')
      endif
    endif
  endfor
  " ---- the check can fail: what JQL does not have is an error ----
  for bad in ['require a && b', 'employer “Acme” {']
    let got = s:Probe([bad], 1, bad =~# '&&' ? '&&' : '“')
    if got !=# 'jqlError'
      call s:Fail('"' . bad . '" is highlighted as "' . got . '", not as an error')
    endif
  endfor

  if v:errmsg !=# ''
    call s:Fail('error message: ' . v:errmsg)
  endif
catch
  call s:Fail('error: ' . v:exception . ' at ' . v:throwpoint)
endtry

call writefile(s:fails + ['vim: ' . s:nfiles . ' files, ' . s:nchars . ' characters, ' . s:nwords . ' words; ' . len(s:fails) . ' failures'], $JQL_OUT)
qall!
