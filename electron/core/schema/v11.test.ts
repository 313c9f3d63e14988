// Upgrading to version 11: every brief gets an empty set of translations and nothing else
// changes; version 10 refuses a brief that has any (an older app must say "newer version").
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { CURRENT_SCHEMA_VERSION, DeskData } from './index'
import { DeskDataV10 } from './v10'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

describe('a version 10 file, upgraded to version 11', () => {
  it('is the same data with no brief translated, and valid', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(11)
    const v10 = migrate(2, (await v2()).data, { ...migrationChain, target: 10 }) as { briefs: Record<string, unknown>[] }
    expect(v10.briefs.length).toBeGreaterThan(0)
    const before = structuredClone(v10)
    const upgraded = migrate(10, v10, migrationChain) as typeof v10
    expect(upgraded).toEqual({ ...before, briefs: before.briefs.map((b) => ({ ...b, translations: {} })) })
    const data = DeskData.parse(upgraded)
    expect(data.briefs.every((b) => Object.keys(b.translations).length === 0)).toBe(true)
  })

  it('has briefs version 10 cannot read once one is translated', async () => {
    const data = DeskData.parse(migrate(2, (await v2()).data, migrationChain))
    const [brief] = data.briefs
    const translated = { ...data, briefs: [{ ...brief!, translations: { kk: { title: 'Кездесуге арналған материалдар' } } }] }
    expect(DeskData.safeParse(translated).success).toBe(true)
    expect(DeskDataV10.safeParse(translated).error!.issues.map((i) => i.path.join('.'))).toEqual(['briefs.0'])
  })
})
