// HTML fragments (a feed item's description or content) → text, the same way as whole pages.

import { parseDocument } from './dom.js'
import { sanitizeHtml } from './sanitize.js'
import { domToText } from './to-text.js'

export function htmlFragmentToText(fragment: string): string {
  const { html } = sanitizeHtml(fragment)
  const doc = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`)
  return domToText(doc.body ?? doc)
}
