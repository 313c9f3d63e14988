// Alphabetical order in the app's four languages. Russian and English are Intl's. Kazakh and Uzbek
// are not in Chromium's ICU, and so not in Electron's either: there Intl.Collator('kk') and
// Intl.Collator('uz') fall back to the root order, which puts Kazakh І before Й and Uzbek Oʻ, Gʻ,
// Sh and Ch among O, G, S and C. Their alphabets' order is therefore written out here. Pure: the
// core and the window both sort with it.
import type { InterfaceLanguage } from '../schema'

export type TextOrder = (a: string, b: string) => number

// The Kazakh Cyrillic alphabet in order, then the Latin letters (Kazakh puts its own script first).
const KAZAKH = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', ...'abcdefghijklmnopqrstuvwxyz']
// The Uzbek Latin alphabet in order, with C and W of foreign names where Latin has them: the
// letters written with an apostrophe and the two digraphs come after Z. Then the Cyrillic script
// Uzbek was written in until 1995, which names still come in.
const UZBEK = [...'abcdefghijklmnopqrstuvwxyz', 'oʻ', 'gʻ', 'sh', 'ch', ...'абвгғдеёжзийкқлмнопрстуўфхҳцчшщъыьэюя']
/** The marks people type for the turned comma of oʻ and gʻ. */
const TURNED_COMMA = /[ʻʼ‘’'`]/

// A unit's place: spaces and punctuation first, then numbers by value, the letters in the order above, any other letter.
const SPACE = 0
const NUMBER = 1
const LETTER = 2
const OTHER = 3

/** Sort weights of a text's units (digraphs count as one letter), in order. */
function weights(text: string, rank: Map<string, number>, digraphs: boolean): [number, number][] {
  const chars = [...text.normalize('NFC').toLowerCase()]
  const out: [number, number][] = []
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (/\d/.test(c)) {
      let digits = c
      while (i + 1 < chars.length && /\d/.test(chars[i + 1]!)) digits += chars[++i]
      out.push([NUMBER, Number(digits)])
      continue
    }
    const next = chars[i + 1] ?? ''
    if (digraphs && (c === 'o' || c === 'g') && TURNED_COMMA.test(next)) {
      out.push([LETTER, rank.get(`${c}ʻ`)!])
      i++
      continue
    }
    if (digraphs && (c === 's' || c === 'c') && next === 'h') {
      out.push([LETTER, rank.get(`${c}h`)!])
      i++
      continue
    }
    const place = rank.get(c)
    if (place !== undefined) out.push([LETTER, place])
    else if (/\p{L}/u.test(c)) out.push([OTHER, c.codePointAt(0)!])
    else out.push([SPACE, c.codePointAt(0)!])
  }
  return out
}

function alphabetOrder(alphabet: string[], digraphs: boolean, tieBreak: Intl.Collator): TextOrder {
  const rank = new Map(alphabet.map((letter, i) => [letter, i]))
  return (a, b) => {
    const x = weights(a, rank, digraphs)
    const y = weights(b, rank, digraphs)
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const [kx, vx] = x[i]!
      const [ky, vy] = y[i]!
      if (kx !== ky) return kx - ky
      if (vx !== vy) return vx - vy
    }
    // Equal letter for letter: a shorter text first, then case and marks as Intl orders them.
    return x.length - y.length || tieBreak.compare(a, b)
  }
}

/** How texts are put in alphabetical order in `language`: numbers by value, case and ё/е aside. */
export function textOrder(language: InterfaceLanguage): TextOrder {
  const options: Intl.CollatorOptions = { numeric: true, sensitivity: 'base' }
  if (language === 'kk') return alphabetOrder(KAZAKH, false, new Intl.Collator('ru', options))
  if (language === 'uz') return alphabetOrder(UZBEK, true, new Intl.Collator('en', options))
  return new Intl.Collator(language, options).compare
}
