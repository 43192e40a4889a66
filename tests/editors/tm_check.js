// tm_check.js EXTDIR WORDS FILE...: the VS Code extension's TextMate grammars read by
// vscode-textmate (with vscode-oniguruma, the regular-expression engine VS Code uses).
//   - package.json and the language configuration: every grammar and configuration it
//     names exists, is JSON and has the scope name it is registered under;
//   - each grammar: every rule has a known shape, every regular expression compiles,
//     every include names a rule that exists;
//   - the words of src/words.h (WORDS: lines "KIND WORD", KIND one of keyword, goal,
//     builtin, today, status, goal_status) each get their scope, and a keyword after a
//     '.' is part of a path; every word the grammar lists is one of src/words.h's (or a
//     table word);
//   - each FILE (.jq with source.jql, .facts with source.jql.facts) tokenized line by
//     line: a token of non-blank text that no rule matched (only the root scope) or that
//     a rule marks invalid (invalid.*) is a failure, shown as FILE:LINE:COL;
//   - the check can fail: a snippet with an operator JQL does not have is reported.
// Prints "FAIL ..." lines and a last line "tokens: N files, N lines, N tokens, N failures".
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const [extDir, wordsFile, ...files] = process.argv.slice(2);
let failures = 0;
function fail(msg) {
  failures++;
  if (failures <= 200) console.log('FAIL ' + msg);
}

