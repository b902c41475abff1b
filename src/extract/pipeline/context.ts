import type { Diagnostic, Entity, Event, Severity, SourceCitation, Span, Statement } from '../../core/records.js'
import { span as spanOf } from '../../core/span.js'
import { type EnglishBundle, type LanguageBundle, type SlavicBundle, bundleOf } from '../../lexicon/bundle.js'
import type { NameLexicon } from '../../lexicon/names.js'
import type { OutletRegistry } from '../../lexicon/outlet-registry.js'
import type { SupportedLanguage } from '../../text/language.js'
import type { Analysis } from '../analysis.js'
import type { Attribution } from '../attribution.js'
import type { BriefLayout } from '../brief.js'
import type { NameFindings } from '../entities.js'
import type { SlavicAttribution } from '../slavic/attribution.js'
import type { Dateline } from '../slavic/dateline.js'
import type { ResolvedSpeaker } from '../speakers.js'

// What stages share while one document is extracted: the document being built (DocumentDraft),
// the statements under construction (DraftStatement, one record each), and the context: options,
// the text layer, intermediate findings in named slots, and the diagnostics channel.

/** The document as the stages build it; `finish` turns it into the Document record. */
export interface DocumentDraft {
  id: string
  text: string
  lang: SupportedLanguage
  date?: string
  sources: SourceCitation[]
  /** By id, so that an entity named by several stages is merged, not repeated. */
  entities: Map<string, Entity>
  statements: Statement[]
  events: Event[]
  diagnostics: Diagnostic[]
}

/** A statement under construction: an attribution with its speaker, then how it reached us. */
export interface DraftStatement {
  attribution: Attribution
  speaker: ResolvedSpeaker
  /** Outlet ids the statement's own sentence names as its channel (provenance stage). */
  via: string[]
  /** The form it took ("interview", "Telegram"), when the text says. */
  medium?: string
}

/** Intermediate findings, each filled by one stage and read by later ones. */
export interface Slots {
  /** The brief's header, Source: line and Quote: blocks; null for plain text. */
  layout: BriefLayout | null
  /** Tokens, sentences and quotations, read through their views. */
  analysis: Analysis
  /** The language's name lexicon with the registry's outlets. */
  nameLexicon: NameLexicon
  /** Name mentions and their in-document clusters. */
  names: NameFindings
  /** Entity id of each name cluster, in cluster order. */
  clusterIds: string[]
  /** Attributions found: cue, source and content. */
  attributions: Attribution[]
  /** The attributions with their speakers, becoming statements. */
  drafts: DraftStatement[]
  /** Outlet ids every statement came through: the Source: line's and a forwarding chain's. */
  channels: string[]
  /** A Russian or Ukrainian wire dateline ("МОСКВА, 16 мая. /ТАСС/."), if the text opens with one. */
  dateline: Dateline | undefined
  /** Russian and Ukrainian attributions: cue, source and content. */
  slavicAttributions: SlavicAttribution[]
}
export type SlotName = keyof Slots

export interface ContextOptions {
  /** The outlets to recognise. */
  outlets: OutletRegistry
  /** A Telegram post's forwarding chain (outer first). */
  forwardedFrom: readonly string[]
  /** The day the text was received (YYYY-MM-DD), for a wire dateline that states no year. */
  received?: string
}

export class ExtractContext {
  private readonly slots: Partial<Slots> = {}
  constructor(
    readonly doc: DocumentDraft,
    readonly options: ContextOptions,
    /** The language data the stages read (lexicon/<lang>/): the document's, or English's for a brief's English frame. */
    readonly bundle: LanguageBundle = bundleOf(doc.lang),
  ) {}

  /** The bundle of an English stage: a stage list that runs it over another language is a bug. */
  get english(): EnglishBundle {
    if (this.bundle.lang !== 'en') throw new Error(`extract: an English stage over a ${this.bundle.lang} document`)
    return this.bundle
  }

  /** The bundle of a Russian and Ukrainian stage. */
  get slavic(): SlavicBundle {
    if (this.bundle.lang === 'en') throw new Error('extract: a Russian and Ukrainian stage over an English document')
    return this.bundle
  }

  get text(): string {
    return this.doc.text
  }

  get lang(): SupportedLanguage {
    return this.doc.lang
  }

  /** A slot's value; a stage reading a slot no stage filled is a bug in the stage list (pipeline() checks it). */
  get<K extends SlotName>(slot: K): Slots[K] {
    if (!(slot in this.slots)) throw new Error(`extract: "${slot}" read before any stage provided it`)
    return this.slots[slot] as Slots[K]
  }

  set<K extends SlotName>(slot: K, value: Slots[K]): void {
    this.slots[slot] = value
  }

  /** The text layer: shorthand for get('analysis'). */
  get a(): Analysis {
    return this.get('analysis')
  }

  /**
   * Reports a problem in the content: a Diagnostic with a stable rule id and the characters it
   * concerns (a Span, or a [start, end) character range into the text).
   */
  message(rule: string, place: Span | readonly [number, number] | null, reason: string, severity: Severity = 'info'): void {
    const at = place === null ? undefined : 'text' in place ? place : spanOf(this.doc.text, place[0], place[1])
    this.doc.diagnostics.push({ rule, severity, message: reason, ...(at ? { span: at } : {}) })
  }
}

/** Adds an entity, or merges its aliases, roles, mentions and labels into the one with its id. */
export function mergeEntity(entities: Map<string, Entity>, e: Entity): void {
  const existing = entities.get(e.id)
  if (!existing) {
    entities.set(e.id, e)
    return
  }
  existing.aliases = [...new Set([...existing.aliases, ...e.aliases])]
  if (e.roles.length > 0) existing.roles = [...new Set([...existing.roles, ...e.roles])]
  // The same words read by two stages (a name and a Source: line's outlet) are one mention.
  for (const m of e.mentions) if (!existing.mentions.some((x) => x.start === m.start && x.end === m.end)) existing.mentions.push(m)
  if (e.kind && !existing.kind) existing.kind = e.kind
  if (e.labels) existing.labels = [...new Set([...(existing.labels ?? []), ...e.labels])]
  if (e.translation && !existing.translation) existing.translation = e.translation
}
