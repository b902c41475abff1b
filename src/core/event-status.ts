import type { EventStatus } from './records.js'

// How reports of one event combine, wherever events are merged: in the store, and in ingestion's
// memory of the events a run has seen. Pure rules, no I/O.

/** Statuses that say the event happened, so the date told with them is the event's date. */
export const HAPPENED: ReadonlySet<EventStatus> = new Set(['began', 'held', 'ended'])

/** How far along an event is; "unknown" and "cancelled" sit outside the order. */
const STAGE: Record<EventStatus, number> = { unknown: 0, cancelled: 0, proposed: 1, planned: 2, began: 3, held: 4, ended: 5 }

/** A report from a document of `day` is the latest news of an event last reported on `lastSeen` (an undated one never is). */
export function isLatestNews(day: string | null, lastSeen: string | null): boolean {
  return day !== null && (lastSeen === null || day >= lastSeen)
}

/**
 * An event's status and date once a further report tells `told`. The furthest stage any report
 * told wins (reports of talks that ended still say "the talks planned for Friday"); a
 * cancellation only when it is the latest news. A date told with a status that says the event
 * happened replaces an earlier one when it is the latest news, or when it dates a further stage
 * than the event had reached (talks that began on the 13th and ended on the 19th are dated the
 * 19th, whichever report came first): the date goes with the status, so that the next report of
 * the same stage is compared with that stage's date. Otherwise the first date stays.
 */
export function mergeEventReport(
  had: { status: EventStatus; date?: string | undefined },
  told: { status: EventStatus; date?: string | undefined },
  toldIsLatest: boolean,
): { status: EventStatus; date?: string } {
  const status =
    told.status === 'cancelled' ? (toldIsLatest ? told.status : had.status) : STAGE[told.status] > STAGE[had.status] ? told.status : had.status
  const further = STAGE[told.status] > STAGE[had.status]
  const date = told.date && (had.date === undefined || (HAPPENED.has(told.status) && (toldIsLatest || further))) ? told.date : had.date
  return { status, ...(date !== undefined ? { date } : {}) }
}