function readJSON(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: not JSON: ${e.message}`);
    return null;
  }
}

// ---- package.json and the language configuration ----
const pkg = readJSON(path.join(extDir, 'package.json')) || {};
const contributes = pkg.contributes || {};
const grammarFiles = {}; // scopeName -> file
for (const g of contributes.grammars || []) {
  const file = path.join(extDir, g.path || '');
  const raw = fs.existsSync(file) ? readJSON(file) : (fail(`package.json: grammar ${g.path} missing`), null);
  if (!raw) continue;
  if (raw.scopeName !== g.scopeName) fail(`${g.path}: scopeName ${raw.scopeName}, package.json says ${g.scopeName}`);
  if (!(contributes.languages || []).some((l) => l.id === g.language)) fail(`package.json: grammar for unknown language ${g.language}`);
  grammarFiles[g.scopeName] = file;
}
for (const scope of ['source.jql', 'source.jql.facts'])
  if (!grammarFiles[scope]) fail(`package.json: no grammar for ${scope}`);
for (const l of contributes.languages || []) {
  const conf = l.configuration && readJSON(path.join(extDir, l.configuration));
  if (!conf) { fail(`package.json: language ${l.id} has no configuration`); continue; }
  if (!conf.comments || conf.comments.lineComment !== '#') fail(`${l.configuration}: line comments are not '#'`);
  for (const pair of ['{}', '[]', '()'])
    if (!(conf.brackets || []).some((b) => b[0] + b[1] === pair)) fail(`${l.configuration}: no bracket pair ${pair}`);
  if (!(conf.autoClosingPairs || []).some((p) => p.open === '"' && p.close === '"')) fail(`${l.configuration}: quotes do not close`);
}
// a first line that names JQL or jqlc picks the language (the library's files start so)
const jql = (contributes.languages || []).find((l) => l.id === 'jql') || {};
try {
  if (!new RegExp(jql.firstLine).test('# stdlib/default.jq — the default rule set of jqlc (`std/default`).'))
    fail('package.json: firstLine does not match a first line that names jqlc');
  if (new RegExp(jql.firstLine).test('# a jq program')) fail('package.json: firstLine matches a jq program');
} catch (e) {
  fail(`package.json: firstLine: ${e.message}`);
}

const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
const onigLib = onig.loadWASM(wasm).then(() => ({
  createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
  createOnigString: (s) => new onig.OnigString(s),
}));

// ---- the shape of each grammar ----
const RULE_KEYS = new Set(['name', 'contentName', 'match', 'begin', 'end', 'while', 'captures', 'beginCaptures',
  'endCaptures', 'whileCaptures', 'patterns', 'include', 'repository', 'comment', 'applyEndPatternLast']);
function checkGrammar(file, raw) {
  const repo = raw.repository || {};
  const regexes = [];
  function rule(r, where, capture) {
    if (typeof r !== 'object' || r === null) { fail(`${file}: ${where}: not an object`); return; }
    for (const k of Object.keys(r)) if (!RULE_KEYS.has(k)) fail(`${file}: ${where}: unknown key ${k}`);
    for (const k of ['match', 'begin', 'end', 'while'])
      if (k in r) {
        if (typeof r[k] !== 'string') fail(`${file}: ${where}.${k}: not a string`);
        else regexes.push([r[k], `${where}.${k}`]);
      }
    if ('begin' in r && !('end' in r) && !('while' in r)) fail(`${file}: ${where}: begin without end`);
    if (('end' in r || 'while' in r) && !('begin' in r)) fail(`${file}: ${where}: end without begin`);
    if (!('match' in r) && !('begin' in r) && !('include' in r) && !('patterns' in r) && !capture)
      fail(`${file}: ${where}: matches nothing`);
    for (const k of ['name', 'contentName'])
      if (k in r && (typeof r[k] !== 'string' || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/.test(r[k])))
        fail(`${file}: ${where}.${k}: bad scope name ${JSON.stringify(r[k])}`);
    if ('include' in r) {
      const inc = r.include;
      if (inc.startsWith('#')) { if (!(inc.slice(1) in repo)) fail(`${file}: ${where}: include ${inc}: no such rule`); }
      else if (!['$self', '$base'].includes(inc) && !(inc in grammarFiles)) fail(`${file}: ${where}: include ${inc}: no such grammar`);
    }
    for (const k of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'])
      for (const [n, c] of Object.entries(r[k] || {})) rule(c, `${where}.${k}.${n}`, true);
    (r.patterns || []).forEach((p, i) => rule(p, `${where}.patterns[${i}]`));
  }
  if (!raw.scopeName) fail(`${file}: no scopeName`);
  if (!Array.isArray(raw.patterns)) fail(`${file}: no patterns`);
  (raw.patterns || []).forEach((p, i) => rule(p, `patterns[${i}]`));
  for (const [k, r] of Object.entries(repo)) rule(r, `repository.${k}`);
  for (const [re, where] of regexes) {
    try {
      new onig.OnigScanner([re]).dispose();
    } catch (e) {
      fail(`${file}: ${where}: invalid regular expression ${JSON.stringify(re)}: ${e.message || e}`);
    }
  }
  return regexes.length;
}

function tokenizeText(grammar, text) {
  let stack = vsctm.INITIAL;
  const out = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i + 1, col: t.startIndex + 1, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

// The failures of one file's tokens: unmatched or invalid non-blank text.
function badTokens(tokens) {
  const bad = [];
  for (const t of tokens) {
    if (!/\S/.test(t.text)) continue;
    if (t.scopes.length === 1) bad.push([t, 'no rule matched']);
    else if (t.scopes.some((s) => s.startsWith('invalid.'))) bad.push([t, 'invalid']);
  }
  return bad;
}

const inner = (t) => t.scopes[t.scopes.length - 1];

async function main() {
  await onigLib;
  let nregex = 0;
  for (const [scope, file] of Object.entries(grammarFiles)) {
    const raw = readJSON(file);
    if (raw) nregex += checkGrammar(path.relative(process.cwd(), file), raw);
  }
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scope) => {
      const file = grammarFiles[scope];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  let rules, facts;
  try {
    rules = await registry.loadGrammar('source.jql');
    facts = await registry.loadGrammar('source.jql.facts');
  } catch (e) {
    fail(`vscode-textmate could not load the grammars: ${e.message || e}`);
  }
  if (!rules || !facts) {
    fail('vscode-textmate loaded no grammar');
    console.log(`tokens: 0 files, 0 lines, 0 tokens, ${failures} failures`);
    process.exit(1);
  }

  // ---- the words of src/words.h ----
  const words = fs.readFileSync(wordsFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' '));
  const known = new Set(words.map((w) => w[1]).concat(['key', 'from', 'value']));
  const probes = {
    keyword: (w) => [`${w}`, 1, /^(keyword\.|storage\.type|constant\.language\.)/],
    goal: (w) => [`goal g "t" {\n  ${w}\n}`, 2, /^keyword\.other\.goal\./],
    builtin: (w) => [`let x = ${w}(y)`, 1, /^support\.function\.builtin\./],
    today: (w) => [`let x = ${w}`, 1, /^variable\.language\./],
    status: (w) => [`expect std.rule ${w}`, 1, /^constant\.language\.status\./],
    goal_status: (w) => [`expect goal g ${w}`, 1, /^constant\.language\.status\.goal\./],
  };
  let nwords = 0;
  for (const [kind, w] of words) {
    if (!probes[kind]) { fail(`words: unknown kind ${kind}`); continue; }
    const [text, line, want] = probes[kind](w);
    const t = tokenizeText(rules, text).find((t) => t.line === line && t.text === w);
    if (!t || !want.test(inner(t)))
      fail(`words: ${kind} '${w}' of src/words.h is not highlighted as one (${t ? inner(t) : 'no token of its own'}; want ${want})`);
    // after a '.', a word is part of a path (docs/language.md §2, Identifiers and paths)
    const p = tokenizeText(rules, `require pay.${w} == 1`).find((t) => t.text.startsWith('pay.'));
    if (!p || inner(p) !== 'variable.other.path.jql') fail(`words: 'pay.${w}' is not a path (${p ? `'${p.text}' ${inner(p)}` : 'none'})`);
    nwords++;
  }
  // goal words are names outside a goal's body
  for (const [kind, w] of words.filter((x) => x[0] === 'goal')) {
    const t = tokenizeText(rules, `require ${w} == 1`).find((t) => t.text === w);
    if (!t || inner(t) !== 'variable.other.jql') fail(`words: '${w}' outside a goal is not a name (${t ? inner(t) : 'none'})`);
  }
  // every word the grammar lists as a keyword, built-in or status is one of src/words.h's
  const raw = readJSON(grammarFiles['source.jql']) || { repository: {} };
  const listed = [];
  for (const [k, r] of Object.entries(raw.repository)) {
    const res = [r.match || ''].concat((r.patterns || []).map((p) => p.match || ''));
    if (k.startsWith('kw-') || k === 'builtin')
      for (const re of res) for (const m of re.matchAll(/\(\?:([a-z_|]+)\)/g)) listed.push(...m[1].split('|'));
  }
  for (const w of listed) if (!known.has(w)) fail(`grammar: '${w}' is listed as a word but is none in src/words.h`);
  if (listed.length < words.length) fail(`grammar: lists ${listed.length} words, src/words.h has ${words.length}`);

  // ---- the files ----
  let nlines = 0, ntokens = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const tokens = tokenizeText(file.endsWith('.facts') ? facts : rules, text);
    nlines += text.split('\n').length;
    ntokens += tokens.length;
    for (const [t, why] of badTokens(tokens))
      fail(`${file}:${t.line}:${t.col}: ${why}: ${JSON.stringify(t.text)} (${t.scopes.join(' ')})`);
  }

  // ---- the check can fail ----
  const broken = badTokens(tokenizeText(rules, 'rule r "t" {\n  require a && b\n}'));
  if (!broken.length || broken[0][0].text !== '&&') fail('the check accepts "require a && b", which JQL does not');

  console.log(`tokens: ${files.length} files, ${nlines} lines, ${ntokens} tokens, ${nregex} regular expressions, ${nwords} words; ${failures} failures`);
  process.exit(failures ? 1 : 0);
}
main().catch((e) => { console.log('FAIL ' + (e.stack || e)); process.exit(1); });
