import { QuoteView, scanQuotations, type Quotations } from '../text/quotes.js'
import { SentenceView, splitSentences, type Sentences } from '../text/sentences.js'
import { TokenView } from '../text/token-view.js'
import { joinWrappedLines } from '../text/line-wraps.js'
import { tokenize, type Tokens } from '../text/tokenizer.js'

/**
 * The text layer every extraction stage reads: tokens, sentences and quotations, computed once.
 * Stages read them through the views (`tok`, `sent`, `quote`); the flat arrays behind them
 * (`tokens`, `sentences`, `quotes`) are for src/text's own functions.
 */
export interface Analysis {
  readonly text: string
  readonly tokens: Tokens
  readonly sentences: Sentences
  readonly quotes: Quotations
  /** Lower-case text of each token. */
  readonly lower: string[]
  /** Token accessors: offsets, kinds, gaps, case. */
  readonly tok: TokenView
  /** Sentence accessors: the sentence of a token, a sentence's token range. */
  readonly sent: SentenceView
  /** Quotation accessors: the quotation around a token. */
  readonly quote: QuoteView
}

/** `breaks`: character offsets, ascending, where a sentence must start whatever the punctuation. */
export function analyse(text: string, breaks: readonly number[] = []): Analysis {
  const tokens = tokenize(text)
  joinWrappedLines(tokens)
  const lower = new Array<string>(tokens.count)
  // Lower-casing the text once is cheaper than once per token, when it keeps every offset.
  const lowered = text.toLowerCase()
  if (lowered.length === text.length) for (let i = 0; i < tokens.count; i++) lower[i] = lowered.slice(tokens.starts[i]!, tokens.ends[i]!)
  else for (let i = 0; i < tokens.count; i++) lower[i] = text.slice(tokens.starts[i]!, tokens.ends[i]!).toLowerCase()
  const sentences = splitSentences(tokens, breaks)
  const quotes = scanQuotations(tokens)
  return { text, tokens, sentences, quotes, lower, tok: new TokenView(tokens, lower), sent: new SentenceView(sentences), quote: new QuoteView(quotes) }
}

/** True when token i starts with an upper-case letter. */
export function isCapitalized(a: Analysis, i: number): boolean {
  return a.tok.startsUpper(i)
}
