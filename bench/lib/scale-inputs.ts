// Inputs that grow without limit, for npm run bench:scale and the linear-time tests: one document
// made of a repeated unit, and a feed of near-identical items. Every person, outlet and place is
// fictional (the sample world of samples/).

/** The shapes of one long document, each stressing another stage. */
export const DOCUMENT_SHAPES = {
  /** One line of attributed sentences: direct, indirect, "according to", pronouns. */
  wire: (_n: number) =>
    'Trade Minister Ilsa Varga said that the corridor would reopen on Monday after talks in Port Meren. "We are ready for the ships," she said. According to Meridian Press, Chancellor Edvin Marrow noted that the blockade would end. The ministry said the talks were useful. ',
  /** One sentence without a full stop: statement after statement, each content running on. */
  runon: (_n: number) => 'Varga said that the corridor would reopen, and Marrow said that the blockade would end, and the ministry noted that ships were waiting, ',
  /** Paragraphs of meetings between ever new people: many events, many entities. */
  events: (n: number) =>
    `Minister ${fictionalName(n)} ${fictionalName(n + 7)} met Chancellor ${fictionalName(n + 3)} ${fictionalName(n + 11)} in ${fictionalName(n + 5)}ville on Monday. "The talks were useful," ${fictionalName(n + 7)} said after the meeting. The spokesman said the talks would go on.\n\n`,
  /** A brief's Details: and Quote: paragraphs. */
  brief: (_n: number) => 'Details: The spokesman said the talks would continue. He noted that the ships were waiting.\n\nQuote: "We are ready for the ships."\n\n',
} as const

export type DocumentShape = keyof typeof DOCUMENT_SHAPES

const BRIEF_HEADER = 'date 2026-03-13\n\nTomas Reivik, spokesman for Valdorian President Corin Aldamar, has said the talks are "essential".\n\nSource: Meridian Press\n\n'

/** A document of the shape, of at least `chars` characters. */
export function longDocument(shape: DocumentShape, chars: number): string {
  const parts: string[] = shape === 'brief' ? [BRIEF_HEADER] : []
  let length = parts[0]?.length ?? 0
  for (let n = 0; length < chars; n++) {
    const unit = DOCUMENT_SHAPES[shape](n)
    parts.push(unit)
    length += unit.length
  }
  return parts.join('')
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'da', 'ros', 'tel', 'an', 'vi', 'dor', 'sul', 'mea']

/** A made-up capitalised name, different for each n below 12³. */
export function fictionalName(n: number): string {
  let name = ''
  for (let i = 0, x = n; i < 3; i++, x = Math.floor(x / SYLLABLES.length)) name += SYLLABLES[x % SYLLABLES.length]
  return name[0]!.toUpperCase() + name.slice(1)
}

/**
 * An RSS feed of `items` near-identical wire items (the same story retold with a number and a
 * name changed), as a desk sees a feed of similar updates: every pair shares MinHash bands.
 */
export function similarItemsFeed(items: number): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbor Ledger (fictional)</title><link>https://harbor-ledger.example/</link><description>fictional</description>\n']
  for (let n = 0; n < items; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0')
    out.push(
      `<item><title>Corridor update ${n}</title><link>https://harbor-ledger.example/updates/${n}</link><pubDate>${day} Mar 2026 09:00:00 GMT</pubDate>`,
      `<description>Trade Minister Ilsa Varga said on Monday that the grain corridor from Port Meren would reopen after talks with the Kestran Federation, and that ${n} cargo ships were waiting outside the harbor. "We are ready for the ships," she said. Chancellor Edvin Marrow noted that the blockade would end once the fishing fleet had guarantees. The talks in Port Meren will resume on Friday, the ministry said. Update ${n} from ${fictionalName(n)}.</description></item>\n`,
    )
  }
  out.push('</channel></rss>\n')
  return out.join('')
}
