// A bilingual pack's own texts in its second language, through the core's operations on real
// files: the second column prints the translations, the first the texts as written; a
// translation goes with its text (deleted with it, carried with it into the next meeting's
// pack, part of what its section's clearance saw); a hostile one is refused and changes nothing.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { Desk } from '../desk'
import { unwrap as value } from '../ops/errors'
import { DeskData, MAX_LONG_TEXT, type Brief, type BriefDocument, type BriefInput, type BriefSection, type BriefTranslations } from '../schema'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { talkingPoint } from './defaults'
import { MARKING_KEY, TITLE_KEY, textKey, translationProgress } from './translations'

async function demo() {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
  value(await desk.dispatch('loadDemo', {}))
  const data = async () => DeskData.parse(JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data)
  const meeting = (await data()).meetings.find((m) => m.number === 6)!
  const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
  return { desk, data, meeting, brief }
}

const inputOf = ({ id: _i, createdAt: _c, updatedAt: _u, sample: _s, issued: _v, copies: _k, ...input }: Brief): BriefInput => input
type Of<K extends BriefSection['kind']> = Extract<BriefSection, { kind: K }>
const sectionOf = <K extends BriefSection['kind']>(brief: { sections: BriefSection[] }, kind: K) => brief.sections.find((s): s is Of<K> => s.kind === kind)!
const save = async (desk: Desk, id: string, input: BriefInput) => value<Brief>(await desk.dispatch('updateBrief', { id, input }))
const contentOf = async (desk: Desk, id: string) => value<BriefDocument>(await desk.dispatch('briefContent', { id, version: null }))
const blocksOf = (doc: { sections: BriefDocument['sections'] }, kind: BriefSection['kind']) => doc.sections.find((s) => s.kind === kind)!.blocks

/** The pack in Russian and Kazakh, its steering brief and logistics written in Russian. */
async function writtenPack() {
  const setup = await demo()
  const { desk, brief } = setup
  const point = talkingPoint('Транзит без задержек')
  const sections = brief.sections.map((s): BriefSection => {
    if (s.kind === 'steering') return { ...s, objectives: 'Закрепить договорённости.', keyMessages: [point, talkingPoint('Сроки реальны')], pressLine: 'Без комментариев.' }
    if (s.kind === 'logistics') return { ...s, body: 'Вылет в 14:20.' }
    return s
  })
  const saved = await save(desk, brief.id, { ...inputOf(brief), parallelLanguage: 'kk', sections })
  const steering = sectionOf(saved, 'steering')
  return { ...setup, saved, point, steering, logistics: sectionOf(saved, 'logistics') }
}

