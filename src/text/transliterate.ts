// Cyrillic to Latin, the way English-language news spells Russian and Ukrainian names (close to
// BGN/PCGN without diacritics): "Песков" → "Peskov", "Зеленський" → "Zelenskyy". Used to compare
// names across scripts, not to publish them.

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ь: '', ю: 'yu', я: 'ya', є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ʼ: '', '’': '',
}
// Where the two languages write the same letter for different sounds.
const RUSSIAN: Record<string, string> = { ...COMMON, г: 'g', и: 'i', ы: 'y', э: 'e' }
const UKRAINIAN: Record<string, string> = { ...COMMON, г: 'h', и: 'y', ы: 'y', э: 'e' }
// Letters only Ukrainian has.
const UKRAINIAN_ONLY = /[іїєґ]/i
// Ukrainian's national system writes these letters one way at the start of a word, another inside it.
const UKRAINIAN_INSIDE_WORD: Record<string, string> = { є: 'ie', ї: 'i', й: 'i', ю: 'iu', я: 'ia' }
const CYRILLIC = /[\u0400-\u04ff]/

/** Whether the text has a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text)
}

/**
 * Latin letters for the Cyrillic ones (case kept on the first letter); other characters as they
 * are. Ukrainian spelling when `lang` is 'uk' or the text has a letter only Ukrainian uses.
 */
export function transliterate(text: string, lang?: string): string {
  if (!CYRILLIC.test(text)) return text
  const table = lang === 'uk' || UKRAINIAN_ONLY.test(text) ? UKRAINIAN : RUSSIAN
  let out = ''
  let previous = ''
  for (const ch of text) {
    const lower = ch.toLowerCase()
    const insideWord = /\p{L}/u.test(previous)
    // The national system writes "зг" as "zgh", so that it is not read as "ж" ("Згорани" → "Zghorany").
    const afterZ = previous.toLowerCase() === 'з'
    previous = ch
    const latin = (table === UKRAINIAN && insideWord ? (lower === 'г' && afterZ ? 'gh' : UKRAINIAN_INSIDE_WORD[lower]) : undefined) ?? table[lower]
    if (latin === undefined) out += ch
    else out += ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin
  }
  return out
}
