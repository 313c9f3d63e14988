// Text search that ignores case and the letters people type in place of others: ё as е, the
// letters Kazakh adds to Cyrillic as the Russian ones they are typed as on a Russian keyboard
// (ә а, ғ г, қ к, ң н, ө о, ұ ү у, һ х, і и), and Uzbek's oʻ, gʻ and tutuq in any of the
// apostrophes they are written with (oʻ o' o` o‘ o’ all as o) — in every language alike.
import { TEXT_LANGUAGES, type Texts } from '../schema'

const LETTERS: Record<string, string> = { ё: 'е', ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' }
const FOLDED = /[ёәғқңөұүһі]|[ʻʼ'`‘’]/g

/** The form both the text and the query are compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(FOLDED, (c) => LETTERS[c] ?? '')
}

/** The query's words, folded; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,;]+/)
    .filter((w) => w.length > 0)
}

/** True when every word occurs in the folded haystack. */
export const matchesAll = (foldedHaystack: string, words: string[]) => words.every((w) => foldedHaystack.includes(w))

/** A record's text in every language it is kept in: people search for a name as they know it, in whichever of the four. */
export const everyLanguage = (text: Texts): string[] => TEXT_LANGUAGES.map((l) => text[l] ?? '').filter((t) => t !== '')
