// Reads the CLI's input (a file or stdin) into text, with one clear WirewatchError per problem:
// missing, a directory, empty, too large (refused before reading), binary, badly encoded.
// Decoding is the library's (ingest/decode.ts): UTF-8, UTF-16 with a BOM, legacy Cyrillic.

import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { WirewatchError, decodeText } from '../index.js'
import { fsReason } from './errors.js'

export const MAX_INPUT_BYTES = 50 * 1024 * 1024

export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin'; stream: NodeJS.ReadableStream }

export interface ReadOptions {
  /** Inputs above this are refused; injectable so tests need no 50 MB file. */
  maxBytes?: number
}

export async function readInput(source: InputSource, options: ReadOptions = {}): Promise<string> {
  const bytes = await readInputBytes(source, options)
  const decoded = decodeText(bytes)
  if (!decoded.ok) throw new WirewatchError(decoded.code, `cannot read ${labelOf(source)}: ${decoded.reason}`)
  return decoded.text
}

/** The input's bytes, undecoded (for readers that decode and detect themselves). */
export async function readInputBytes(source: InputSource, options: ReadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  const label = labelOf(source)
  return source.kind === 'file' ? await readFileBounded(source.path, label, maxBytes) : await readStdin(source.stream, maxBytes)
}

function labelOf(source: InputSource): string {
  return source.kind === 'file' ? `"${source.path}"` : 'standard input'
}

async function readFileBounded(path: string, label: string, maxBytes: number): Promise<Buffer> {
  let info
  try {
    info = await stat(path)
  } catch (cause) {
    throw fileError(label, cause)
  }
  if (info.isDirectory()) throw new WirewatchError('E_INPUT_UNREADABLE', `cannot read ${label}: it is a directory`)
  // The size of a regular file is known: refuse it without reading a byte. Pipes and devices
  // (/dev/stdin) report no useful size; the bounded read below catches those.
  if (info.isFile() && info.size > maxBytes) throw tooLarge(label, maxBytes, info.size)
  const stream = createReadStream(path)
  try {
    return await readBounded(stream, maxBytes, label)
  } catch (cause) {
    throw cause instanceof WirewatchError ? cause : fileError(label, cause)
  } finally {
    stream.destroy()
  }
}

/** Reads stdin up to the limit. The stream is the caller's: it is paused, never destroyed. */
async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  try {
    return await readBounded(stream, maxBytes, 'standard input')
  } catch (cause) {
    if (cause instanceof WirewatchError) throw cause
    throw new WirewatchError('E_INPUT_UNREADABLE', `cannot read standard input: ${fsReason(cause)}`, { cause })
  }
}

/** Collects a stream's bytes, stopping as soon as they pass `maxBytes`. */
function readBounded(stream: NodeJS.ReadableStream, maxBytes: number, label: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.length
      if (size > maxBytes) {
        stop()
        stream.pause()
        reject(tooLarge(label, maxBytes))
        return
      }
      chunks.push(bytes)
    }
    const onEnd = (): void => {
      stop()
      resolve(Buffer.concat(chunks, size))
    }
    const onError = (error: unknown): void => {
      stop()
      reject(error)
    }
    const stop = (): void => {
      stream.removeListener('data', onData)
      stream.removeListener('end', onEnd)
      stream.removeListener('error', onError)
    }
    stream.on('data', onData)
    stream.on('end', onEnd)
    stream.on('error', onError)
    stream.resume()
  })
}

function fileError(label: string, cause: unknown): WirewatchError {
  const reason = fsReason(cause)
  const code = reason === 'no such file' ? 'E_INPUT_NOT_FOUND' : 'E_INPUT_UNREADABLE'
  return new WirewatchError(code, `cannot read ${label}: ${reason}`, { cause })
}

function tooLarge(label: string, maxBytes: number, size?: number): WirewatchError {
  const actual = size === undefined ? 'it is larger than' : `it is ${formatBytes(size)}, larger than`
  return new WirewatchError('E_INPUT_TOO_LARGE', `cannot read ${label}: ${actual} the ${formatBytes(maxBytes)} limit; split it into smaller files`)
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}
