import type { EventStatus, EventType } from '../core/records.js'
import ru from './ru/events.json' with { type: 'json' }
import uk from './uk/events.json' with { type: 'json' }

// Russian and Ukrainian event words (lexicon/{ru,uk}/events.json), compiled once: phrases indexed
// by their first word, so that a scan asks one Map per token.

/** A phrase (lower-case words) and what it means. */
export interface EventPhrase<T> {
  words: readonly string[]
  value: T
}

export type PhraseIndex<T> = ReadonlyMap<string, readonly EventPhrase<T>[]>

export interface SlavicEventLexicon {
  /** Nouns and verbs that mention an event, by type ("переговоры", "телефонный разговор", "встретился"). */
  triggers: PhraseIndex<EventType>
  /** Words that make a meeting or talks a call ("по телефону"). */
  phoneMarkers: PhraseIndex<true>
  /** Words that say how far along an event is ("состоялась", "відбулася", "отменена"). */
  status: PhraseIndex<EventStatus>
}

interface RawEvents {
  nouns: Partial<Record<EventType, string[]>>
  verbs: Partial<Record<EventType, string[]>>
  phoneMarkers: string[]
  status: Partial<Record<EventStatus, string[]>>
}

function index<T>(entries: [string, T][]): PhraseIndex<T> {
  const out = new Map<string, EventPhrase<T>[]>()
  for (const [phrase, value] of entries) {
    const words = phrase.toLowerCase().split(/\s+/u).filter(Boolean)
    const list = out.get(words[0]!) ?? []
    list.push({ words, value })
    // Longest first: "телефонный разговор" before a one-word entry starting the same way.
    list.sort((x, y) => y.words.length - x.words.length)
    out.set(words[0]!, list)
  }
  return out
}

function byKey<K extends string>(groups: Partial<Record<K, string[]>>): [string, K][] {
  return (Object.entries(groups) as [K, string[]][]).flatMap(([key, phrases]) => phrases.map((p): [string, K] => [p, key]))
}

function compile(raw: RawEvents): SlavicEventLexicon {
  return {
    triggers: index([...byKey(raw.nouns), ...byKey(raw.verbs)]),
    phoneMarkers: index(raw.phoneMarkers.map((p): [string, true] => [p, true])),
    status: index(byKey(raw.status)),
  }
}

const LEXICONS = { ru: compile(ru as RawEvents), uk: compile(uk as RawEvents) }

export function slavicEventLexicon(lang: 'ru' | 'uk'): SlavicEventLexicon {
  return LEXICONS[lang]
}
