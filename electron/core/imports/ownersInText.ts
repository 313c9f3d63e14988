// The owners a clause of running text names — "Поручить министерствам иностранных дел Сторон
// совместно с министерствами энергетики подготовить…" — for pasted statements, which have no owners
// column. A name opens with an institution's word (министерство, агентство, комитет…, in any case
// and number) or an abbreviation ("МИД", "МТ РК"); the longest run of words from there that the
// registry knows is taken, so only organisations that exist are named. In the order they appear:
// the first is the lead, as in a table's cell.
import type { OrganisationIndex } from './owners'

const OPENING = /^(?:министерств|ведомств|агентств|комитет|госкомитет|служб|мин[а-яё]{3,}|ministr|agenc|committee|\p{Lu}{2,})/iu
/** How many words a name may run to: "Министерство водных ресурсов, сельского хозяйства и перерабатывающей промышленности Кыргызской Республики". */
const MAX_WORDS = 14

export function ownersInText(text: string, index: OrganisationIndex): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '')
  const found: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (!OPENING.test(words[i]!.replace(/^[«"(]+/, ''))) continue
    for (let take = Math.min(MAX_WORDS, words.length - i); take >= 1; take--) {
      const phrase = words
        .slice(i, i + take)
        .join(' ')
        .replace(/^[«"(]+|[»"),.;:]+$/g, '')
      if (index.findAll(phrase).length === 0) continue
      if (!found.includes(phrase)) found.push(phrase)
      i += take - 1
      break
    }
  }
  return found
}
