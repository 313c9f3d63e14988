import { copyFile, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { historyOf } from '../domain/commitmentQuery'
import { openStore } from '../store/store'
import { storePaths } from '../store/paths'
import { fixedClock, tempDir } from '../test-support/tempDir'
import { CURRENT_SCHEMA_VERSION } from './index'

const fixture = new URL('../store/fixtures/v2-recurring.json', import.meta.url).pathname

describe('upgrading a version 2 file to version 3', () => {
  it('gives recurring deadlines their first occurrence as due date, and every update no occurrence', async () => {
    const dir = await tempDir()
    await copyFile(fixture, storePaths(dir).dataFile)
    const outcome = await openStore({ dataDir: dir, now: fixedClock('2026-11-28T10:00:00.000Z') })
    if (outcome.kind !== 'ready') throw new Error(JSON.stringify(outcome.reason))
    const { data } = outcome.store
    const byClause = new Map(data.commitments.map((c) => [c.clause, c]))
    // The document is dated 9 August 2024: each year's occurrence falls on 31 December from 2024,
    // each quarter's on the quarter's last day from the third quarter of 2024.
    expect(byClause.get('п. 1.2')!.deadline).toEqual({
      words: 'ежегодно, до 2027 года',
      rule: { kind: 'recurring', frequency: 'annually', until: '2027-12-31', first: null },
      dueDate: '2024-12-31',
    })
    expect(byClause.get('п. 1.3')!.deadline.dueDate).toBe('2024-09-30')
    // A series that ended before its first occurrence has none.
    expect(byClause.get('п. 1.4')!.deadline.dueDate).toBeNull()
    // Other deadlines are untouched.
    expect(byClause.get('п. 1.1')!.deadline).toEqual({ words: 'IV квартал 2025 г.', rule: { kind: 'quarter', year: 2025, quarter: 4 }, dueDate: '2025-12-31' })
    expect(data.statusUpdates.map((u) => u.occurrence)).toEqual([null, null])
    // A completion recorded before occurrences existed keeps meaning what it meant: done.
    expect(historyOf(data, byClause.get('п. 1.2')!.id).status).toBe('completed')

    const written = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8'))
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(written.data.commitments[1].deadline.rule.first).toBeNull()
  })
})
