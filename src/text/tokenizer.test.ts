import { describe, expect, it } from 'vitest'
import { Gap, TokenKind, tokenAt, tokenize, tokenText, type Tokens } from './tokenizer.js'

// Expectations pin the tokenizer's behaviour on news text. Each token is written `kind:text`:
// w Word, n Number, p Punct, q Quote, u Url, i Initialism. Gaps are one digit a token:
// 0 None, 1 Space, 2 Newline, 3 Paragraph.
const LETTER: Record<number, string> = {
  [TokenKind.Word]: 'w',
  [TokenKind.Number]: 'n',
  [TokenKind.Punct]: 'p',
  [TokenKind.Quote]: 'q',
  [TokenKind.Url]: 'u',
  [TokenKind.Initialism]: 'i',
}

function render(text: string): string[] {
  const t = tokenize(text)
  return Array.from({ length: t.count }, (_, i) => `${LETTER[t.kinds[i]!]}:${tokenText(t, i)}`)
}

const gapsOf = (text: string): string => Array.from(tokenize(text).gaps).join('')

describe('tokenize: hard news text', () => {
  const text =
    'Mr. Smith’s U.S. visit on Sept. 11, 2001 cost $3.5 million (see https://x.com/a?b=1). ' +
    '"It\'s great," he said... didn\'t co-op 45% «Да»'

  it('splits words, numbers, initialisms, URLs, quotes and punctuation', () => {
    expect(render(text)).toEqual([
      'w:Mr', 'p:.', 'w:Smith', 'w:’s', 'i:U.S.', 'w:visit', 'w:on', 'w:Sept', 'p:.', 'n:11', 'p:,',
      'n:2001', 'w:cost', 'n:$3.5', 'w:million', 'p:(', 'w:see', 'u:https://x.com/a?b=1', 'p:)', 'p:.',
      'q:"', 'w:It', "w:'s", 'w:great', 'p:,', 'q:"', 'w:he', 'w:said', 'p:...', "w:didn't", 'w:co-op',
      'n:45%', 'q:«', 'w:Да', 'q:»',
    ])
  })

  it('records the gap before each token', () => {
    expect(gapsOf(text)).toBe('00101111010111110100100100110111100')
  })

  it('keeps offsets in UTF-16 units into the unchanged text', () => {
    const t = tokenize(text)
    expect(t.text).toBe(text)
    expect(t.starts.length).toBe(t.count)
    expect(t.ends.length).toBe(t.count)
    expect(t.kinds.length).toBe(t.count)
    expect(t.gaps.length).toBe(t.count)
    expect([t.starts[4], t.ends[4]]).toEqual([12, 16]) // U.S.
  })
})

describe('tokenize: words', () => {
  it('splits a possessive off its word, straight or curly, any case', () => {
    expect(render("Clinton’s aides met Obama's staff; it's He'S x's")).toEqual([
      'w:Clinton', 'w:’s', 'w:aides', 'w:met', 'w:Obama', "w:'s", 'w:staff', 'p:;',
      'w:it', "w:'s", 'w:He', "w:'S", 'w:x', "w:'s",
    ])
  })

  it('leaves a plural possessive apostrophe as a quote mark', () => {
    expect(render("the students' votes; Mr. Jones' car")).toEqual([
      'w:the', 'w:students', "q:'", 'w:votes', 'p:;', 'w:Mr', 'p:.', 'w:Jones', "q:'", 'w:car',
    ])
  })

  it('keeps inner apostrophes and hyphens, splits on a double hyphen and dashes', () => {
    expect(render("didn't rock'n'roll co-op well--known a—b a–b x‐y")).toEqual([
      "w:didn't", "w:rock'n'roll", 'w:co-op', 'w:well', 'p:--', 'w:known',
      'w:a', 'p:—', 'w:b', 'w:a', 'p:–', 'w:b', 'w:x‐y',
    ])
  })

  it('reads Cyrillic and accented Latin words whole', () => {
    expect(render('Türkiye, Песков, Київ, Zoë naïve São Paulo Ærø Łódź')).toEqual([
      'w:Türkiye', 'p:,', 'w:Песков', 'p:,', 'w:Київ', 'p:,', 'w:Zoë', 'w:naïve', 'w:São', 'w:Paulo', 'w:Ærø', 'w:Łódź',
    ])
  })

  it('keeps Ukrainian apostrophes inside words', () => {
    expect(render("п’ять пʼять сім’я м'ясо")).toEqual(["w:п’ять", 'w:пʼять', 'w:сім’я', "w:м'ясо"])
  })

  it('keeps combining marks with their letters', () => {
    expect(render('e\u0301clair cafe\u0301 \u0301x Cafe\u0301’s')).toEqual([
      'w:e\u0301clair', 'w:cafe\u0301', 'w:\u0301x', 'w:Cafe\u0301', 'w:’s',
    ])
  })

  it('joins letters and digits, but a leading digit starts a number', () => {
    expect(render('G7 COVID-19 F-16 4x4 19th-century')).toEqual([
      'w:G7', 'w:COVID-19', 'w:F-16', 'n:4', 'w:x4', 'n:19th', 'p:-', 'w:century',
    ])
  })
})

