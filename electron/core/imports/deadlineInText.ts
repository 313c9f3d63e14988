// The deadline inside a clause of running text — "Поручают… разработать программу до конца
// 2027 года" — for pasted statements, which have no deadline column. Around each year or date in
// the text, the longest run of words the deadline parser reads with certainty is taken; a
// standing phrase ("ежегодно", "на постоянной основе") counts too. '' when there is none.
import { parseDeadlinePhrase, type DeadlinePhraseContext } from '../domain/deadlinePhrase'

/** A year (1990–2099), a dd.mm.yyyy date, or a range of years, with what usually follows them. */
const ANCHOR = /(?:\d{1,2}\.\d{1,2}\.\d{4}|\b(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?)(?:\s*(?:гг?\.|годах|годов|году|года|год))?/giu
const STANDING = /(?:ежегодно|ежеквартально|ежемесячно|на постоянной основе|постоянно|annually|quarterly|monthly|on an ongoing basis)/iu
/** How far back from a year a phrase may start: "не позднее 1 марта 2027" is four words before it. */
const WORDS_BEFORE = 6

export function deadlineInText(text: string, context: DeadlinePhraseContext): string {
  for (const match of text.matchAll(ANCHOR)) {
    const end = match.index + match[0].length
    const before = text.slice(0, match.index).split(/\s+/).filter((w) => w !== '')
    // Longest first: "до конца 2027 года" rather than "2027 года".
    for (let take = Math.min(WORDS_BEFORE, before.length); take >= 0; take--) {
      const phrase = [...before.slice(before.length - take), text.slice(match.index, end)].join(' ').replace(/^[,;:(«"]+/, '')
      if (parseDeadlinePhrase(phrase, context).ok) return phrase
    }
  }
  return STANDING.exec(text)?.[0] ?? ''
}
