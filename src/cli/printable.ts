// Text the CLI prints for people comes from the store, and so from whatever was ingested: a control
// character in it would be obeyed by the terminal, not shown. ESC ] 0 ; … BEL retitles the window,
// ESC [ 2 J clears the screen, a bare CR writes over what the line already shows. Every human (not
// --json) output goes through printable(), which shows each such character instead, as a stand-in
// of the same length in UTF-16, so that spans into a text keep their offsets. --json needs none of
// this: JSON.stringify escapes C0 controls and a JSON reader reads them back.

/**
 * C0 controls but line feed and tab (the layout of the output uses them), CR but before a line
 * feed (a CRLF line end is harmless), DEL, and the C1 controls (U+0080–U+009F: U+009B is CSI to a
 * terminal that reads 8-bit controls).
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g

/** "\x1b[2J" → "␛[2J": C0 controls as their Control Pictures (U+2400…), DEL as ␡, C1 as U+FFFD. */
export function printable(text: string): string {
  CONTROL.lastIndex = 0
  if (!CONTROL.test(text)) return text
  return text.replace(CONTROL, standIn)
}

function standIn(c: string): string {
  const code = c.charCodeAt(0)
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  return '\ufffd'
}

/**
 * A record (a search hit, a stored document, …) with printable() applied to every string in it:
 * for a view that adds its own escape sequences (show's marks on a terminal) after the record's
 * text is made safe. Offsets into its texts stay valid.
 */
export function printableRecord<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map(printableRecord) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableRecord(v)])) as T
  }
  return value
}
