// Plain text: the whole text, and its first line as the title when it reads like a headline.

import type { ReadResult } from '../input.js'
import { documentOf, one } from './result.js'

const MAX_HEADLINE_CHARS = 150
const MAX_HEADLINE_WORDS = 20

export function readPlainText(text: string, origin: string): ReadResult {
  return one(documentOf('text', origin, text, { title: headlineOf(text) }))
}

/** The first line when it is short, has a letter, does not end a sentence with a period, and text follows it. */
export function headlineOf(text: string): string | undefined {
  const trimmed = text.replace(/^\s+/, '')
  const newline = trimmed.indexOf('\n')
  if (newline < 0) return undefined
  const line = trimmed.slice(0, newline).trim()
  if (trimmed.slice(newline).trim() === '') return undefined
  if (line.length < 3 || line.length > MAX_HEADLINE_CHARS || !/\p{L}/u.test(line)) return undefined
  if (line.split(/\s+/).length > MAX_HEADLINE_WORDS || /[.,;:]$/.test(line)) return undefined
  return line
}
