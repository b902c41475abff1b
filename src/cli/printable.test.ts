// printable(): control characters from ingested text shown, not obeyed, at the same length.

import { describe, expect, it } from 'vitest'
import { printable, printableRecord } from './printable.js'

describe('printable', () => {
  it('shows ESC, BEL and the other C0 controls as their pictures, DEL as ␡, C1 as U+FFFD', () => {
    expect(printable('\x1b]0;pwned\x07 said \x1b[2J')).toBe('␛]0;pwned␇ said ␛[2J')
    expect(printable('a\x00b\x08c\x7fd\x9be\x85f')).toBe('a␀b␈c␡d\ufffde\ufffdf')
    expect(printable('over\rwrite')).toBe('over␍write')
  })

  it('keeps line feeds, tabs, CRLF line ends and every printable character, and the length', () => {
    const text = 'Ilsa Varga said:\r\n\t"We are ready," — Ёлка, 東京, 😀.\n'
    expect(printable(text)).toBe(text)
    const dirty = '\x1b[31mred\x1b[0m\r'
    expect(printable(dirty)).toHaveLength(dirty.length)
  })

  it('applies to every string of a record, keys and numbers aside', () => {
    expect(printableRecord({ text: 'a\x1bb', spans: [{ start: 1, end: 2, text: '\x07' }], n: 3, none: null })).toEqual({
      text: 'a␛b',
      spans: [{ start: 1, end: 2, text: '␇' }],
      n: 3,
      none: null,
    })
  })
})
