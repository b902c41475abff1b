// Bytes (a file, standard input, a fetched page) → documents: decode, detect the reader by
// content, read. Never throws for bad content: every problem is a ReadProblem in the result.

import { type ReplacedBytes, decodeText } from './decode.js'
import { detectReader } from './detect.js'
import type { ReadResult, Reader, ReaderName } from './input.js'
import { readBrief } from './readers/brief.js'
import { readFeed } from './readers/feed.js'
import { readHtml } from './readers/html.js'
import { readJsonLines } from './readers/jsonl.js'
import { failed, reasonOf, warningOf } from './readers/result.js'
import { readTelegramExport } from './readers/telegram.js'
import { readPlainText } from './readers/text.js'

export interface ReadHint {
  /** The HTTP Content-Type: its charset decides the decoding; its type helps detection. */
  contentType?: string
  /** The URL the bytes came from (after redirects): a base for relative links, and its extension a hint. */
  url?: string
}

const READERS: Record<ReaderName, Reader> = {
  text: readPlainText,
  brief: readBrief,
  html: readHtml,
  feed: readFeed,
  telegram: readTelegramExport,
  jsonl: readJsonLines,
}

// What an input of each kind had none of, when it yielded no document and no problem.
const NOTHING: Record<ReaderName, string> = {
  text: 'no text',
  brief: 'no text',
  html: 'no text',
  feed: 'no items with text',
  telegram: 'no posts with text',
  jsonl: 'no lines',
}

/** `origin` names the input in documents and problems: a path, a URL, or "stdin". */
export function readBytes(bytes: Uint8Array, origin: string, hint: ReadHint = {}): ReadResult {
  const decoded = decodeText(bytes, hint.contentType === undefined ? {} : { contentType: hint.contentType })
  if (!decoded.ok) return failed(origin, decoded.code, decoded.reason)
  const result = readText(decoded.text, origin, hint)
  if (decoded.replaced) result.problems.unshift(warningOf(origin, 'E_INPUT_ENCODING', replacedMessage(decoded.replaced)))
  return result
}

/** "it is not valid UTF-8 at byte offsets 12, 40 and 3 more; …": one line, however many there are. */
function replacedMessage({ count, offsets }: ReplacedBytes): string {
  const shown = offsets.slice(0, count)
  const more = count - shown.length
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : String(shown[0])
  const where = `byte offset${count === 1 ? '' : 's'} ${list}`
  return `it is not valid UTF-8 at ${where}; read as UTF-8 with ${count === 1 ? 'that spot' : 'those spots'} replaced by U+FFFD`
}

/** The same for text already decoded. */
export function readText(text: string, origin: string, hint: ReadHint = {}): ReadResult {
  const name = hint.url ?? origin
  const reader = detectReader(text, hint.contentType === undefined ? { name } : { name, contentType: hint.contentType })
  if (reader === null) return failed(origin, 'E_INPUT_MALFORMED', 'it is JSON, but neither a Telegram export (with "messages") nor JSON lines')
  const url = hint.url ?? (/^https?:\/\//i.test(origin) ? origin : undefined)
  let result: ReadResult
  try {
    result = READERS[reader](text, origin, url === undefined ? {} : { url })
  } catch (error) {
    // Readers report content problems themselves; a throw is a bug, but it stays this input's problem.
    return failed(origin, 'E_INPUT_MALFORMED', `the ${reader} reader failed on it: ${reasonOf(error)}`)
  }
  if (result.documents.length === 0 && result.problems.length === 0) return failed(origin, 'E_INPUT_EMPTY', `it has ${NOTHING[reader]}`)
  return result
}
