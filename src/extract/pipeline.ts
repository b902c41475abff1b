import { type Pipeline, pipeline } from './pipeline/stage.js'
import { findStatements } from './stages/attributions.js'
import { documentChannels } from './stages/channels.js'
import { findDocumentEvents } from './stages/events.js'
import { readLayout } from './stages/layout.js'
import { findNameMentions } from './stages/names.js'
import { orderStatements } from './stages/ordering.js'
import { statementChannels } from './stages/provenance.js'
import { quoteBlockStatements } from './stages/quote-blocks.js'
import { analyseWireText, buildSlavicStatements, findSlavicDocumentEvents, findSlavicStatements, readWireDateline } from './stages/slavic.js'
import { resolveStatementSpeakers } from './stages/speakers.js'
import { buildStatements } from './stages/statements.js'
import { reportUnclosedQuotes } from './stages/unclosed-quotes.js'
import { analyseText } from './stages/text-layer.js'
import { reportMissingDate } from './stages/undated.js'

// The extractor, stage by stage. Each stage reads the context slots an earlier one filled
// (pipeline() checks the order when the list is built) and adds to the document being built.
// A brief is read with the English list whatever the language of the quotes it carries.

/** English news text and briefs. */
export const englishPipeline: Pipeline = pipeline([
  readLayout(), //                brief header, Source: line, Quote: blocks → layout, date
  analyseText(), //               tokens, sentences, quotations → analysis
  findNameMentions(), //          people, organisations, places, outlets → names, entities
  findStatements(), //            cue, source, content → attributions
  resolveStatementSpeakers(), //  who: names, roles, pronouns → drafts
  documentChannels(), //          Source: line and forwarding chain → channels, sources
  statementChannels(), //         "told the Ledger", "on Telegram" → each draft's via, medium
  buildStatements(), //           drafts → statements (spans, date, about, stance)
  quoteBlockStatements(), //      a brief's bare Quote: blocks → statements
  orderStatements(), //           text order, ids "<doc>:s<n>"
  findDocumentEvents(), //        meetings, talks, calls → events, each statement's event
  reportUnclosedQuotes(), //      diagnostics: quote-unclosed
  reportMissingDate(), //         diagnostics: date-missing
])

/** Russian and Ukrainian news text. */
export const slavicPipeline: Pipeline = pipeline([
  readWireDateline(), //          "МОСКВА, 16 мая. /ТАСС/." → dateline, date
  analyseWireText(), //           tokens, sentences, quotations → analysis
  findSlavicStatements(), //      cue, source, content → slavicAttributions
  buildSlavicStatements(), //     speakers, people, outlets → statements, entities
  findSlavicDocumentEvents(), //  meetings, talks, calls → events, each statement's event
  reportUnclosedQuotes(), //      diagnostics: quote-unclosed
  reportMissingDate(), //         diagnostics: date-missing
])
