import { createHash } from 'node:crypto'

/** A stable id for a document: a hash of its normalised text (Unicode NFC, white space collapsed). */
export function documentId(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16)
}

/** "Vladimir Putin" → "vladimir-putin"; keeps letters of every script. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  )
}

export function entityId(type: string, name: string): string {
  return `${type}:${slug(name)}`
}
