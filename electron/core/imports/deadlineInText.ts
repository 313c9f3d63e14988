// The deadline inside a clause of running text — "Поручают… разработать программу до конца
// 2027 года", "…до следующей Консультативной встречи глав государств" — for pasted statements,
// which have no deadline column. Around each year or date in the text, the longest run of words
// the deadline parser reads with certainty is taken; "by the next meeting" and a standing phrase
// ("ежегодно", "на постоянной основе") count too; the earliest in the text wins. A year inside a
// quoted title («Центральная Азия – 2040») or joined to a name by a dash is no deadline.
// '' when there is none.
import { parseDeadlinePhrase, type DeadlinePhraseContext } from '../domain/deadlinePhrase'

/** A year (1990–2099), a dd.mm.yyyy date, or a range of years, with what usually follows them. */
const ANCHOR = /(?:\d{1,2}\.\d{1,2}\.\d{4}|\b(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?)(?:\s*(?:гг?\.|годах|годов|году|года|год))?/giu
const NEXT_MEETING =
  /(?:^|[\s,(])((?:до|к|ко|by|before|ahead of|prior to)\s+(?:the\s+)?(?:следующ|очередн|ближайш|next|following|upcoming)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:встреч|заседани|саммит|сесси|совещани|meeting|summit|session)\p{L}*)/giu
const STANDING = /(?:ежегодно|ежеквартально|ежемесячно|на постоянной основе|постоянно|по мере необходимости|annually|quarterly|monthly|on an ongoing basis|as appropriate|as needed)/iu
/** How far back from a year a phrase may start: "не позднее 1 марта 2027" is four words before it. */
const WORDS_BEFORE = 6
const QUOTED = /«[^»]*»|"[^"]*"|“[^”]*”/gu

export function deadlineInText(text: string, context: DeadlinePhraseContext): string {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const)
  const inQuotes = (at: number) => quoted.some(([from, to]) => at > from && at < to)
  const found: { at: number; phrase: string }[] = []
  for (const match of text.matchAll(ANCHOR)) {
    if (inQuotes(match.index)) continue
    const phrase = phraseAround(text, match.index, match.index + match[0].length, context)
    if (phrase) {
      found.push(phrase)
      break
    }
  }
  for (const match of text.matchAll(NEXT_MEETING)) {
    const phrase = match[1]!
    const at = match.index + match[0].length - phrase.length
    if (!inQuotes(at) && parseDeadlinePhrase(phrase, context).ok) {
      found.push({ at, phrase })
      break
    }
  }
  const standing = STANDING.exec(text)
  if (standing) found.push({ at: standing.index, phrase: standing[0] })
  return found.sort((a, b) => a.at - b.at)[0]?.phrase ?? ''
}

/** The longest run of words ending with the anchor that reads for sure: "до конца 2027 года" rather than "2027 года". */
function phraseAround(text: string, start: number, end: number, context: DeadlinePhraseContext): { at: number; phrase: string } | null {
  const before = text.slice(0, start).split(/\s+/).filter((w) => w !== '')
  for (let take = Math.min(WORDS_BEFORE, before.length); take >= 0; take--) {
    // A bare year after a dash belongs to a name ("Центральная Азия – 2040"), not to a deadline.
    if (take === 0 && /[–—-]\s*$/.test(text.slice(0, start))) return null
    const words = before.slice(before.length - take)
    const phrase = [...words, text.slice(start, end)].join(' ').replace(/^[,;:(«"]+/, '')
    if (parseDeadlinePhrase(phrase, context).ok) return { at: start - words.join(' ').length, phrase }
  }
  return null
}
