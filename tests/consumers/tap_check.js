// node tap_check.js REPORT.tap REPORT.jsonl
// Reads a TAP report with tap-parser in strict mode (node-tap's parser, which implements
// TAP version 14) and checks it says what the JSON Lines report of the same run says:
// no parse error, the plan equal to the tests, one test per employer and rule with its
// status (ok, not ok, # SKIP), its description and skip reason, and its YAML block
// (status, reason, missing, employer, file, line) read back exactly.
'use strict';
const fs = require('fs');
const assert = require('assert');
const { Parser } = require('tap-parser');
const { readJsonl, rows, diagText, termEscape } = require('./expect.js');

const [tapPath, jsonlPath] = process.argv.slice(2);
const report = readJsonl(jsonlPath);
const asserts = [];
let version = null;
const p = new Parser({ strict: true }, (res) => check(res));
p.on('version', (v) => { version = v; });
p.on('assert', (a) => asserts.push(a));
p.on('extra', (x) => { throw new Error(`not TAP: ${JSON.stringify(x)}`); });
p.end(fs.readFileSync(tapPath, 'utf8'));

function expectedTests() {
  const want = rows(report).map((r) => {
    const skip = r.status === 'untested' || r.status === 'not_applicable';
    return {
      ok: r.status !== 'fail' && r.status !== 'error',
      name: `${termEscape(r.e.employer)}: ${r.std}.${r.rule}`,
      skip: skip ? `${r.status}: ${termEscape(r.reason)}` : false,
      diag: r.status === 'pass' ? null : {
        status: r.status, reason: r.reason, missing: r.missing, employer: r.e.employer,
        file: r.e.file, line: r.e.line, level: r.info.level,
        ...(r.status === 'fail' && r.info.advice ? { advice: r.info.advice } : {}),
        ...(r.status === 'fail' && r.info.cite ? { cite: r.info.cite } : {}),
      },
    };
  });
  for (const d of report.tail.diagnostics.filter((x) => x.severity === 'error'))
    want.push({ ok: false, name: d.file || 'facts', skip: false,
                diag: { status: 'error', reason: diagText(d) } });
  return want;
}

function check(res) {
  assert.strictEqual(version, 14, 'TAP version 14');
  const errors = res.failures.filter((f) => f.tapError);
  assert.deepStrictEqual(errors, [], 'parse errors');
  const want = expectedTests();
  assert.strictEqual(asserts.length, want.length, 'the number of tests');
  assert.strictEqual(res.plan.start, 1, 'plan start');
  assert.strictEqual(res.plan.end, want.length, 'the plan counts every test');
  asserts.forEach((a, i) => {
    const w = want[i];
    const got = { ok: a.ok, name: a.name, skip: a.skip, diag: a.diag };
    assert.deepStrictEqual(got, w, `test ${i + 1}`);
  });
  const fails = want.filter((w) => !w.ok).length;
  assert.strictEqual(res.fail, fails, 'failing tests');
  assert.strictEqual(res.skip, want.filter((w) => w.skip).length, 'skipped tests');
  console.log(`tap-parser: ${tapPath}: ${asserts.length} tests, ${fails} not ok, ` +
              `${res.skip} skipped, as the JSON Lines report says`);
}
