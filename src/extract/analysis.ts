import { scanQuotations, type Quotations } from '../text/quotes.js'
import { splitSentences, type Sentences } from '../text/sentences.js'
import { tokenize, type Tokens } from '../text/tokenizer.js'

/** The text layer every extraction stage reads: tokens, sentences and quotations, computed once. */
export interface Analysis {
  readonly text: string
  readonly tokens: Tokens
  readonly sentences: Sentences
  readonly quotes: Quotations
  /** Lower-case text of each token. */
  readonly lower: string[]
}

/** `breaks`: character offsets, ascending, where a sentence must start whatever the punctuation. */
export function analyse(text: string, breaks: readonly number[] = []): Analysis {
  const tokens = tokenize(text)
  const lower = new Array<string>(tokens.count)
  // Lower-casing the text once is cheaper than once per token, when it keeps every offset.
  const lowered = text.toLowerCase()
  if (lowered.length === text.length) for (let i = 0; i < tokens.count; i++) lower[i] = lowered.slice(tokens.starts[i]!, tokens.ends[i]!)
  else for (let i = 0; i < tokens.count; i++) lower[i] = text.slice(tokens.starts[i]!, tokens.ends[i]!).toLowerCase()
  return { text, tokens, sentences: splitSentences(tokens, breaks), quotes: scanQuotations(tokens), lower }
}

/** True when token i starts with an upper-case letter. */
export function isCapitalized(a: Analysis, i: number): boolean {
  const code = a.text.charCodeAt(a.tokens.starts[i]!)
  // ASCII without a string; the rest as Unicode case mapping says.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  const c = String.fromCharCode(code)
  return c !== c.toLowerCase()
}
