/** Timing helpers for the benchmarks: per-operation latencies, throughput, p50 and p99. */
export type Row = {
  name: string;
  count: number;
  perSecond: number;
  p50Us: number;
  p99Us: number;
  note?: string;
};

function summarise(name: string, samples: Float64Array, totalNs: number): Row {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) / 1000;
  return {
    name,
    count: samples.length,
    perSecond: samples.length / (totalNs / 1e9),
    p50Us: at(0.5),
    p99Us: at(0.99),
  };
}

export function timeSync<T>(name: string, items: readonly T[], fn: (item: T) => void): Row {
  for (let i = 0; i < Math.min(2000, items.length); i++) fn(items[i] as T);
  const samples = new Float64Array(items.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < items.length; i++) {
    const t = process.hrtime.bigint();
    fn(items[i] as T);
    samples[i] = Number(process.hrtime.bigint() - t);
  }
  return summarise(name, samples, Number(process.hrtime.bigint() - start));
}

/** `warmup`: calls before timing starts (default up to 500); database queries need far fewer. */
export async function timeAsync<T>(
  name: string,
  items: readonly T[],
  fn: (item: T) => Promise<void>,
  warmup = 500,
): Promise<Row> {
  for (let i = 0; i < Math.min(warmup, items.length); i++) await fn(items[i] as T);
  const samples = new Float64Array(items.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < items.length; i++) {
    const t = process.hrtime.bigint();
    await fn(items[i] as T);
    samples[i] = Number(process.hrtime.bigint() - t);
  }
  return summarise(name, samples, Number(process.hrtime.bigint() - start));
}

export function printTable(title: string, rows: Row[]): void {
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`\n${title}`);
  console.log(`| measure | n | per second | p50 µs | p99 µs |`);
  console.log(`| --- | ---: | ---: | ---: | ---: |`);
  for (const r of rows)
    console.log(
      `| ${r.name} | ${fmt(r.count)} | ${fmt(r.perSecond, r.perSecond < 10 ? 1 : 0)} | ${fmt(r.p50Us, 1)} | ${fmt(r.p99Us, 1)} |`,
    );
}

/**
 * A database query timed over up to `max` calls, fewer when it is slow: as many as fit in about
 * `seconds` (at least `min`), so a slow query reports its figures without stretching the run.
 * With few calls the p99 is close to the slowest call.
 */
export async function timeQuery(
  name: string,
  fn: () => Promise<unknown>,
  { max = 200, min = 10, seconds = 8, warmup = 3 } = {},
): Promise<Row> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < warmup; i++) await fn();
  const perCallNs = Number(process.hrtime.bigint() - started) / warmup;
  const calls = Math.max(min, Math.min(max, Math.floor((seconds * 1e9) / perCallNs)));
  const items = Array.from({ length: calls }, (_, i) => i);
  return timeAsync(
    name,
    items,
    async () => {
      await fn();
    },
    0,
  );
}
