// chrono.mjs runs chrono-node over documents and writes its dates as TIMEX3
// expressions, for main.go to score beside dossier's timex stage.
//
//   node chrono.mjs IN.jsonl OUT.jsonl RUNS REPEAT
//
// IN has one {"id","text","published":"YYYY-MM-DD"} per line; the
// publication date, at noon UTC, is chrono's reference date. OUT gets one
// {"id","times":[{start,end,type,value}]} per line, offsets in code points.
// On stdout: {"runs_ms":[…]}, the time chrono.parse took in each run to
// parse every document REPEAT times (reading, converting and writing are
// not timed).
import * as chrono from 'chrono-node';
import fs from 'node:fs';

const [inPath, outPath, runsArg, repeatArg] = process.argv.slice(2);
if (!inPath || !outPath) {
  console.error('usage: node chrono.mjs IN.jsonl OUT.jsonl [RUNS [REPEAT]]');
  process.exit(2);
}
const runs = Math.max(1, parseInt(runsArg || '1', 10));
const repeat = Math.max(1, parseInt(repeatArg || '1', 10));
const docs = fs.readFileSync(inPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
for (const d of docs) {
  const [y, m, day] = d.published.split('-').map(Number);
  d.ref = new Date(Date.UTC(y, m - 1, day, 12, 0, 0));
}

const pad = (n, w) => String(n).padStart(w, '0');

// timex turns one chrono component set into a TIMEX3 type and value at
// the finest granularity chrono is certain of: a time when it knows the
// hour, a day when it knows the day or the weekday, then month, then year.
function timex(c) {
  const y = pad(c.get('year'), 4), mo = pad(c.get('month'), 2), d = pad(c.get('day'), 2);
  if (c.isCertain('hour')) {
    return { type: 'TIME', value: `${y}-${mo}-${d}T${pad(c.get('hour'), 2)}:${pad(c.get('minute') || 0, 2)}` };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: `${y}-${mo}-${d}` };
  if (c.isCertain('month')) return { type: 'DATE', value: `${y}-${mo}` };
  return { type: 'DATE', value: y };
}

// codePoints converts a UTF-16 index of s to a code-point offset.
function codePoints(s, i) {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) k++;
    n++;
  }
  return n;
}

const runsMs = [];
let results = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < repeat; k++) results = docs.map((d) => chrono.parse(d.text, d.ref));
  runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}

const out = docs.map((d, i) => {
  const times = results[i].map((x) => ({
    start: codePoints(d.text, x.index),
    end: codePoints(d.text, x.index + x.text.length),
    ...timex(x.start),
  }));
  return JSON.stringify({ id: d.id, times });
});
fs.writeFileSync(outPath, out.join('\n') + '\n');
console.log(JSON.stringify({ runs_ms: runsMs }));
