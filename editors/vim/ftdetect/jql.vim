" JQL rule files (.jq) and fact files (.facts): filetype jql.
"
" `.jq` is also the extension of jq programs, and Vim sets `jq` for every *.jq file.
" A .jq file is taken for JQL when its text says so: within its first 200 lines, a
" line that starts with a JQL declaration (`standard`, `rule`, `tier`, `goal`, `table`,
" `collection`, `facts {`, `param NAME =`/`:`, `let NAME =`, `test "`) or that is
" nothing but an import (`import "std/default"`: jq's imports end in `as NAME;` or
" `;`), or when its first line is a comment that names JQL or jqlc. Anything else is
" left to Vim. To take every .jq file for JQL, put `let g:jql_all_jq = 1` in your vimrc.

function! s:IsJql() abort
  if get(g:, 'jql_all_jq', 0)
    return 1
  endif
  if getline(1) =~# '^#.*\<\%(JQL\|jqlc\)\>'
    return 1
  endif
  let l:decl = '^\s*\%(\%(standard\|rule\|tier\|goal\|table\|collection\)\s\+\h\w*\s*\%("\|{\|$\)'
        \ . '\|facts\s*{\|\%(param\|let\)\s\+\h\w*\s*[:=]\|test\s\+"'
        \ . '\|import\s\+"[^"]*"\s*\%(#.*\)\=$\)'
  for l:line in getline(1, 200)
    if l:line =~# l:decl
      return 1
    endif
  endfor
  return 0
endfunction

autocmd BufRead,BufNewFile *.facts setfiletype jql
" `set filetype`, not `setfiletype`: it replaces the `jq` that Vim has set before.
autocmd BufRead,BufNewFile *.jq if s:IsJql() | set filetype=jql | endif
