// User names and passwords in URLs ("http://user:secret@host/feed"). Wirewatch does not fetch
// them: they would travel in clear over http and end up in messages, logs and the store's origins.
// Every URL shown in a message passes through redactCredentials first.

/** Why such a URL is refused, to follow "it is a URL with …" or "… redirects to a URL with …". */
export const CREDENTIALS_REFUSED = 'a URL with a user name or password, which Wirewatch does not fetch (it would send them in clear and show them in messages)'

const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i

/** Whether `url` carries a user name or a password. */
export function hasCredentials(url: string): boolean {
  return USERINFO.test(url.trim())
}

/** `url` with its user name and password hidden: "http://***@host/feed". Parsed or not, nothing leaks. */
export function redactCredentials(url: string): string {
  return url.replace(USERINFO, '$1***@')
}
