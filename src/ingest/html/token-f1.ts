// Token-overlap F1 of an extracted body against the expected one: the words (lower-cased letter
// or digit runs) as multisets. Order-blind, so it measures what was kept and what leaked in.

export interface Overlap {
  precision: number
  recall: number
  f1: number
}

export function tokenF1(extracted: string, expected: string): Overlap {
  const got = counts(extracted)
  const want = counts(expected)
  let common = 0
  let gotTotal = 0
  let wantTotal = 0
  for (const n of got.values()) gotTotal += n
  for (const [token, n] of want) {
    wantTotal += n
    common += Math.min(n, got.get(token) ?? 0)
  }
  const precision = gotTotal === 0 ? 0 : common / gotTotal
  const recall = wantTotal === 0 ? 0 : common / wantTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

function counts(text: string): Map<string, number> {
  const map = new Map<string, number>()
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) map.set(m[0], (map.get(m[0]) ?? 0) + 1)
  return map
}
