import { entityId } from '../core/ids.js'
import type { Document, Entity } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { minhashSignature } from '../core/minhash.js'
import type { DocumentProvenance, StoredDocument } from './store.js'

// Documents for the store contract, made by the real extractor from short FICTIONAL texts:
// the people, outlets and places in them are invented.

const BRIEF = `date 2025-04-02 Ilsa Varga, Valdoria's trade minister, has said that a new tariff agreement with Norland is "within reach" and could be signed before the summer.

Source: State-owned news agency Aster News; Telegram channel Glas Severa (Voice of the North), publishing video comments by Varga

Details: Varga noted that the negotiators had resolved the dispute over grain quotas.

Quote: "We have never been closer to an agreement on grain, timber and steel."

Details: The trade minister added that Valdoria would lift its export ban on timber once the agreement is signed.

On Tuesday 1 April, Norland's Prime Minister Anselm Korvath said that his government would not accept any deal that harms the farmers of Norland.

(Fictional text written for the Wirewatch store tests.)
`

/** The brief as another outlet republished it, lightly edited: a near-duplicate. */
const BRIEF_REPUBLISHED = BRIEF.replace('before the summer', 'before the end of the summer').replace('Valdoria would lift', 'Valdoria would soon lift')

const NEWS = `Norland's Prime Minister Anselm Korvath said on Monday that the tariff talks with Valdoria had stalled over steel quotas.

Trade Minister Ilsa Varga, the chief negotiator for Valdoria, said that the grain deal was ready to be signed. "Nothing has stalled on grain," Varga told the Northgate Courier.

Brin Tallow, a spokeswoman for the Norland Farmers Union, said that farmers would protest outside the parliament in Lenmark on Friday.

(Fictional text written for the Wirewatch store tests.)
`

const VISIT = `Valdorian President Corin Aldamar said on 3 March that he would visit Norland in May to discuss the harbour dispute and the fishing quotas.

"Our fishermen deserve an answer, and they deserve it soon," Aldamar said in a speech to the Valdorian parliament.

Ilsa Varga welcomed the visit. The trade minister said that the steel tariffs could be lowered within weeks.

(Fictional text written for the Wirewatch store tests.)
`

/** One statement that is all about steel, one that mentions it once at the end of a long list. */
const RANKING = `"Steel, steel and more steel," Mara Quist said on Monday.

Mara Quist, the director of the Kestran Roads Agency, said that the agency would publish its annual report on roads, bridges, schools, hospitals, railways, ports and water supply, with a short annex on steel.

(Fictional text written for the Wirewatch store tests.)
`

/** Many speakers, one statement each: enough statements for paging past the default limit. */
const ROUNDUP = `Reactions to the harbour agreement came quickly on Wednesday.

Harbour master Oskar Lindell said that the first ships would dock on Thursday.
Customs chief Petra Olave said that inspections would take no longer than a day.
Mayor Jonas Ferrin said that the city would hold a festival for the dockworkers.
Union leader Hedda Marsk said that her members would return to work at once.
Economist Tobias Rahn said that prices for fish would fall within a month.
Fisherman Arvid Solberg said that the quotas were still too low.
Professor Lena Voss said that the agreement would not survive the winter.
"We waited too long for this," said Greta Holm, a shop owner in the old town.
"The sea belongs to everyone," said Nils Berget, a retired captain.

(Fictional text written for the Wirewatch store tests.)
`

export interface Fixtures {
  brief: StoredDocument
  /** A near-duplicate of `brief` (provenance.nearDuplicateOf = brief's id). */
  republished: StoredDocument
  /** Published by the Northgate Courier (document.outlet), no Source line. */
  news: StoredDocument
  /** Published by the Harbour Gazette. */
  visit: StoredDocument
  ranking: StoredDocument
  roundup: StoredDocument
  /** In the order the suite stores them: the original before its near-duplicate. */
  all: StoredDocument[]
}

let made: Fixtures | undefined

/** Fresh copies every call, so that no test can change another's documents. */
export function fixtures(): Fixtures {
  made ??= make()
  return structuredClone(made)
}

function make(): Fixtures {
  const brief = stored(extract(BRIEF), 'fixtures/brief.txt', 'brief')
  const news = stored(published(extract(NEWS, { date: '2025-04-08' }), 'Northgate Courier'), 'fixtures/news.html', 'html')
  const visit = stored(published(extract(VISIT, { date: '2025-03-04' }), 'Harbour Gazette'), 'fixtures/feed.xml#7', 'feed')
  const ranking = stored(extract(RANKING, { date: '2025-02-11' }), 'fixtures/ranking.txt', 'text')
  const roundup = stored(extract(ROUNDUP, { date: '2025-03-12' }), 'fixtures/roundup.jsonl#3', 'jsonl')
  const republished = stored(published(extract(BRIEF_REPUBLISHED), 'Harbour Gazette'), 'fixtures/republished.txt', 'text', brief.document.id)
  return { brief, republished, news, visit, ranking, roundup, all: [brief, news, visit, ranking, roundup, republished] }
}

/**
 * `about` as a fixed rule, not as the extractor (still changing) happens to decide it today: the
 * people, places and organisations of the document named in the statement's content, bar the speaker.
 * The suite tests the store, so it pins what it filters on.
 */
function pinAbout(doc: Document): Document {
  const named = doc.entities.filter((e) => e.type !== 'outlet')
  for (const s of doc.statements) {
    const content = s.content.map((c) => c.text).join(' ')
    s.about = named
      .filter((e) => e.id !== s.speaker.entity && e.aliases.some((a) => new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(content)))
      .map((e) => e.id)
  }
  return doc
}

/** What ingestion adds for a reader that knows the publisher: the outlet entity and document.outlet. */
function published(doc: Document, outlet: string): Document {
  const outletEntity: Entity = { id: entityId('outlet', outlet), type: 'outlet', name: outlet, aliases: [outlet], roles: [], kind: 'newspaper', mentions: [] }
  doc.outlet = outletEntity.id
  if (!doc.entities.some((e) => e.id === outletEntity.id)) doc.entities.push(outletEntity)
  return doc
}

function stored(extracted: Document, origin: string, reader: string, nearDuplicateOf?: string): StoredDocument {
  const document = pinAbout(extracted)
  const provenance: DocumentProvenance = {
    origin,
    reader,
    ingestedAt: '2025-04-09T08:00:00.000Z',
    signature: minhashSignature(document.text),
    ...(nearDuplicateOf ? { nearDuplicateOf } : {}),
  }
  return { document, provenance }
}
