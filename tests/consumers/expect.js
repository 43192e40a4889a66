// What a report must hold, from the JSON Lines report of the same run (docs/cli.md,
// Report formats): every employer and rule with its status, reason and missing facts,
// an employer whose facts did not load as one error per rule, and the problems outside
// every employer. Shared by the TAP and SARIF checks.
'use strict';
const fs = require('fs');

function readJsonl(path) {
  const lines = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  return {
    head: JSON.parse(lines[0]),
    employers: lines.slice(1, -1).map((l) => JSON.parse(l)),
    tail: JSON.parse(lines[lines.length - 1]),
  };
}

function diagText(d) {
  if (d.line) return `${d.file}:${d.line}:${d.column}: ${d.message}`;
  return d.file && !d.message.includes(d.file) ? `${d.file}: ${d.message}` : d.message;
}

// One row per employer and rule, in report order.
function rows(report) {
  const out = [];
  for (const e of report.employers) {
    if (e.standards.length === 0 && e.status === 'error') {
      const first = e.diagnostics.find((d) => d.severity === 'error');
      const reason = first ? diagText(first) : "the employer's facts did not load";
      for (const r of report.head.rules) {
        const [std, ...rest] = r.id.split('.');
        out.push({ e, std, rule: rest.join('.'), status: 'error', reason, missing: [], info: r });
      }
      continue;
    }
    for (const s of e.standards) {
      for (const r of s.rules) {
        const info = report.head.rules.find((x) => x.id === `${s.id}.${r.id}`);
        out.push({ e, std: s.id, rule: r.id, status: r.status, reason: r.reason || '',
                   missing: r.missing || [], info });
      }
    }
  }
  return out;
}

// The text report's escaping (docs/cli.md, Security): C0 but tab (and newline when
// `lines`), DEL, C1 and the bidirectional overrides and isolates as <U+XXXX>.
function termEscape(s, lines) {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const unsafe = (cp < 0x20 && cp !== 9 && !(lines && cp === 10)) ||
      (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
      (cp >= 0x2066 && cp <= 0x2069);
    out += unsafe ? `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>` : ch;
  }
  return out;
}

module.exports = { readJsonl, rows, diagText, termEscape };
