// Short fictional news items for the web UI's end-to-end tests. Every person, outlet,
// organisation and place in them is invented; any resemblance to real ones is coincidental.
// One statement carries markup and script in its content: the UI must show it as text.

import type { FixtureInput } from '../server/fixtures.js'

/** What the hostile statement says: a script tag and an image whose onerror would run. */
export const HOSTILE_MARKUP = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

export const TALKS_PROPOSED: FixtureInput = {
  title: 'Morrandt proposes ferry talks in Saltreach',
  date: '2026-02-02',
  outlet: 'Tarrow Gazette',
  url: 'https://tarrow-gazette.example/2026/02/02/ferry-talks',
  text:
    'Veska Morrandt, the foreign minister of Estrelle, said on Monday that talks between Estrelle and Dunmore in Saltreach are necessary to end the ferry dispute. ' +
    '"We welcome any meeting that brings the ferries back," Morrandt told reporters.\n\n' +
    'Harlan Quibe, a spokesman for the Dunmore Port Authority, said he does not believe that the talks will lead to a breakthrough.',
}

export const TALKS_BEGAN: FixtureInput = {
  title: 'Ferry talks begin in Saltreach',
  date: '2026-02-16',
  outlet: 'Quillmere Wire',
  text:
    'Talks between Estrelle and Dunmore began in Saltreach on Monday. ' +
    'Veska Morrandt said that the first day of the talks in Saltreach had been constructive and that Harlan Quibe had made a fair offer.\n\n' +
    'Ottilie Brask, the mayor of Saltreach, said she opposes any deal that closes the old ferry pier. ' +
    '"Morrandt must not trade away our pier," Brask said.',
}

export const TALKS_ENDED: FixtureInput = {
  title: 'Saltreach talks end with a ferry deal',
  date: '2026-03-02',
  outlet: 'Tarrow Gazette',
  text:
    'The talks between Estrelle and Dunmore in Saltreach ended on Friday with an agreement to restore the ferry line. ' +
    'Veska Morrandt said that the agreement was a victory for both sides and that Ottilie Brask would have her pier.\n\n' +
    'Harlan Quibe said that the notice posted at the pier read ' +
    HOSTILE_MARKUP +
    ' and that nobody knew who wrote it.',
}

export const WEB_FIXTURES: readonly FixtureInput[] = [TALKS_PROPOSED, TALKS_BEGAN, TALKS_ENDED]
