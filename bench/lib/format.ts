// Number formatting and a plain-text table for the human report.

/** 1234567 → "1,234,567"; keeps `digits` decimals. */
export function num(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** Rounds to `digits` decimals, for the JSON reports: 0.98351 → 0.984 with 3. */
export function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** Bytes → megabytes (10^6), rounded to `digits`. */
export function mb(bytes: number, digits = 1): number {
  return round(bytes / 1e6, digits)
}

/** Rounds to `digits` significant digits: 0.0012345 → 0.00123, 181234 → 181000. */
export function significant(n: number, digits = 3): number {
  if (n === 0 || !Number.isFinite(n)) return n
  return Number(n.toPrecision(digits))
}

/** A ratio as "123×", "4.5×" or "0.0012×" (no decimals from 10 up; two significant digits below). */
export function times(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a'
  if (ratio >= 10) return `${num(ratio)}×`
  return `${significant(ratio, 2)}×`
}

/** Left-aligns the first column and right-aligns the others. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)))
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
