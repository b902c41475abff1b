import type { Span } from './records.js'

/** A span over `text`; the only way spans are made, so that span.text always matches. */
export function span(text: string, start: number, end: number): Span {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span ${start}..${end} is outside a text of length ${text.length}`)
  }
  return { start, end, text: text.slice(start, end) }
}

const SPACE = /\s/

/** Shrinks [start, end) so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++
  while (end > start && SPACE.test(text[end - 1]!)) end--
  return [start, end]
}

export function trimmedSpan(text: string, start: number, end: number): Span {
  const [s, e] = trimRange(text, start, end)
  return span(text, s, e)
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}
