import { Gap, type Tokens } from './tokenizer.js'

// Plain text wrapped at a fixed width (e-mail, wire copy, a .txt saved from a terminal) breaks its
// lines inside sentences and quotations. Where a text is wrapped that way, a line break after a
// full-width line is a space: sentences and quotations run on across it. A short line (a
// headline, a dateline, a paragraph's last line) still ends where it ends, a blank line is always
// a paragraph break, and an indented line (code, a list) keeps its break. In a text too short to
// tell its width, a break is a space when the sentence plainly goes on: a long line, no final
// punctuation, and a lower-case word after it.

/** Lines of a wrapped text fill most of its width: at least this share of the typical line. */
const FULL_LINE = 0.7
/** A text is wrapped when this share of its broken lines are full and there are at least MIN_LINES. */
const WRAPPED_SHARE = 0.6
const MIN_LINES = 3
/** The widths text is wrapped at: narrower is a list or verse, wider is a paragraph a line. */
const MIN_WIDTH = 40
const MAX_WIDTH = 120

/** Turns the line breaks of a hard-wrapped text into spaces, in place; other texts are left as they are. */
export function joinWrappedLines(t: Tokens): void {
  // Lengths of the lines a single line break ends (a paragraph's last line is followed by a blank line).
  const broken: { length: number; next: number }[] = []
  let lineStart = 0
  for (let i = 1; i <= t.count; i++) {
    if (i < t.count && t.gaps[i]! < Gap.Newline) continue
    if (i < t.count && t.gaps[i] === Gap.Newline) broken.push({ length: t.ends[i - 1]! - t.starts[lineStart]!, next: i })
    lineStart = i
  }
  if (broken.length === 0) return
  const gaps = t.gaps as Uint8Array
  // A loop, not Math.max(...): a 50 MB text has more lines than a call takes arguments.
  let width = 0
  for (const line of broken) width = Math.max(width, line.length)
  const full = broken.filter((l) => l.length >= FULL_LINE * width)
  if (broken.length >= MIN_LINES && width >= MIN_WIDTH && width <= MAX_WIDTH && full.length >= WRAPPED_SHARE * broken.length) {
    for (const line of full) if (!indented(t, line.next)) gaps[line.next] = Gap.Space
    return
  }
  for (const line of broken) if (line.length >= MIN_WIDTH && !indented(t, line.next) && continues(t, line.next)) gaps[line.next] = Gap.Space
}

/** The line that starts at token i is indented: code, a list or a quoted block keeps its lines, as wrapped prose does not. */
function indented(t: Tokens, i: number): boolean {
  const c = t.text[t.starts[i]! - 1]
  return c === ' ' || c === '\t'
}

/** The sentence goes on past the break before token i: no final mark before it, a lower-case word after it. */
function continues(t: Tokens, i: number): boolean {
  const last = t.text.slice(t.starts[i - 1]!, t.ends[i - 1]!)
  if (/[.!?…:;]$/u.test(last)) return false
  const first = t.text[t.starts[i]!]!
  return first !== first.toUpperCase() && first === first.toLowerCase() && /\p{L}/u.test(first)
}
