import { isIsoDate } from '../core/iso-date.js'
import { documentId } from '../core/ids.js'
import type { Document } from '../core/records.js'
import { span, trimRange } from '../core/span.js'
import { bundleOf } from '../lexicon/bundle.js'
import { type OutletRegistry, shippedOutletRegistry } from '../lexicon/outlet-registry.js'
import { SUPPORTED_LANGUAGES, identifyLanguage, isSupportedLanguage } from '../text/language.js'
import { readBriefLayout } from './brief.js'
import { englishPipeline, slavicPipeline } from './pipeline.js'
import { type DocumentDraft, ExtractContext } from './pipeline/context.js'
import { runPipeline } from './pipeline/stage.js'

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD): the reference for relative dates. A brief's header wins over nothing, not over this. */
  date?: string
  /**
   * ISO 639-1 language of the text. Default: identified from the text (text/language.ts). A
   * language Wirewatch has no rules for (any but en, ru, uk) gets a diagnostic and nothing else.
   */
  lang?: string
  /** The language the input declares (an HTML lang attribute, a feed's): used only when the text itself does not tell. */
  declaredLang?: string
  /** The outlets to recognise (loadOutletRegistry(path) for a user file). Default: the shipped registry. */
  outlets?: OutletRegistry
  /** A Telegram post's forwarding chain (names, outer first): outlets every statement came through. */
  forwardedFrom?: readonly string[]
  /**
   * The day the text was received (YYYY-MM-DD: ingested, fetched). Used only for a Russian or
   * Ukrainian wire dateline that states no year ("МОСКВА, 16 мая.") in a document with no date: it
   * is read as the latest such day not after this one, with a `dateline-year-assumed` diagnostic.
   */
  received?: string
}


/**
 * Extracts attributed statements, speakers, entities and cited sources from a news text or brief.
 * Pure: no I/O, deterministic; every span points into `text`. The work is done by the stages
 * listed in pipeline.ts.
 */
export function extract(text: string, options: ExtractOptions = {}): Document {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string')
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new RangeError(`extract: date must be YYYY-MM-DD (or an ISO date-time), got "${options.date}"`)
  }
  const registry = options.outlets ?? shippedOutletRegistry
  if (!(registry.byName instanceof Map)) throw new TypeError('extract: outlets must be an outlet registry (see loadOutletRegistry)')
  if (options.received !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.received)) {
    throw new RangeError(`extract: received must be YYYY-MM-DD, got "${options.received}"`)
  }
  if (options.forwardedFrom !== undefined && (!Array.isArray(options.forwardedFrom) || options.forwardedFrom.some((x) => typeof x !== 'string'))) {
    throw new TypeError('extract: forwardedFrom must be an array of outlet names')
  }
  const lang = options.lang ?? languageOf(text, options.declaredLang)
  if (!isSupportedLanguage(lang)) return unsupportedLanguage(text, lang)
  const doc: DocumentDraft = {
    id: documentId(text),
    text,
    lang,
    ...(options.date ? { date: options.date } : {}),
    sources: [],
    entities: new Map(),
    statements: [],
    events: [],
    diagnostics: [],
  }
  // A brief's frame is English whatever the language of the quotes it carries.
  const slavic = (lang === 'ru' || lang === 'uk') && readBriefLayout(text) === null
  const ctx = new ExtractContext(doc, { outlets: registry, forwardedFrom: options.forwardedFrom ?? [], ...(options.received ? { received: options.received } : {}) }, bundleOf(slavic ? lang : 'en'))
  runPipeline(slavic ? slavicPipeline : englishPipeline, doc, ctx)
  return {
    id: doc.id,
    ...(doc.date ? { date: doc.date } : {}),
    lang,
    text,
    sources: doc.sources,
    entities: [...doc.entities.values()],
    statements: doc.statements,
    events: doc.events,
    diagnostics: doc.diagnostics,
  }
}

/** The text's language, or the declared one when the text does not tell (no letters, or too few). */
function languageOf(text: string, declared: string | undefined): string {
  const found = identifyLanguage(text).lang
  return found === 'und' && declared ? declared : found
}

/** A text in a language without rules: its id, its text and one diagnostic; no English rule runs over it. */
function unsupportedLanguage(text: string, lang: string): Document {
  const [start, end] = trimRange(text, 0, text.length)
  return {
    id: documentId(text),
    lang,
    text,
    sources: [],
    entities: [],
    statements: [],
    events: [],
    diagnostics: [
      {
        rule: 'language-unsupported',
        severity: 'warning',
        message: `The text is ${lang === 'und' ? 'in no language that could be told' : `in "${lang}"`}: Wirewatch has rules for ${SUPPORTED_LANGUAGES.join(', ')} only, so nothing was extracted.`,
        span: span(text, start, end),
      },
    ],
  }
}
