// Telegram Desktop channel exports (result.json): one document per post. The channel is the
// outlet; `forwarded_from` is provenance. Service messages (pins, joins) and posts with no text
// (a bare photo) are skipped silently; a malformed message is a problem for that message only.

import { fromUnixSeconds, normalizeDate } from '../dates.js'
import type { InputDocument, ReadProblem, ReadResult } from '../input.js'
import { documentOf, failed, problemOf, reasonOf } from './result.js'

// Telegram usernames: 5–32 characters, a letter first (https://core.telegram.org/method/account.checkUsername).
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/

export function readTelegramExport(text: string, origin: string): ReadResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return failed(origin, 'E_INPUT_MALFORMED', `it is not valid JSON (${reasonOf(error)})`)
  }
  if (!isRecord(value) || !Array.isArray(value.messages)) {
    return failed(origin, 'E_INPUT_MALFORMED', 'it is not a Telegram export: it has no "messages" list')
  }
  const channel = typeof value.name === 'string' ? value.name.trim() : undefined
  const username = usernameOf(value)
  const documents: InputDocument[] = []
  const problems: ReadProblem[] = []
  value.messages.forEach((message: unknown, index: number) => {
    const read = readMessage(message, index, origin, channel, username)
    if (read === null) return
    if ('problem' in read) problems.push(read.problem)
    else documents.push(read.document)
  })
  return { documents, problems }
}

type MessageRead = { document: InputDocument } | { problem: ReadProblem } | null

function readMessage(message: unknown, index: number, origin: string, channel: string | undefined, username: string | undefined): MessageRead {
  const id = isRecord(message) && (typeof message.id === 'number' || typeof message.id === 'string') ? String(message.id) : undefined
  const where = `${origin}#${id ?? `message ${index + 1}`}`
  const bad = (why: string): MessageRead => ({ problem: problemOf(where, 'E_INPUT_MALFORMED', `message ${id ?? `number ${index + 1}`} ${why}`) })
  if (!isRecord(message)) return bad('is not a JSON object')
  if (id === undefined) return bad('has no "id"')
  if (message.type === 'service') return null
  if (message.type !== 'message') return bad(`has an unknown "type" (${JSON.stringify(message.type)})`)
  const text = flatten(message.text)
  if (text === null) return bad('has a "text" that is neither a string nor a list of strings and entities')
  if (text.trim() === '') return null
  const forwarded = typeof message.forwarded_from === 'string' && message.forwarded_from.trim() !== '' ? [message.forwarded_from.trim()] : undefined
  return {
    document: documentOf('telegram', `${origin}#${id}`, text.trim(), {
      date: dateOf(message),
      outlet: channel,
      forwardedFrom: forwarded,
      url: username !== undefined && /^\d+$/.test(id) ? `https://t.me/${username}/${id}` : undefined,
    }),
  }
}

/** A string, or a list of strings and entities ({type, text, href?}) → one string; null when malformed. */
function flatten(text: unknown): string | null {
  if (typeof text === 'string') return text
  if (text === undefined) return ''
  if (!Array.isArray(text)) return null
  let out = ''
  for (const part of text) {
    if (typeof part === 'string') out += part
    else if (isRecord(part) && typeof part.text === 'string') out += part.text
    else return null
  }
  return out
}

/** date_unixtime is UTC; `date` is the exporting machine's local time, without an offset. */
function dateOf(message: Record<string, unknown>): string | undefined {
  const unix = message.date_unixtime
  const seconds = typeof unix === 'number' ? unix : typeof unix === 'string' && /^\d+$/.test(unix) ? Number(unix) : undefined
  if (seconds !== undefined) return fromUnixSeconds(seconds)
  return typeof message.date === 'string' ? normalizeDate(message.date) : undefined
}

/**
 * The channel's public username, only when the export states it: Telegram Desktop writes none,
 * so a post's t.me link is made only for exports that carry "username" (or a t.me "link").
 */
function usernameOf(exported: Record<string, unknown>): string | undefined {
  const { username, link } = exported
  const fromUsername = typeof username === 'string' ? username.trim().replace(/^@/, '') : undefined
  const fromLink = typeof link === 'string' ? /^(?:https?:\/\/)?t\.me\/([^/?#]+)\/?$/i.exec(link.trim())?.[1] : undefined
  return [fromUsername, fromLink].find((name) => name !== undefined && USERNAME.test(name))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
