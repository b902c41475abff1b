import { Gap, TokenKind, type Tokens } from './tokenizer.js'

/**
 * Tokens read by index through names instead of typed arrays: what rule modules outside src/text
 * use, so that the flat layout of Tokens can change without them.
 */
export class TokenView {
  private readonly lowered: string[]

  constructor(readonly tokens: Tokens) {
    this.lowered = new Array<string>(tokens.count)
  }

  get count(): number {
    return this.tokens.count
  }

  get source(): string {
    return this.tokens.text
  }

  start(i: number): number {
    return this.tokens.starts[i]!
  }

  end(i: number): number {
    return this.tokens.ends[i]!
  }

  text(i: number): string {
    return this.tokens.text.slice(this.tokens.starts[i]!, this.tokens.ends[i]!)
  }

  /** Lower case, "ё" kept (lexicons list both spellings where they differ). */
  lower(i: number): string {
    return (this.lowered[i] ??= this.text(i).toLowerCase())
  }

  isWord(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Word
  }

  isQuote(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Quote
  }

  isPunct(i: number, chars?: string): boolean {
    return this.tokens.kinds[i] === TokenKind.Punct && (chars === undefined || chars.includes(this.text(i)))
  }

  /** A word that starts with a capital letter ("Песков", "МИД"). */
  isCapitalized(i: number): boolean {
    if (this.tokens.kinds[i] !== TokenKind.Word) return false
    const c = this.tokens.text[this.tokens.starts[i]!]!
    return c !== c.toLowerCase()
  }

  /** The first token of a line (a line break or the text's start before it). */
  startsLine(i: number): boolean {
    return i === 0 || this.tokens.gaps[i]! >= Gap.Newline
  }

  /** The source text from token `from` to token `to` (exclusive). */
  slice(from: number, to: number): string {
    return to <= from ? '' : this.tokens.text.slice(this.tokens.starts[from]!, this.tokens.ends[to - 1]!)
  }
}
