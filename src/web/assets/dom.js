// Building the page: every node is made with createElement and every piece of data goes in as a
// text node, never as markup. The page's Content-Security-Policy requires Trusted Types, so an
// innerHTML with a string would throw rather than parse.

/** @typedef {string | number | Node | null | undefined | false} Child */
/** @typedef {Child | ReadonlyArray<any>} Children  nested arrays of Child, flattened */
/**
 * Attributes by name; `class` sets the class list; `on<event>` takes a listener; `dataset` an
 * object; true is an empty attribute, false, null and undefined leave it out.
 * @typedef {Record<string, unknown>} Props
 */

const SVG_NS = 'http://www.w3.org/2000/svg'
/** Attributes that would run or load something: refused whatever the value. */
const FORBIDDEN = /^(?:innerhtml|outerhtml|srcdoc|style|formaction)$/i
/** Links may go to this app (#/…, /…) or to the web (http, https, mailto); nothing else (javascript:, data:). */
const SAFE_URL = /^(?:#|\/(?!\/)|https?:\/\/|mailto:)/i

/**
 * An HTML element with attributes and children.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props | null} [props]
 * @param {...Children} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag)
  setProps(el, props)
  append(el, ...children)
  return el
}

/**
 * An SVG element with attributes and children.
 * @param {string} tag
 * @param {Props | null} [props]
 * @param {...Children} children
 * @returns {SVGElement}
 */
export function svg(tag, props, ...children) {
  const el = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag))
  setProps(el, props)
  append(el, ...children)
  return el
}

/**
 * Appends children: strings and numbers as text nodes, arrays flattened, empty ones skipped.
 * @param {Element | DocumentFragment} parent
 * @param {...Children} children
 */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (typeof child === 'string' || typeof child === 'number') parent.append(document.createTextNode(String(child)))
    else if (child instanceof Node) parent.append(child)
  }
}

/**
 * Replaces every child of `parent`.
 * @param {Element} parent
 * @param {...Children} children
 */
export function replace(parent, ...children) {
  parent.replaceChildren()
  append(parent, ...children)
}

/**
 * @param {Element} el
 * @param {Props | null | undefined} props
 */
function setProps(el, props) {
  if (!props) return
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue
    if (FORBIDDEN.test(key)) throw new Error(`dom: the attribute "${key}" is not allowed`)
    if (key.startsWith('on')) {
      if (typeof value !== 'function') throw new Error(`dom: "${key}" takes a function`)
      el.addEventListener(key.slice(2).toLowerCase(), /** @type {EventListener} */ (value))
    } else if (key === 'class') {
      const names = Array.isArray(value) ? value : String(value).split(/\s+/)
      for (const name of names) if (name) el.classList.add(String(name))
    } else if (key === 'dataset') {
      for (const [k, v] of Object.entries(/** @type {Record<string, unknown>} */ (value))) {
        if (v !== undefined && v !== null) /** @type {HTMLElement} */ (el).dataset[k] = String(v)
      }
    } else if (key === 'href' || key === 'src' || key === 'action') {
      const url = String(value)
      if (SAFE_URL.test(url)) el.setAttribute(key, url)
    } else {
      el.setAttribute(key, value === true ? '' : String(value))
    }
  }
}

/**
 * A link to a page of this app, or (with `external`) to the web, opened without a referrer.
 * @param {string} href
 * @param {Children} text
 * @param {Props} [props]
 */
export function link(href, text, props = {}) {
  const external = /^https?:/i.test(href)
  return h('a', { href, ...(external ? { rel: 'noopener noreferrer', target: '_blank' } : {}), ...props }, text)
}

/**
 * A short piece of text ending in "…" when longer than `max`.
 * @param {string} text
 * @param {number} max
 */
export function shorten(text, max) {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean
}
