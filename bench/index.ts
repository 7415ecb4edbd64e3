/** `npm run bench`: the performance figures recorded in the README (not part of `npm test`). */
import { benchEngine } from './engine.js';
import { printTable } from './measure.js';

const count = Number(process.argv[2] ?? 100_000);
console.log(`Node ${process.version}, ${count.toLocaleString('en')} generated proposals, one core`);
const rows = await benchEngine(count);
printTable('Engine', rows);
const by = (prefix: string) => rows.find((r) => r.name.startsWith(prefix)) as (typeof rows)[number];
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
console.log('\nRatios (throughput):');
console.log(
  `- compiled vs json-rules-engine, all criteria: ${ratio(by('compiled evaluation, all').perSecond, by('json-rules-engine').perSecond)}`,
);
console.log(
  `- hand-written vs compiled, 4 criteria: ${ratio(by('hand-written').perSecond, by('compiled evaluation, 4').perSecond)}`,
);
console.log(
  `- full screening vs json-rules-engine evaluation alone: ${ratio(by('full screening').perSecond, by('json-rules-engine').perSecond)}`,
);
const full = by('full screening');
console.log(
  `\nBudget (issue 2): full screening p99 < 2 ms and ≥ 2,000/s on one core → p99 ${(full.p99Us / 1000).toFixed(3)} ms, ${Math.round(full.perSecond).toLocaleString('en')}/s: ${full.p99Us < 2000 && full.perSecond >= 2000 ? 'met' : 'NOT met'}`,
);
