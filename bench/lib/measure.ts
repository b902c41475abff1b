// The timing loop: one warm-up pass over the documents, then whole passes until at least
// `minSeconds` of measured time have run. One core, no workers: throughput is per core.
import type { CorpusDoc } from './corpus.js'
import { collectGarbage, HeapPeak, maxRssBytes } from './memory.js'

export interface Measurement {
  docs: number
  /** UTF-8 bytes of one pass's input. */
  bytes: number
  passes: number
  seconds: number
  docsPerSecond: number
  /** Throughput in MB (10^6 bytes) of UTF-8 input per second. */
  mbPerSecond: number
  /** Largest V8 heap used while the stage ran (warm-up included), in bytes. */
  peakHeapBytes: number
  /** The process's peak RSS when the stage ended (cumulative over the run), in bytes. */
  maxRssBytes: number
  /** What the stage produced in one pass (tokens, statements, quotations): proof of work. */
  output: number
}

/** Runs `work` over every document; `work` returns a count that the loop keeps (so it is not optimised away). */
export function measure(docs: readonly CorpusDoc[], minSeconds: number, work: (text: string) => number): Measurement {
  const bytes = docs.reduce((sum, d) => sum + d.bytes, 0)
  const heap = new HeapPeak()
  const pass = (): number => {
    let out = 0
    for (const d of docs) {
      out += work(d.text)
      heap.sample()
    }
    return out
  }

  collectGarbage()
  heap.sample()
  const output = pass() // warm-up, also the reference output
  let passes = 0
  let elapsedMs = 0
  const start = performance.now()
  do {
    const out = pass()
    if (out !== output) throw new Error(`non-deterministic stage: pass produced ${out}, warm-up ${output}`)
    passes++
    elapsedMs = performance.now() - start
  } while (elapsedMs < minSeconds * 1000)

  const seconds = elapsedMs / 1000
  return {
    docs: docs.length,
    bytes,
    passes,
    seconds,
    docsPerSecond: (docs.length * passes) / seconds,
    mbPerSecond: (bytes * passes) / 1e6 / seconds,
    peakHeapBytes: heap.peak,
    maxRssBytes: maxRssBytes(),
    output,
  }
}