describe('tokenize: initialisms', () => {
  it('reads dotted initialisms with their final period', () => {
    expect(render('e.g. i.e. J.R.R. Tolkien a.m. p.m. U.S.A. U.S.-led')).toEqual([
      'i:e.g.', 'i:i.e.', 'i:J.R.R.', 'w:Tolkien', 'i:a.m.', 'i:p.m.', 'i:U.S.A.', 'i:U.S.', 'p:-', 'w:led',
    ])
  })

  it('needs two letter-period pairs', () => {
    expect(render('U.S Ph.D. No. 5')).toEqual(['w:U', 'p:.', 'w:S', 'w:Ph.D', 'p:.', 'w:No', 'p:.', 'n:5'])
  })

  // Changed on purpose: the regex tokenizer read "U.S.’s" as U.S. + quote ’ + word s, which left a
  // stray closing single quote for the quotation finder.
  it('splits a possessive off an initialism', () => {
    expect(render("U.S.’s e.v.’s E.U.'s U.S.'sa")).toEqual([
      'i:U.S.', 'w:’s', 'i:e.v.', 'w:’s', 'i:E.U.', "w:'s", 'i:U.S.', "q:'", 'w:sa',
    ])
    expect(gapsOf("the U.S.’s role")).toBe('0101')
  })
})

describe('tokenize: numbers', () => {
  it('reads separators, percentages, ordinals, decades and currencies', () => {
    expect(render('11, 2001 9:30 1,000,000 3.5% 45% 21st 2nd 3rd 4th 1990s $3.5 €5 £3,50 ₽100')).toEqual([
      'n:11', 'p:,', 'n:2001', 'n:9:30', 'n:1,000,000', 'n:3.5%', 'n:45%', 'n:21st', 'n:2nd', 'n:3rd',
      'n:4th', 'n:1990s', 'n:$3.5', 'n:€5', 'n:£3,50', 'n:₽100',
    ])
  })

  it('leaves a trailing period or a bare currency sign as punctuation', () => {
    expect(render('in 2001. $ $$3 .5 10sth')).toEqual([
      'w:in', 'n:2001', 'p:.', 'p:$', 'p:$', 'n:$3', 'p:.', 'n:5', 'n:10st', 'w:h',
    ])
  })
})

describe('tokenize: emails and URLs', () => {
  it('reads an email address as one Url token', () => {
    expect(render('Mail john.doe+news@example.co.uk. or a_b@mail-x.org, not a@b, and .x@y.z')).toEqual([
      'w:Mail', 'u:john.doe+news@example.co.uk', 'p:.', 'w:or', 'u:a_b@mail-x.org', 'p:,',
      'w:not', 'w:a', 'p:@', 'w:b', 'p:,', 'w:and', 'u:.x@y.z',
    ])
  })

  it('reads local parts with underscores, plus signs, hyphens and digits', () => {
    expect(render('first-last@x.org, abc_def@x.com a+b@x.com 2024@x.io')).toEqual([
      'u:first-last@x.org', 'p:,', 'u:abc_def@x.com', 'u:a+b@x.com', 'u:2024@x.io',
    ])
  })

  it('leaves a non-ASCII local part out of an email', () => {
    expect(render('café@x.com 1st@x.com')).toEqual(['w:café', 'p:@', 'w:x', 'p:.', 'w:com', 'u:1st@x.com'])
  })

  it('excludes trailing punctuation from a URL', () => {
    expect(render('https://x.com/a?b=1). (https://x.com/b) www.example.com/path, http://a.b/c?d=(1).')).toEqual([
      'u:https://x.com/a?b=1', 'p:)', 'p:.', 'p:(', 'u:https://x.com/b', 'p:)', 'u:www.example.com/path', 'p:,',
      'u:http://a.b/c?d=(1', 'p:)', 'p:.',
    ])
  })

  it('stops a URL at spaces, angle brackets and quote marks', () => {
    expect(render('<http://a.bc> “https://x.com/q” https://x.com/’ https://x.com/p\u00a0x')).toEqual([
      'p:<', 'u:http://a.bc', 'p:>', 'q:“', 'u:https://x.com/q', 'q:”', 'u:https://x.com/', 'q:’',
      'u:https://x.com/p', 'w:x',
    ])
  })

  it('needs a lower-case scheme and a body of two characters', () => {
    expect(render('http:// www.a www.ab HTTP://X.COM')).toEqual([
      'w:http', 'p::', 'p:/', 'p:/', 'w:www', 'p:.', 'w:a', 'u:www.ab',
      'w:HTTP', 'p::', 'p:/', 'p:/', 'w:X', 'p:.', 'w:COM',
    ])
  })
})

