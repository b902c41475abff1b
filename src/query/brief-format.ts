// A brief written out: txt in exactly the seed's layout (a `date YYYY-MM-DD` header with the lead on
// its line, then blank-line separated `Source:`, `Details:` and `Quote:` paragraphs and the
// background), md (the same, its labels in bold), html (escaped; each sentence links to its
// statement and names every statement it says in data-statements). JSON is the Brief itself.

import type { Brief, BriefSentence } from './brief.js'

export type BriefFormat = 'txt' | 'md' | 'html'

export const BRIEF_FORMATS: readonly (BriefFormat | 'json')[] = ['txt', 'md', 'html', 'json']

export interface BriefHtmlOptions {
  /** Where a statement's link points: default "/statements/{id}", the API's statement route. */
  statementHref?: (id: string) => string
  /** Where an event's link points: default "/events/{id}". */
  eventHref?: (id: string) => string
}

interface Paragraph {
  label?: 'Source' | 'Details' | 'Quote'
  sentences: BriefSentence[]
  kind: 'lead' | 'source' | 'details' | 'quote' | 'background'
}

/** The brief's paragraphs in reading order: lead, Source:, Details:/Quote: as they were made, background. */
function paragraphs(brief: Brief): Paragraph[] {
  const out: Paragraph[] = [{ kind: 'lead', sentences: [brief.lead] }]
  if (brief.source.outlets.length) out.push({ kind: 'source', label: 'Source', sentences: [{ text: brief.source.text, statements: [...new Set(brief.source.outlets.flatMap((o) => o.statements))] }] })
  const body = [...brief.details.map((s) => ({ s, quote: false })), ...brief.quotes.map((s) => ({ s, quote: true }))].sort((a, b) => (a.s.paragraph ?? 0) - (b.s.paragraph ?? 0))
  for (const { s, quote } of body) {
    const last = out[out.length - 1]!
    const kind = quote ? 'quote' : 'details'
    if (last.kind === kind && last.sentences[0]!.paragraph === s.paragraph) last.sentences.push(s)
    else out.push({ kind, label: quote ? 'Quote' : 'Details', sentences: [s] })
  }
  for (const s of brief.background) out.push({ kind: 'background', sentences: [s] })
  return out
}

export function formatBrief(brief: Brief, format: BriefFormat, options: BriefHtmlOptions = {}): string {
  if (format === 'html') return html(brief, options)
  const md = format === 'md'
  const text = (s: BriefSentence) => (md ? escapeMarkdown(s.text) : s.text)
  const blocks = paragraphs(brief).map((p) => {
    const body = p.sentences.map(text).join(' ')
    if (!p.label) return body
    return md ? `**${p.label}:** ${body}` : `${p.label}: ${body}`
  })
  if (brief.date) {
    // The seed's header: the date, and the lead on its line.
    blocks[0] = md ? `date ${brief.date}\n\n${blocks[0]}` : `date ${brief.date} ${blocks[0]}`
  }
  return `${blocks.join('\n\n')}\n`
}

function html(brief: Brief, options: BriefHtmlOptions): string {
  const statementHref = options.statementHref ?? ((id: string) => `/statements/${encodeURIComponent(id)}`)
  const eventHref = options.eventHref ?? ((id: string) => `/events/${encodeURIComponent(id)}`)
  const sentence = (s: BriefSentence): string => {
    const data = [
      s.statements.length ? ` data-statements="${escapeHtml(s.statements.join(' '))}"` : '',
      s.events?.length ? ` data-events="${escapeHtml(s.events.join(' '))}"` : '',
      s.date ? ` data-date="${escapeHtml(s.date)}"` : '',
    ].join('')
    const href = s.statements[0] ? statementHref(s.statements[0]) : s.events?.[0] ? eventHref(s.events[0]) : undefined
    return href ? `<a class="brief-sentence" href="${escapeHtml(href)}"${data}>${escapeHtml(s.text)}</a>` : `<span class="brief-sentence"${data}>${escapeHtml(s.text)}</span>`
  }
  const source = (): string =>
    brief.source.outlets
      .map((o) => `<span class="brief-outlet" data-outlet="${escapeHtml(o.id)}" data-statements="${escapeHtml(o.statements.join(' '))}">${escapeHtml(o.name)}</span>`)
      .join(', ')
  const lines = paragraphs(brief).map((p) => {
    const label = p.label ? `<span class="brief-label">${p.label}:</span> ` : ''
    if (p.kind === 'source') {
      return `<p class="brief-source">${label}<span class="brief-sentence" data-statements="${escapeHtml(p.sentences[0]!.statements.join(' '))}">${escapeHtml(p.sentences[0]!.text)}</span><span class="brief-outlets" hidden>${source()}</span></p>`
    }
    return `<p class="brief-${p.kind}">${label}${p.sentences.map(sentence).join(' ')}</p>`
  })
  const date = brief.date ? `<p class="brief-date"><time datetime="${escapeHtml(brief.date)}">date ${escapeHtml(brief.date)}</time></p>\n` : ''
  return `<article class="brief"${brief.date ? ` data-date="${escapeHtml(brief.date)}"` : ''}>\n${date}${lines.join('\n')}\n</article>\n`
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Markdown's inline specials, escaped so that the words show as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}
