import { analyse } from '../analysis.js'
import { stage } from '../pipeline/stage.js'

// "PORT MEREN — …", "WASHINGTON (AP) — …": a wire dateline opening a paragraph is not part of its first sentence.
const DATELINE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}.'’-]*(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*)(?:,? [\p{L}.]+ \d{1,2})?(?: \([^()\n]{1,40}\))?[ \t]*[—–-]+[ \t]*/gu

export interface TextLayerOptions {
  /** Start a sentence after an English wire dateline ("WASHINGTON (AP) — "). Default: true. */
  datelines?: boolean
}

/** Tokens, sentences and quotations (analysis.ts); a sentence always starts after a brief's header and a dateline. */
export function analyseText(options: TextLayerOptions = {}) {
  const datelines = options.datelines ?? true
  return stage('text-layer', ['layout'], ['analysis'], (doc, ctx) => {
    const layout = ctx.get('layout')
    const breaks: number[] = layout?.bodyStart ? [layout.bodyStart] : []
    if (datelines) for (const m of doc.text.matchAll(DATELINE)) breaks.push(m.index + m[0].length)
    ctx.set('analysis', analyse(doc.text, breaks.sort((x, y) => x - y)))
  })
}
