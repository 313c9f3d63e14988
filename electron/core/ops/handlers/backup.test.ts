import { strToU8, zipSync } from 'fflate'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { DeskData, Document } from '../../schema'
import { listBackups } from '../../store/backups'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { Restored } from '../contracts/backup'
import { unwrap as value } from '../errors'
import type { SavedFile } from '../views'
import type { CoreEvent } from '../../process/protocol'
import { noShell } from './context'

async function setup() {
  const dir = await tempDir()
  const outside = await tempDir()
  const chosen: string[] = []
  const saved: string[] = []
  const shell = { ...noShell, chooseFiles: async () => [chosen.shift()!], chooseSavePath: async () => saved.shift() ?? null }
  const events: CoreEvent[] = []
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell, onEvent: (e) => events.push(e) })
  value(await desk.dispatch('loadDemo', {}))
  const data = async () => JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk, dir, outside, chosen, saved, data, events }
}

describe('a full backup', () => {
  it('restores the data and the attached files exactly, after backing up what was there', async () => {
    const { desk, dir, outside, chosen, saved, data } = await setup()
    const source = join(outside, 'Протокол.pdf')
    await writeFile(source, '%PDF протокол')
    chosen.push(source)
    const document = (await data()).documents[0]!
    value<Document>(await desk.dispatch('addSourceFiles', { documentId: document.id }))
    const before = await data()

    const file = join(outside, 'backup.deskbackup')
    saved.push(file)
    expect(value<SavedFile>(await desk.dispatch('createFullBackup', { protection: { kind: 'plain' } }))).toEqual({ path: file })

    // Later: a country added, and the attached file lost from the data folder.
    value(await desk.dispatch('createCountry', { code: 'MN', name: { ru: 'Монголия', en: 'Mongolia' } }))
    const stored = before.documents.find((d) => d.id === document.id)!.sourceFiles[0]!
    await writeFile(join(dir, ...stored.storedPath.split('/')), 'overwritten')

    chosen.push(file)
    const restored = value<Restored>(await desk.dispatch('restoreFullBackup', {}))
    expect(await data()).toEqual(before)
    // The damaged attachment is whole again.
    expect(await readFile(join(dir, ...stored.storedPath.split('/')), 'utf-8')).toBe('%PDF протокол')
    const previous = await readFile(restored.previous!, 'utf-8')
    expect(JSON.parse(previous).data.countries.some((c: { code: string }) => c.code === 'MN')).toBe(true)
    expect((await listBackups(storePaths(dir))).some((b) => b.name.includes('pre-restore'))).toBe(true)
  })

  it('refuses a damaged, foreign or path-escaping file and changes nothing', async () => {
    const { desk, dir, outside, chosen, saved } = await setup()
    const good = join(outside, 'good.deskbackup')
    saved.push(good)
    value(await desk.dispatch('createFullBackup', { protection: { kind: 'plain' } }))
    const bytes = await readFile(good)
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')

    const cases: [string, Uint8Array][] = [
      ['cut.deskbackup', bytes.subarray(0, Math.floor(bytes.length / 2))],
      ['other.deskbackup', zipSync({ 'notes.txt': strToU8('hello') })],
      [
        'escape.deskbackup',
        zipSync({
          'manifest.json': strToU8(JSON.stringify({ format: 'delegation-desk-backup', formatVersion: 1, schemaVersion: 2, createdAt: '2026-11-28T00:00:00Z' })),
          'delegation-desk.json': strToU8(before),
          'files/../../evil.txt': strToU8('x'),
        }),
      ],
    ]
    for (const [name, content] of cases) {
      const path = join(outside, name)
      await writeFile(path, content)
      chosen.push(path)
      expect(await desk.dispatch('restoreFullBackup', {}), name).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name } } })
    }
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
    expect((await listBackups(storePaths(dir))).some((b) => b.name.includes('pre-restore'))).toBe(false)
  })

  it('tells the shell the settings changed when a restore brings another language, so the menu follows', async () => {
    const { desk, outside, chosen, saved, events } = await setup()
    value(await desk.dispatch('updateSettings', { language: 'en' }))
    const file = join(outside, 'english.deskbackup')
    saved.push(file)
    value(await desk.dispatch('createFullBackup', { protection: { kind: 'plain' } }))
    value(await desk.dispatch('updateSettings', { language: 'ru' }))
    events.length = 0
    chosen.push(file)
    value(await desk.dispatch('restoreFullBackup', {}))
    expect(events).toEqual([{ type: 'settings', settings: expect.objectContaining({ language: 'en' }) }])
  })
})
