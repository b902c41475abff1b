import { Gap, TokenKind, type Tokens, tokenAt } from './tokenizer.js'

/**
 * Tokens read by index through names instead of typed arrays: what rule modules outside src/text
 * use, so that the flat layout of Tokens can change without them.
 */
export class TokenView {
  private readonly lowered: string[]

  /** `lowered`: the tokens' lower-case text when the caller already has it (analysis.ts does). */
  constructor(
    readonly tokens: Tokens,
    lowered?: string[],
  ) {
    this.lowered = lowered ?? new Array<string>(tokens.count)
  }

  get count(): number {
    return this.tokens.count
  }

  get source(): string {
    return this.tokens.text
  }

  /** The first token that ends after character `offset` (the token holding it, or the next one). */
  at(offset: number): number {
    return tokenAt(this.tokens, offset)
  }

  /** Offset of token i's first character. */
  start(i: number): number {
    return this.tokens.starts[i]!
  }

  /** Offset just after token i's last character. */
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

  kind(i: number): TokenKind {
    return this.tokens.kinds[i] as TokenKind
  }

  /** What separates token i from the one before it. */
  gap(i: number): Gap {
    return this.tokens.gaps[i] as Gap
  }

  isWord(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Word
  }

  isNumber(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Number
  }

  isQuote(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Quote
  }

  isPunct(i: number, chars?: string): boolean {
    return this.tokens.kinds[i] === TokenKind.Punct && (chars === undefined || chars.includes(this.text(i)))
  }

  /** A word that starts with a capital letter ("Песков", "МИД"). */
  isCapitalized(i: number): boolean {
    return this.tokens.kinds[i] === TokenKind.Word && this.startsUpper(i)
  }

  /** Token i, of any kind, starts with an upper-case letter. */
  startsUpper(i: number): boolean {
    const code = this.tokens.text.charCodeAt(this.tokens.starts[i]!)
    // ASCII without a string; the rest as Unicode case mapping says.
    if (code < 0x80) return code >= 0x41 && code <= 0x5a
    const c = String.fromCharCode(code)
    return c !== c.toLowerCase()
  }

  /** Token i follows the one before it with nothing between ("U.S" + "."). */
  isAttached(i: number): boolean {
    return this.tokens.gaps[i] === Gap.None
  }

  /** The first token of a line (a line break or the text's start before it). */
  startsLine(i: number): boolean {
    return i === 0 || this.tokens.gaps[i]! >= Gap.Newline
  }

  /** The first token of a paragraph (a blank line or the text's start before it). */
  startsParagraph(i: number): boolean {
    return i === 0 || this.tokens.gaps[i]! >= Gap.Paragraph
  }

  /** The source text from token `from` to token `to` (exclusive). */
  slice(from: number, to: number): string {
    return to <= from ? '' : this.tokens.text.slice(this.tokens.starts[from]!, this.tokens.ends[to - 1]!)
  }

  /** Character range [start, end) of tokens `from` to `to` (exclusive); empty at `from`'s start when to <= from. */
  charRange(from: number, to: number): [number, number] {
    const s = this.tokens.starts[from]!
    return to <= from ? [s, s] : [s, this.tokens.ends[to - 1]!]
  }
}
