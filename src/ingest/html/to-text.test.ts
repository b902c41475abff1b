import { describe, expect, it } from 'vitest'
import { parseDocument } from './dom.js'
import { domToText } from './to-text.js'

const text = (html: string): string => domToText(parseDocument(`<html><body>${html}</body></html>`).body!)

describe('domToText', () => {
  it('makes blocks paragraphs and <br> line breaks, collapsing white space', () => {
    expect(text('<h2>Head</h2><p>One  <b>bold</b>\n word.</p><div>Two<br>lines</div><ul><li>a</li><li>b</li></ul>')).toBe('Head\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb')
    expect(text('<div>First<br><br>Second<br> <br>Third</div>')).toBe('First\n\nSecond\n\nThird')
    expect(text('<p>no<span>space</span> here&nbsp;there</p>')).toBe('nospace here there')
  })

  it('keeps <pre> as written', () => {
    expect(text('<pre>a  b\n  c</pre><p>d</p>')).toBe('a  b\n  c\n\nd')
  })

  it('keeps table rows on one line', () => {
    expect(text('<table><tr><td>Cost</td><td>4.2m</td></tr><tr><td>Start</td><td>March</td></tr></table>')).toBe('Cost 4.2m\n\nStart March')
  })

  it('leaves out scripts, navigation, asides, form controls and hidden elements', () => {
    expect(text('<p>kept</p><nav>menu</nav><aside>ad</aside><button>Share</button><p hidden>h</p><p aria-hidden="true">a</p><p style="display: none">n</p><p>also kept</p>')).toBe('kept\n\nalso kept')
  })

  it('drops paragraphs that are nearly all links, not prose with a link in it', () => {
    expect(text('<p><a href="/a">Home</a> | <a href="/b">News</a></p><p>Varga told <a href="/m">Meridian Press</a> on Friday that talks were needed.</p>')).toBe(
      'Varga told Meridian Press on Friday that talks were needed.',
    )
  })

  it('handles 100,000 text nodes in linear time', () => {
    const started = performance.now()
    expect(text(`<p>${'&amp;'.repeat(100_000)}</p>`)).toHaveLength(100_000)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