describe('a bilingual pack’s own texts', () => {
  it('are printed in their translations in the second column and as written in the first; an untranslated one is printed as written in both', async () => {
    const { desk, data, saved, point, steering, logistics } = await writtenPack()
    const translations: BriefTranslations = {
      kk: {
        [textKey(steering.id, 'objectives')]: 'Уағдаластықтарды бекіту.',
        [textKey(steering.id, point.id)]: 'Транзит кідіріссіз',
        [textKey(steering.id, 'title')]: 'Негізгі тезистер',
        [textKey(logistics.id, 'body')]: '14:20-да ұшу.',
        [TITLE_KEY]: 'Кездесуге арналған материалдар',
      },
    }
    const stored = await save(desk, saved.id, { ...inputOf(saved), translations })
    expect(stored.translations).toEqual(translations)
    const doc = await contentOf(desk, saved.id)
    expect(blocksOf(doc, 'steering')).toEqual([
      { type: 'heading', level: 3, text: 'Цели' },
      { type: 'paragraph', text: 'Закрепить договорённости.' },
      { type: 'heading', level: 3, text: 'Основные тезисы' },
      { type: 'bullets', items: ['Транзит без задержек', 'Сроки реальны'] },
      { type: 'heading', level: 3, text: 'Для прессы' },
      { type: 'paragraph', text: 'Без комментариев.' },
    ])
    const kk = doc.parallel!
    expect(kk.title).toBe('Кездесуге арналған материалдар')
    expect(kk.sections.find((s) => s.kind === 'steering')!.title).toBe('Негізгі тезистер')
    expect(blocksOf(kk, 'steering')).toEqual([
      { type: 'heading', level: 3, text: 'Мақсаттар' },
      { type: 'paragraph', text: 'Уағдаластықтарды бекіту.' },
      { type: 'heading', level: 3, text: 'Негізгі тезистер' },
      { type: 'bullets', items: ['Транзит кідіріссіз', 'Сроки реальны'] },
      { type: 'heading', level: 3, text: 'Баспасөз үшін' },
      { type: 'paragraph', text: 'Без комментариев.' },
    ])
    expect(blocksOf(kk, 'logistics')).toEqual([{ type: 'paragraph', text: '14:20-да ұшу.' }])
    // The author, still our organisation's name as the pack was made, is named as the registry names it in Kazakh.
    const all = await data()
    const ours = all.organisations.find((o) => o.id === all.settings.ourOrganisationId)!
    expect(ours.name.kk).toBeTruthy()
    expect(doc.cover).toContainEqual({ label: 'Подготовил', value: ours.name.ru })
    expect(kk.cover).toContainEqual({ label: 'Дайындаған', value: ours.name.kk })
    // The first column and its title as written.
    expect(doc.title).toBe(saved.title)
    expect(blocksOf(doc, 'logistics')).toEqual([{ type: 'paragraph', text: 'Вылет в 14:20.' }])
  })

  it('are kept per language: a second language switched to Uzbek starts untranslated, and switched back finds the Kazakh again', async () => {
    const { desk, saved, steering } = await writtenPack()
    const key = textKey(steering.id, 'objectives')
    const kazakh = await save(desk, saved.id, { ...inputOf(saved), translations: { kk: { [key]: 'Уағдаластықтарды бекіту.' } } })
    const uzbek = await save(desk, saved.id, { ...inputOf(kazakh), parallelLanguage: 'uz' })
    expect(blocksOf((await contentOf(desk, saved.id)).parallel!, 'steering')[1]).toEqual({ type: 'paragraph', text: 'Закрепить договорённости.' })
    await save(desk, saved.id, { ...inputOf(uzbek), parallelLanguage: 'kk' })
    expect(blocksOf((await contentOf(desk, saved.id)).parallel!, 'steering')[1]).toEqual({ type: 'paragraph', text: 'Уағдаластықтарды бекіту.' })
  })

  it('go with their texts: a deleted point’s translation and blank ones are not kept', async () => {
    const { desk, saved, point, steering } = await writtenPack()
    const kept = textKey(steering.id, 'objectives')
    const stored = await save(desk, saved.id, {
      ...inputOf(saved),
      sections: saved.sections.map((s) => (s.kind === 'steering' ? { ...s, keyMessages: s.keyMessages.filter((p) => p.id !== point.id) } : s)),
      translations: { kk: { [kept]: 'Уағдаластықтарды бекіту.', [textKey(steering.id, point.id)]: 'Транзит кідіріссіз', [textKey(steering.id, 'pressLine')]: '  ' }, uz: { [textKey(steering.id, 'pressLine')]: '' } },
    })
    expect(stored.translations).toEqual({ kk: { [kept]: 'Уағдаластықтарды бекіту.' } })
  })

  it('are part of what a section’s clearance saw: a changed translation sends it back to draft, unless the same save clears it again', async () => {
    const { desk, saved, steering, logistics } = await writtenPack()
    const cleared = { by: 'Департамент транспортной политики', on: '2026-11-25' }
    const key = textKey(steering.id, 'objectives')
    const withClearance = (brief: Brief, clearance: typeof cleared | null) => brief.sections.map((s) => (s.id === steering.id ? { ...s, clearance } : s))
    let stored = await save(desk, saved.id, { ...inputOf(saved), sections: withClearance(saved, cleared), translations: { kk: { [key]: 'Бекіту.' } } })
    expect(sectionOf(stored, 'steering').clearance).toEqual(cleared)
    // Another section's translation leaves this one cleared.
    stored = await save(desk, saved.id, { ...inputOf(stored), translations: { kk: { ...stored.translations.kk, [textKey(logistics.id, 'body')]: '14:20-да ұшу.' } } })
    expect(sectionOf(stored, 'steering').clearance).toEqual(cleared)
    stored = await save(desk, saved.id, { ...inputOf(stored), translations: { kk: { ...stored.translations.kk, [key]: 'Уағдаластықтарды бекіту.' } } })
    expect(sectionOf(stored, 'steering').clearance).toBeNull()
    const again = { ...cleared, on: '2026-11-28' }
    stored = await save(desk, saved.id, { ...inputOf(stored), sections: withClearance(stored, again), translations: { kk: { ...stored.translations.kk, [key]: 'Бекіту, қайта.' } } })
    expect(sectionOf(stored, 'steering').clearance).toEqual(again)
  })

  it('come along into the next meeting’s pack with the texts they translate', async () => {
    const { desk, data, saved, point, steering, logistics } = await writtenPack()
    await save(desk, saved.id, { ...inputOf(saved), translations: { kk: { [textKey(steering.id, point.id)]: 'Транзит кідіріссіз', [textKey(logistics.id, 'body')]: '14:20-да ұшу.', [MARKING_KEY]: 'Қызмет бабында' } } })
    const next = (await data()).meetings.find((m) => m.status === 'planned' && m.series.en.startsWith('Consultative'))!
    const following = value<Brief>(await desk.dispatch('createBrief', { meetingId: next.id, language: 'ru', fromBriefId: saved.id }))
    const carried = sectionOf(following, 'steering').keyMessages.find((p) => p.text === 'Транзит без задержек')!
    expect(following.translations).toEqual({ kk: { [textKey(sectionOf(following, 'steering').id, carried.id)]: 'Транзит кідіріссіз', [textKey(sectionOf(following, 'logistics').id, 'body')]: '14:20-да ұшу.', [MARKING_KEY]: 'Қызмет бабында' } })
    const doc = await contentOf(desk, following.id)
    expect(blocksOf(doc.parallel!, 'steering')).toContainEqual({ type: 'bullets', items: ['Транзит кідіріссіз (ауыстырылған)', 'Сроки реальны (ауыстырылған)'] })
  })

  it('are counted for the builder: the written texts translated, a default title, marking and author following the language by themselves', async () => {
    const { data, saved, meeting, steering } = await writtenPack()
    const all = await data()
    const ours = all.organisations.find((o) => o.id === all.settings.ourOrganisationId)!
    const names = { meeting: meeting.title, ours: ours.name }
    expect(saved.preparedBy).toBe(ours.name.ru)
    // The objectives, two points, the press line and the logistics.
    expect(translationProgress(saved, 'kk', names)).toEqual({ done: 0, of: 5 })
    const translations = { kk: { [textKey(steering.id, 'pressLine')]: 'Пікір жоқ.', [TITLE_KEY]: 'Материалдар' } }
    expect(translationProgress({ ...saved, translations }, 'kk', names)).toEqual({ done: 1, of: 5 })
    expect(translationProgress({ ...saved, title: 'Справка к встрече', principal: 'Министру', translations }, 'kk', names)).toEqual({ done: 2, of: 7 })
  })

  it('refuses a translation under a malformed key, of an unknown language or too long, and changes nothing', async () => {
    const { desk, data, saved, steering } = await writtenPack()
    const before = (await data()).briefs
    const key = textKey(steering.id, 'objectives')
    for (const translations of [{ kk: { '../../etc': 'x' } }, { fr: { [key]: 'Objectifs' } }, { kk: { [key]: 'ы'.repeat(MAX_LONG_TEXT + 1) } }, { kk: { [key]: 42 } }, { kk: 'Мақсаттар' }]) {
      const result = await desk.dispatch('updateBrief', { id: saved.id, input: { ...inputOf(saved), translations } })
      expect(result, JSON.stringify(translations).slice(0, 60)).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    }
    expect((await data()).briefs).toEqual(before)
  })
})