describe('tokenize: quotes and punctuation', () => {
  it('reads curly, straight, low and guillemet quote marks one by one, and doubled typewriter marks as one', () => {
    expect(render("He said: “Yes” — ‘no’ „ja“ ‟x” ‹oui› «non» ``tex'' 'single'")).toEqual([
      'w:He', 'w:said', 'p::', 'q:“', 'w:Yes', 'q:”', 'p:—', 'q:‘', 'w:no', 'q:’', 'q:„', 'w:ja', 'q:“',
      'q:‟', 'w:x', 'q:”', 'q:‹', 'w:oui', 'q:›', 'q:«', 'w:non', 'q:»', 'q:``', 'w:tex', "q:''",
      "q:'", 'w:single', "q:'",
    ])
  })

  it('reads an ellipsis and a double hyphen as one Punct token', () => {
    expect(render('and... then… wait -- ok ---- ....')).toEqual([
      'w:and', 'p:...', 'w:then', 'p:…', 'w:wait', 'p:--', 'w:ok', 'p:--', 'p:--', 'p:...', 'p:.',
    ])
  })
})

describe('tokenize: astral characters and surrogates', () => {
  it('never splits a surrogate pair', () => {
    const t = tokenize('I 😀 you')
    expect(render('I 😀 you')).toEqual(['w:I', 'p:😀', 'w:you'])
    expect(t.ends[1]! - t.starts[1]!).toBe(2)
  })

  it('reads each code point of an emoji sequence as its own Punct token', () => {
    expect(render('👍🏽 🇺🇸 👨‍👩‍👧')).toEqual(['p:👍', 'p:🏽', 'p:🇺', 'p:🇸', 'p:👨', 'p:\u200d', 'p:👩', 'p:\u200d', 'p:👧'])
  })

  it('reads astral letters as letters', () => {
    expect(render('ok 𝐀𝐁 𝐀.𝐁.')).toEqual(['w:ok', 'w:𝐀𝐁', 'i:𝐀.𝐁.'])
  })

  it('reads a lone surrogate as one Punct unit', () => {
    expect(render('\ud800x \udc00y')).toEqual(['p:\ud800', 'w:x', 'p:\udc00', 'w:y'])
  })
})

describe('tokenize: gaps', () => {
  it('tells spaces, line breaks and paragraph breaks apart', () => {
    const text = 'a b\nc\n\nd\r\ne\r\n\r\nf\t \u00a0g \n \n h'
    expect(render(text)).toEqual(['w:a', 'w:b', 'w:c', 'w:d', 'w:e', 'w:f', 'w:g', 'w:h'])
    expect(Array.from(tokenize(text).gaps)).toEqual([
      Gap.None, Gap.Space, Gap.Newline, Gap.Paragraph, Gap.Newline, Gap.Paragraph, Gap.Space, Gap.Paragraph,
    ])
  })

  it('counts Unicode spaces as spaces, but not a zero-width space', () => {
    expect(render('a\r\n\r\nb\u2028c\u00a0d\ufeffe\u200bf')).toEqual(['w:a', 'w:b', 'w:c', 'w:d', 'w:e', 'p:\u200b', 'w:f'])
    expect(gapsOf('a\r\n\r\nb\u2028c\u00a0d\ufeffe\u200bf')).toBe('0311100')
  })

  it('returns no tokens for an empty or blank text', () => {
    for (const text of ['', '   ', '\n\n  ', '\u00a0\t']) {
      const t = tokenize(text)
      expect(t.count).toBe(0)
      expect(t.starts.length).toBe(0)
    }
  })
})

describe('tokenize: long texts', () => {
  it('grows its arrays past the first estimate', () => {
    const text = 'a,'.repeat(5000) // a token a character: four times the first estimate
    const t = tokenize(text)
    expect(t.count).toBe(10000)
    expect(tokenText(t, 9999)).toBe(',')
    expect(t.starts[9998]).toBe(9998)
  })

  it('covers every non-space character with exactly one token, in order', () => {
    const text = 'Mr. Smith’s U.S. visit cost $3.5 million (https://x.com). “Да,” he said… 😀 co-op\n\nПесков.'.repeat(50)
    const t = tokenize(text)
    let pos = 0
    for (let i = 0; i < t.count; i++) {
      expect(text.slice(pos, t.starts[i]).trim()).toBe('')
      expect(t.ends[i]!).toBeGreaterThan(t.starts[i]!)
      pos = t.ends[i]!
    }
    expect(text.slice(pos).trim()).toBe('')
  })
})

describe('tokenText and tokenAt', () => {
  const t: Tokens = tokenize('Peskov said: “necessary.”')

  it('reads a token’s text', () => {
    expect([0, 1, 2, 3, 4].map((i) => tokenText(t, i))).toEqual(['Peskov', 'said', ':', '“', 'necessary'])
  })

  it('finds the first token ending after an offset', () => {
    expect(tokenAt(t, 0)).toBe(0)
    expect(tokenAt(t, 5)).toBe(0)
    expect(tokenAt(t, 6)).toBe(1) // the space after "Peskov" belongs to the next token's search
    expect(tokenAt(t, 7)).toBe(1)
    expect(tokenAt(t, 11)).toBe(2)
    expect(tokenAt(t, 14)).toBe(4)
    expect(tokenAt(t, 25)).toBe(t.count)
    expect(tokenAt(t, 1000)).toBe(t.count)
  })

  it('returns 0 on no tokens', () => {
    expect(tokenAt(tokenize(''), 0)).toBe(0)
  })
})
