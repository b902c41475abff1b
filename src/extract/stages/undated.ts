import { stage } from '../pipeline/stage.js'

/**
 * Diagnostic `date-missing`: statements were found in a document with no date (none given, no
 * brief header, no wire dateline), so they are undated and "on Friday" cannot be resolved.
 */
export function reportMissingDate() {
  return stage('date-missing', [], [], (doc, ctx) => {
    if (doc.date !== undefined || doc.statements.length === 0) return
    ctx.message(
      'date-missing',
      null,
      `The document has no date (none was given, and it has no brief header or wire dateline), so its ${doc.statements.length === 1 ? 'statement is' : `${doc.statements.length} statements are`} undated and relative dates ("on Friday") cannot be resolved. A date comes from \`wirewatch extract --date\`, a JSON line's "date", or a page's or feed item's metadata.`,
    )
  })
}
