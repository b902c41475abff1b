// Pronouns, and the nouns that stand as listeners, by the part rules give them:
// lexicon/<lang>/pronouns.json (its `_comment` explains each field), as sets built once.

import english from './en/pronouns.json' with { type: 'json' }

/** Lower case. */
export interface PronounLexicon {
  /** Pronouns that stand as a subject: the source after an opening adverbial ("In an interview he said"). */
  readonly subject: ReadonlySet<string>
  /** A source of just this word refers to the name before it: "Smith, who said …". */
  readonly relative: ReadonlySet<string>
  /** A man's pronouns. */
  readonly male: ReadonlySet<string>
  /** A woman's pronouns. */
  readonly female: ReadonlySet<string>
  /** Subject pronouns of no one person ("they", "we"): no speaker is named. */
  readonly group: ReadonlySet<string>
  /** Those that may take up an organisation that spoke just before: "it", "they". */
  readonly impersonal: ReadonlySet<string>
  /** The speaker's own or the listener's pronouns ("I", "you"): no speaker is named. */
  readonly interlocutors: ReadonlySet<string>
  /** The object of a cue such as "told", skipped before the content: "told reporters that …". */
  readonly listeners: ReadonlySet<string>
  /** A noun-like cue form after one of these is a verb: "he claims", "which reports". */
  readonly verbSubjects: ReadonlySet<string>
  /** What the cue classifier's token shape "pron" covers; the trained weights depend on it. */
  readonly classifierPronouns: ReadonlySet<string>
}

interface RawPronounLexicon {
  subject: string[]
  relative: string[]
  male: string[]
  female: string[]
  group: string[]
  impersonal: string[]
  interlocutors: string[]
  listeners: string[]
  verbSubjects: string[]
  classifierPronouns: string[]
}

function pronounLexicon(raw: RawPronounLexicon): PronounLexicon {
  return {
    subject: new Set(raw.subject),
    relative: new Set(raw.relative),
    male: new Set(raw.male),
    female: new Set(raw.female),
    group: new Set(raw.group),
    impersonal: new Set(raw.impersonal),
    interlocutors: new Set(raw.interlocutors),
    listeners: new Set(raw.listeners),
    verbSubjects: new Set(raw.verbSubjects),
    classifierPronouns: new Set(raw.classifierPronouns),
  }
}

export const englishPronouns: PronounLexicon = pronounLexicon(english)
