import { describe, expect, it } from 'vitest'
import { type DomNode, parseDocument } from './dom.js'
import { sanitizeHtml } from './sanitize.js'

/** The deepest element nesting of a parsed document, walked iteratively. */
function depthOf(root: DomNode): number {
  let max = 0
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    max = Math.max(max, depth)
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push([child, depth + 1])
  }
  return max
}

describe('sanitizeHtml', () => {
  it('re-emits ordinary markup, normalised', () => {
    expect(sanitizeHtml('<P CLASS=lead Id="x">Hello <B>world</B></P>').html).toBe('<p class="lead" id="x">Hello <b>world</b></p>')
    expect(sanitizeHtml('<img src=a.png alt="a &quot;b&quot;"><br/>').html).toBe('<img src="a.png" alt="a &quot;b&quot;"><br>')
  })

  it('drops scripts, styles, comments, handlers and subtrees without article text', () => {
    const { html } = sanitizeHtml(
      '<p onclick="alert(1)">a</p><script>alert(2)</script><style>p{}</style><!-- <p>c</p> --><svg><text>s</text></svg><iframe><p>i</p></iframe><noscript>n</noscript><template><p>t</p></template><p>b</p>',
    )
    expect(html).toBe('<p>a</p><p>b</p>')
  })

  it('keeps JSON-LD aside, and the title as text', () => {
    const result = sanitizeHtml('<head><title>A <b> & B</title><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>')
    expect(result.jsonLd).toEqual(['{"@type":"NewsArticle"}'])
    expect(result.html).toBe('<head><title>A &lt;b> & B</title></head>')
  })

  it('treats text that only looks like markup as text', () => {
    expect(sanitizeHtml('a < b and 3<4 </ >').html).toBe('a &lt; b and 3&lt;4 ')
  })

  it('bounds nesting: the parsed tree is never deeper than the limit', () => {
    const limits = { maxDepth: 20, maxElements: 1000, maxChars: 1_000_000, maxAttributeChars: 100 }
    for (const html of [
      `${'<div>'.repeat(500)}x${'</div>'.repeat(500)}`,
      `${'<b><i>'.repeat(500)}unclosed`,
      `${'<div><span>'.repeat(300)}${'</div>'.repeat(300)}<p>after</p>`,
      `${'<li><ul>'.repeat(300)}x`,
      `${'<table><tr><td>'.repeat(200)}x`,
    ]) {
      const result = sanitizeHtml(html, limits)
      expect(result.truncated).toBe(true)
      // html > body > 20 levels of kept elements > text
      expect(depthOf(parseDocument(`<html><body>${result.html}</body></html>`))).toBeLessThanOrEqual(limits.maxDepth + 3)
    }
  })

  it('keeps the text of elements past the limits', () => {
    const { html } = sanitizeHtml(`${'<div>'.repeat(5)}<p>deep</p>${'</div>'.repeat(5)}<p>after</p>`, { maxDepth: 3, maxElements: 100, maxChars: 1000, maxAttributeChars: 100 })
    expect(html).toBe('<div><div><div>deep</div></div></div><p>after</p>')
  })

  it('caps element count, output size and attribute size', () => {
    expect(sanitizeHtml('<p>a</p><p>b</p><p>c</p>', { maxDepth: 10, maxElements: 2, maxChars: 1000, maxAttributeChars: 100 })).toEqual({ html: '<p>a</p><p>b</p>c', jsonLd: [], truncated: true })
    expect(sanitizeHtml('<p>abcdefghij</p>', { maxDepth: 10, maxElements: 10, maxChars: 8, maxAttributeChars: 100 }).html).toBe('<p>abcde</p>') // text cut at the cap; the end tag after it is bounded
    expect(sanitizeHtml(`<p title="${'x'.repeat(200)}" id="k">a</p>`, { maxDepth: 10, maxElements: 10, maxChars: 1000, maxAttributeChars: 100 }).html).toBe('<p id="k">a</p>')
  })

  it('drops the rest of a page after an unterminated tag or comment, as browsers do', () => {
    expect(sanitizeHtml('<p>a</p><p title="oops>b</p><p>c</p>').html).toBe('<p>a</p>')
    expect(sanitizeHtml('<p>a</p><!-- never closed <p>b</p>').html).toBe('<p>a</p>')
  })
})
