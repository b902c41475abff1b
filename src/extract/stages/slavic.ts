import { analyse } from '../analysis.js'
import { eventLookup } from '../events.js'
import { stage } from '../pipeline/stage.js'
import { findSlavicAttributions } from '../slavic/attribution.js'
import { readDateline } from '../slavic/dateline.js'
import { findSlavicEvents } from '../slavic/events.js'
import { slavicStatements } from '../slavic/extract.js'

// The stages of Russian and Ukrainian text (src/extract/slavic/, data in lexicon/ru and lexicon/uk).

/** A wire dateline ("МОСКВА, 16 мая. /ТАСС/.", "КИЇВ, 16 травня. /Укрінформ/."): the document's date when it has none. */
export function readWireDateline() {
  return stage('dateline', [], ['dateline'], (doc, ctx) => {
    const dateline = readDateline(doc.text, doc.date, ctx.options.outlets, ctx.options.received)
    ctx.set('dateline', dateline)
    if (doc.date === undefined && dateline?.date) doc.date = dateline.date
    // Wires leave the year out ("5 июня"): it comes from the document's own date, else the day it was received.
    const from = dateline?.place?.mentions[0]?.start ?? 0
    const place = dateline ? ([from, from + doc.text.slice(from, dateline.end).trimEnd().length] as const) : null
    if (dateline && !dateline.date) {
      ctx.message('dateline-without-year', place, 'The wire dateline gives a day and a month but no year, and the document has no date to take the year from: the document stays undated.')
    } else if (dateline?.yearAssumed) {
      ctx.message('dateline-year-assumed', place, `The wire dateline gives no year: it is read as ${dateline.date}, the latest such day not after the day the text was received (${ctx.options.received}).`)
    }
  })
}

/** Tokens, sentences and quotations; the first sentence starts after the dateline. */
export function analyseWireText() {
  return stage('text-layer', ['dateline'], ['analysis'], (doc, ctx) => {
    const dateline = ctx.get('dateline')
    ctx.set('analysis', analyse(doc.text, dateline ? [dateline.end] : []))
  })
}

/** Attributions in the forms Russian and Ukrainian news use (slavic/attribution.ts). */
export function findSlavicStatements() {
  return stage('attributions', ['analysis'], ['slavicAttributions'], (_doc, ctx) => {
    const a = ctx.a
    ctx.set('slavicAttributions', findSlavicAttributions(a.tok, a.sent, a.quote, ctx.slavic.attribution))
  })
}

/** Speakers, people, outlets and statements (slavic/extract.ts), numbered in the order of their cues. */
export function buildSlavicStatements() {
  return stage('statements', ['analysis', 'dateline', 'slavicAttributions'], [], (doc, ctx) => {
    const dateline = ctx.get('dateline')
    const found = slavicStatements(ctx.a.tok, ctx.get('slavicAttributions'), {
      lang: ctx.slavic.lang,
      docId: doc.id,
      outlets: ctx.options.outlets,
      ...(doc.date ? { date: doc.date } : {}),
      ...(dateline ? { dateline } : {}),
    })
    for (const e of found.entities.values()) doc.entities.set(e.id, e)
    doc.statements.push(...found.statements)
  })
}

/**
 * Meetings, talks, calls, visits and summits (slavic/events.ts) among the people, organisations
 * and places the statements stage found, and the event each statement's content concerns.
 */
export function findSlavicDocumentEvents() {
  return stage('events', ['analysis'], [], (doc, ctx) => {
    const { lang, events, attribution } = ctx.slavic
    doc.events = findSlavicEvents(ctx.a, [...doc.entities.values()], events, {
      docId: doc.id,
      lang,
      negators: attribution.negators,
      ...(doc.date ? { date: doc.date } : {}),
    })
    const eventOf = eventLookup(doc.events)
    for (const s of doc.statements) {
      const event = eventOf(s.content)
      if (event) s.event = event
    }
  })
}
