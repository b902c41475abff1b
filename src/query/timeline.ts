// Timelines: the statements of a subject (see ./subject.ts) or a topic in date order, oldest first,
// undated last. The CLI's `timeline` and the API's GET /timeline are shells over these.

import type { SearchHit, SearchQuery, Store } from '../store/store.js'
import { type EntityNames, type EntityRef, type EventRef, type Subject, eventRef, refOf } from './subject.js'

/** A subject's statements as a search: by event id, by speaker, about, or by outlet; always by id, since a name can be shared. */
export function timelineFilter(subject: Exclude<Subject, { reading: 'none' }>): SearchQuery {
  if (subject.reading === 'event') return { event: subject.event.event.id }
  const id = subject.entity.entity.id
  return subject.reading === 'about' ? { about: id } : subject.reading === 'outlet' ? { outlet: id } : { speaker: id }
}

export interface TimelineWindow {
  /** Inclusive date bounds, YYYY-MM-DD. */
  from?: string
  to?: string
  limit: number
  offset?: number
}

/** The statements matching `filter` (a subject's, or words: { text }), oldest first, within the window. */
export function timelineHits(store: Store, filter: SearchQuery, window: TimelineWindow): Promise<SearchHit[]> {
  return store.search({
    ...filter,
    ...(window.from !== undefined ? { from: window.from } : {}),
    ...(window.to !== undefined ? { to: window.to } : {}),
    order: 'date',
    limit: window.limit,
    ...(window.offset ? { offset: window.offset } : {}),
  })
}

/** The subject as outputs name it: an entity reference, or the event with its place by name. */
export async function subjectRef(subject: Exclude<Subject, { reading: 'none' }>, names: EntityNames): Promise<EntityRef | EventRef> {
  return subject.reading === 'event' ? eventRef(subject.event.event, names) : refOf(subject.entity.entity)
}
