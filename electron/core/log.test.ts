import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from './clock'
import { buildDemoData } from './demo/demoData'
import { Desk } from './desk'
import { noShell } from './ops/handlers/context'
import { unwrap as value } from './ops/errors'
import { storePaths } from './store/paths'
import { tempDir } from './test-support/tempDir'

describe('the log', () => {
  it('keeps start-up, recovery, refused files and internal errors with their stacks, and no record content', async () => {
    const dir = await tempDir()
    const outside = await tempDir()
    const secret = 'Секретная формулировка «совершенно»'
    const shell = {
      ...noShell,
      chooseSavePath: async () => join(outside, 'brief.pdf'),
      chooseFiles: async () => [join(outside, 'gone.xlsx')],
      briefPdf: async () => {
        throw new Error(`layout failed on "${secret}"`)
      },
    }
    const first = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell, log: true })
    value(await first.dispatch('loadDemo', {}))
    const meeting = buildDemoData().meetings[0]!
    const brief = value<{ id: string }>(await first.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    expect(await first.dispatch('saveBriefPdf', { id: brief.id, version: null })).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(await first.dispatch('openImportFile', {})).toMatchObject({ ok: false, error: { code: 'file_refused' } })
    await first.idle()

    // A damaged data file on the next start: set aside, and the day's backup opened.
    await writeFile(storePaths(dir).dataFile, `{"schemaVersion":2,"data":{"secret":"${secret}"`)
    const second = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell, log: true })
    expect(second.status().notices).toHaveLength(1)
    expect(second.status().logFile).toBe(join(dir, 'logs', 'delegation-desk.log'))

    const log = await readFile(join(dir, 'logs', 'delegation-desk.log'), 'utf-8')
    expect(log).toMatch(/Delegation Desk core started/)
    expect(log).toMatch(/opened the data file|no data file: first run/)
    expect(log).toMatch(/saveBriefPdf failed: Error: layout failed on "…"\n\s+at /)
    expect(log).toMatch(/openImportFile refused a file: validation\.file\.missing/)
    expect(log).toMatch(/the data file is not usable \(not_json\); kept as .*delegation-desk\.damaged-/)
    expect(log).toMatch(/recovered from backup/)
    // Nothing the user wrote: not the error's quoted text, no record's words.
    const demo = buildDemoData()
    const words = [secret, 'gone.xlsx', ...demo.commitments.slice(0, 10).map((c) => c.text.slice(0, 30)), ...demo.people.map((p) => p.name.ru), ...demo.organisations.slice(0, 10).map((o) => o.name.ru)]
    for (const word of words) expect(log, word).not.toContain(word)
  })

  it('is not written where no host asked for it', async () => {
    const dir = await tempDir()
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    value(await desk.dispatch('startEmpty', {}))
    expect(await readdir(dir)).not.toContain('logs')
  })
})
