// Peak memory: the process's maximum resident set (from the kernel, monotone over the run) and
// the largest V8 heap-used figure seen by a sampler.
import { getHeapStatistics } from 'node:v8'

/** The process's peak resident set size so far, in bytes (resourceUsage().maxRSS is in KB). */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024
}

/** Runs a full garbage collection when node was started with --expose-gc; says whether it did. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc
  if (typeof gc !== 'function') return false
  gc()
  return true
}

/** Tracks the largest V8 heap-used figure; `sample()` costs well under a microsecond. */
export class HeapPeak {
  peak = 0

  sample(): void {
    const used = getHeapStatistics().used_heap_size
    if (used > this.peak) this.peak = used
  }
}
