// Text search that ignores case and treats ё as е (and Ё as Е), in Russian and English alike.

/** The form both the text and the query are compared in. */
export function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').normalize('NFC')
}

/** The query's words, folded; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,;]+/)
    .filter((w) => w.length > 0)
}

/** True when every word occurs in the folded haystack. */
export const matchesAll = (foldedHaystack: string, words: string[]) => words.every((w) => foldedHaystack.includes(w))
