// Numeric command-line flags of the benchmarks, checked with a message that names the flag.

/** An integer ≥ min; "1_000_000" reads as 1000000. */
export function wholeFlag(flag: string, raw: string, min: number): number {
  const n = Number(raw.replace(/_/g, ''))
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} expects an integer ≥ ${min}, got "${raw}"`)
  return n
}

/** A number of seconds > 0. */
export function secondsFlag(flag: string, raw: string): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} expects a number of seconds > 0, got "${raw}"`)
  return n
}
