// The part of the DOM the HTML reader uses, typed here because the project compiles without the
// DOM lib (linkedom's own types name `Window`, which then resolves to nothing). linkedom parses;
// it never runs scripts, fetches resources or applies styles.

import { parseHTML } from 'linkedom'

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly parentNode: DomNode | null
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
  readonly textContent: string | null
}

export interface DomElement extends DomNode {
  /** Lower case for HTML elements. */
  readonly localName: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
}

/** Parses markup that has been through sanitizeHtml (bounded depth and size). */
export function parseDocument(html: string): DomDocument {
  const window: unknown = parseHTML(html)
  return (window as { document: DomDocument }).document
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}
