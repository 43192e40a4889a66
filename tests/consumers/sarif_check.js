// node sarif_check.js SCHEMA REPORT.sarif [REPORT.jsonl]
// Validates a SARIF report against the SARIF 2.1.0 JSON schema with Ajv (draft-04, the
// schema's draft, and ajv-formats for its uri, uri-reference and date-time formats),
// then, given the JSON Lines report of the same run, checks it says the same: a
// descriptor per rule (and "facts"), a result per rule that failed (error), is untested
// (warning) or in error (error) at the employer's line, an error per fact error of an
// employer whose facts did not load, and the problems outside every employer as the
// invocation's notifications. Exit status 1 when invalid or different.
'use strict';
const fs = require('fs');
const assert = require('assert');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const [schemaPath, sarifPath, jsonlPath] = process.argv.slice(2);
// unicodeRegExp off: the schema's pattern for a language tag ("...]?$") is not a valid
// regular expression with the u flag, which Ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
const log = JSON.parse(fs.readFileSync(sarifPath, 'utf8'));
if (!validate(log)) {
  console.log(`${sarifPath}: not valid SARIF 2.1.0:`);
  for (const e of validate.errors) console.log(`  ${e.instancePath} ${e.message}`);
  process.exit(1);
}
if (jsonlPath) compare(require('./expect.js'));
console.log(`ajv: ${sarifPath}: valid SARIF 2.1.0` +
            (jsonlPath ? ', as the JSON Lines report says' : ''));

function expectedResults(report, rows) {
  const want = [];
  let last = null;
  for (const r of rows(report)) {
    if (r.e.standards.length === 0) { // the facts did not load: each error at its place
      if (r.e === last) continue;
      last = r.e;
      for (const d of r.e.diagnostics.filter((x) => x.severity === 'error'))
        want.push({ ruleId: 'facts', level: 'error', message: d.message, employer: r.e.employer,
                    status: 'error', missing: [], uri: d.file, line: d.line, column: d.column });
      continue;
    }
    if (r.status === 'pass' || r.status === 'not_applicable') continue;
    want.push({ ruleId: `${r.std}.${r.rule}`, level: r.status === 'untested' ? 'warning' : 'error',
                message: r.reason || r.status, employer: r.e.employer, status: r.status,
                missing: r.missing, uri: r.e.file, line: r.e.line, column: undefined });
  }
  return want;
}

function compare({ readJsonl, rows }) {
  const report = readJsonl(jsonlPath);
  assert.strictEqual(log.runs.length, 1, 'one run');
  const run = log.runs[0];
  assert.strictEqual(run.tool.driver.name, 'jqlc');
  assert.strictEqual(run.tool.driver.version, report.head.jqlc);
  const ids = run.tool.driver.rules.map((d) => d.id);
  assert.deepStrictEqual(ids, [...report.head.rules.map((r) => r.id), 'facts'], 'descriptors');
  report.head.rules.forEach((r, i) => {
    const d = run.tool.driver.rules[i];
    assert.strictEqual(d.shortDescription.text, r.title || r.id, `${r.id}: title`);
    assert.strictEqual(d.help ? d.help.text : '', r.advice, `${r.id}: advice`);
    assert.strictEqual(d.properties.cite, r.cite, `${r.id}: cite`);
  });
  const got = run.results.map((x) => {
    assert.strictEqual(ids[x.ruleIndex], x.ruleId, 'ruleIndex names ruleId');
    const loc = x.locations[0];
    const region = loc.physicalLocation.region;
    return { ruleId: x.ruleId, level: x.level, message: x.message.text,
             employer: loc.logicalLocations[0].name, status: x.properties.status,
             missing: x.properties.missing,
             uri: decodeURIComponent(loc.physicalLocation.artifactLocation.uri),
             line: region.startLine, column: region.startColumn };
  });
  assert.deepStrictEqual(got, expectedResults(report, rows), 'results');
  const notes = (run.invocations[0].toolExecutionNotifications || [])
    .map((n) => [n.level, n.message.text]);
  assert.deepStrictEqual(notes, report.tail.diagnostics.map((d) => [d.severity, d.message]),
                         'notifications');
  const errors = report.tail.summary.employers.error + report.tail.summary.rules.error +
    report.tail.diagnostics.filter((d) => d.severity === 'error').length;
  assert.strictEqual(run.invocations[0].executionSuccessful, errors === 0, 'executionSuccessful');
}
