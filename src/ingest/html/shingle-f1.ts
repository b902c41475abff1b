// The article-extraction benchmarks' metric (Scrapinghub's article-extraction-benchmark, after
// Moz's Dragnet comparison): a page's text as word 4-grams ("shingles", counted as a multiset),
// true and false positives and false negatives of the extracted shingles against the expected
// ones, normalised per page so that a long page weighs no more than a short one; precision and
// recall are the means over pages, F1 is made of those means. readability.js scores 0.947 on it.

export interface ShingleCounts {
  tp: number
  fp: number
  fn: number
}

export interface ShingleScores {
  precision: number
  recall: number
  f1: number
}

/** Words as the benchmark reads them (Python's \w): runs of letters, digits and underscores, case kept. */
const WORD = /[\p{L}\p{N}_]+/gu
const SHINGLE_WORDS = 4

/** One page: the shares (summing to 1) of matched, extra and missing shingles. */
export function shingleCounts(expected: string, extracted: string): ShingleCounts {
  const want = shingles(expected)
  const got = shingles(extracted)
  let [tp, fp, fn] = [0, 0, 0]
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0))
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn }
}

/** Over pages: precision and recall averaged over the pages where each is defined. */
export function shingleScores(pages: readonly ShingleCounts[]): ShingleScores {
  const precisions = pages.filter((c) => c.tp + c.fp > 0).map((c) => score(c.tp, c.fp, c.fn))
  const recalls = pages.filter((c) => c.tp + c.fn > 0).map((c) => score(c.tp, c.fn, c.fp))
  const precision = mean(precisions)
  const recall = mean(recalls)
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 }
}

/** tp / (tp + wrong), with the benchmark's conventions for empty pages. */
function score(tp: number, wrong: number, other: number): number {
  if (wrong === 0 && other === 0) return 1
  if (tp === 0 && wrong === 0) return 0
  return tp / (tp + wrong)
}

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? []
  const out = new Map<string, number>()
  // Fewer words than a shingle: the words themselves are the one shingle.
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1)
  for (let i = 0; i < count && words.length > 0; i++) {
    const key = words.slice(i, i + SHINGLE_WORDS).join(' ')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length
}
