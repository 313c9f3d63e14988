// What a caller, a chosen file or a full disk can cause is refused at the boundary in words, and
// changes nothing: references that point at nothing, unknown fields, paths that leave the data
// folder, files gone or folders chosen, and a disk with no room.
import { strToU8, zipSync } from 'fflate'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import { CURRENT_SCHEMA_VERSION, type Brief, type DeskData, type Document, type Meeting } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import { isRoot, mountTinyDisk, NEEDS_ROOT, type TinyDisk } from '../../test-support/tinyDisk'
import { unwrap as value } from '../errors'
import { noShell, type ShellServices } from './context'

async function demo(shell: Partial<ShellServices> = {}, dir?: string) {
  const dataDir = dir ?? (await tempDir())
  const desk = await Desk.open({ dataDir, clock: clockFrom('2026-11-28'), shell: { ...noShell, ...shell } })
  value(await desk.dispatch('loadDemo', {}))
  const file = () => readFile(storePaths(dataDir).dataFile, 'utf-8')
  const data = async () => JSON.parse(await file()).data as DeskData
  return { desk, dir: dataDir, file, data }
}

describe('texts in other languages', () => {
  it('are refused at the boundary when too long, in a language not kept, or blank in all four, and change nothing', async () => {
    const { desk, file } = await demo()
    const before = await file()
    const organisation = (name: Record<string, string>, shortName: Record<string, string> = { ru: '', en: '' }) => ({ name, shortName, kind: 'ministry', countryId: null, parentId: null })
    const issues = async (args: unknown) => {
      const result = await desk.dispatch('createOrganisation', args)
      return result.ok ? [] : result.error.issues.map((i) => [i.path, i.message])
    }
    expect(await issues(organisation({ ru: '', en: '', kk: 'ы'.repeat(501) }))).toEqual([['name.kk', expect.stringMatching(/500/)]])
    expect((await issues(organisation({ ru: 'Министерство', en: '' }, { ru: '', en: '', ky: 'Министрлиги' }))).map(([path]) => path)).toEqual(['shortName'])
    expect(await issues(organisation({ ru: ' ', en: '', kk: '', uz: ' ' }))).toEqual([['name', 'validation.localTextRequired']])
    expect(await issues(organisation({ ru: 'Министерство', en: '', uz: 7 as unknown as string }))).toEqual([['name.uz', expect.any(String)]])
    expect(await desk.dispatch('updateBriefLayout', { city: { ru: 'Астана', en: 'Astana', tg: 'Остона' } })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await file()).toBe(before)
    // Named in Kazakh alone, it is one.
    expect(await issues(organisation({ ru: '', en: '', kk: 'Тәжікстан Республикасының Көлік министрлігі' }))).toEqual([])
  })
})

describe('references that point at nothing', () => {
  it('are refused in evidence and in agenda briefs, and change nothing', async () => {
    const { desk, file, data } = await demo()
    const before = await file()
    const d = await data()
    const commitment = d.commitments[0]!
    const nowhere = '00000000-0000-4000-8000-00000000dead'
    const update = { commitmentId: commitment.id, date: '2026-11-28', author: 'Секретариат', source: 'assessment', status: 'in_progress', progress: null, confidence: null, narrative: '', evidence: [{ fileId: nowhere, reference: '', page: '' }], correctsId: null }
    expect(await desk.dispatch('addStatusUpdate', update)).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ path: 'evidence.0.fileId', message: 'validation.unknownRef' }] } })
    expect(await desk.dispatch('bulkAddStatusUpdate', { ids: [commitment.id], update: { ...update, commitmentId: undefined, correctsId: undefined } })).toMatchObject({ ok: false })

    const meeting = d.meetings.find((m) => m.agenda.length > 0)!
    const brief = value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const afterBrief = await file()
    const { id: _id, createdAt: _c, updatedAt: _u, issued: _i, copies: _k, sample: _s, ...input } = brief
    const sections = input.sections.map((s) => (s.kind === 'agenda_items' ? { ...s, items: [...s.items, { agendaItemId: nowhere, objective: 'x', pointsToMake: [], background: '' }] } : s))
    const refused = await desk.dispatch('updateBrief', { id: brief.id, input: { ...input, sections } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_arguments', issues: [{ message: 'validation.unknownRef' }] } })
    expect(before).not.toBe(afterBrief)
    expect(await file()).toBe(afterBrief)
  })

  it('never arise from taking an agenda item off a meeting: its draft brief lets it go', async () => {
    const { desk, dir, data } = await demo()
    const meeting = (await data()).meetings.find((m) => m.agenda.length > 1)!
    value<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const { id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = meeting
    value<Meeting>(await desk.dispatch('updateMeeting', { id, input: { ...input, agenda: input.agenda.slice(1) } }))
    const brief = (await data()).briefs[0]!
    const items = brief.sections.flatMap((s) => (s.kind === 'agenda_items' ? s.items : []))
    expect(items.map((i) => i.agendaItemId)).toEqual(meeting.agenda.slice(1).map((a) => a.id))
    // The file validates whole: opening it from elsewhere (no note) finds nothing wrong.
    await writeFile(join(dir, '.delegation-desk.json.verified'), '{}')
    const reopened = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    expect(reopened.status().notices).toEqual([])
  })

  it('cannot be made by removing a file that evidence cites', async () => {
    const outside = await tempDir()
    const source = join(outside, 'Письмо.pdf')
    await writeFile(source, '%PDF письмо')
    const { desk, data, file } = await demo({ chooseFiles: async () => [source] })
    const commitment = (await data()).commitments[0]!
    const document = value<Document>(await desk.dispatch('addSourceFiles', { documentId: commitment.documentId }))
    const fileId = document.sourceFiles.at(-1)!.id
    value(await desk.dispatch('addStatusUpdate', { commitmentId: commitment.id, date: '2026-11-28', author: 'МТ', source: 'self_report', status: 'completed', progress: 100, confidence: null, narrative: '', evidence: [{ fileId, reference: 'Письмо', page: '1' }], correctsId: null }))
    const before = await file()
    const refused = await desk.dispatch('removeSourceFile', { documentId: commitment.documentId, fileId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', dependents: [{ kind: 'commitment', id: commitment.id }] } })
    expect(await file()).toBe(before)
  })
})

describe('unknown fields', () => {
  it('are refused by every create, at any depth', async () => {
    const { desk, file, data } = await demo()
    const before = await file()
    const meeting = (await data()).meetings[0]!
    const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...input } = meeting
    expect(await desk.dispatch('createMeeting', { ...input, isAdmin: true })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await desk.dispatch('createMeeting', { ...input, venue: { ...input.venue, extra: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    const document = (await data()).documents[0]!
    const { id: _di, createdAt: _dc, updatedAt: _du, sample: _ds, _rev: _dr, _revisions: _dh, sourceFiles: _f, ...docInput } = document
    expect(await desk.dispatch('createDocument', { ...docInput, sourceFiles: [] })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } })
    expect(await file()).toBe(before)
  })
})

describe('stored paths', () => {
  it('outside files/ make a data file damaged, and never reach the viewer', async () => {
    const { dir, data } = await demo()
    const d = await data()
    const sha = 'a'.repeat(64)
    d.documents[0]!.sourceFiles = [{ id: '00000000-0000-4000-8000-0000000000f1', fileName: 'passwd', storedPath: '../../../../etc/passwd', sha256: sha, size: 1, addedAt: '2026-11-28T00:00:00.000Z' }]
    await writeFile(storePaths(dir).dataFile, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: d }))
    const opened: string[] = []
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...noShell, openPath: async (p) => void opened.push(p) } })
    expect(desk.status().notices[0]).toMatchObject({ problem: expect.stringContaining('documents.0.sourceFiles.0.storedPath: validation.storedPath') })
    expect(await desk.dispatch('openSourceFile', { documentId: d.documents[0]!.id, fileId: '00000000-0000-4000-8000-0000000000f1' })).toMatchObject({ ok: false })
    expect(opened).toEqual([])
  })

  it('in a backup are refused whole, and a name with a backslash is kept clean', async () => {
    const outside = await tempDir()
    const odd = join(outside, 'a\\..\\b.pdf')
    await writeFile(odd, '%PDF')
    const chosen: string[] = [odd]
    const { desk, dir, data, file } = await demo({ chooseFiles: async () => [chosen.shift()!] })
    const document = value<Document>(await desk.dispatch('addSourceFiles', { documentId: (await data()).documents[0]!.id }))
    const added = document.sourceFiles.at(-1)!
    expect(added.fileName).toBe('a .. b.pdf')
    expect(await readdir(join(dir, 'files', added.sha256))).toEqual(['a .. b.pdf'])
    const opened: string[] = []
    const viewer = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...noShell, openPath: async (p) => void opened.push(p) } })
    value(await viewer.dispatch('openSourceFile', { documentId: document.id, fileId: added.id }))
    expect(opened).toEqual([join(dir, 'files', added.sha256, 'a .. b.pdf')])

    const d = await data()
    d.documents[0]!.sourceFiles[0] = { ...added, storedPath: `files/${added.sha256}/../../../evil` }
    const backup = join(outside, 'evil.deskbackup')
    await writeFile(backup, zipSync({
      'manifest.json': strToU8(JSON.stringify({ format: 'delegation-desk-backup', formatVersion: 1, schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-11-28T00:00:00Z' })),
      'delegation-desk.json': strToU8(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: d })),
    }))
    chosen.push(backup)
    const before = await file()
    expect(await desk.dispatch('restoreFullBackup', {})).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'evil.deskbackup', reason: 'validation.backup.damaged' } } })
    expect(await file()).toBe(before)
  })
})

describe('chosen files that are not usable', () => {
  it('are refused by name and reason: gone, a folder, a manifest that is not JSON', async () => {
    const outside = await tempDir()
    const chosen: string[] = []
    const { desk, file, data } = await demo({ chooseFiles: async () => [chosen.shift()!] })
    const before = await file()
    const documentId = (await data()).documents[0]!.id
    await mkdir(join(outside, 'folder.xlsx'))
    const notJson = join(outside, 'broken.deskbackup')
    await writeFile(notJson, zipSync({ 'manifest.json': strToU8('{ not json'), 'delegation-desk.json': strToU8('{}') }))

    const cases: [string, string, string, string][] = [
      ['openImportFile', join(outside, 'gone.xlsx'), 'gone.xlsx', 'validation.file.missing'],
      ['openImportFile', join(outside, 'folder.xlsx'), 'folder.xlsx', 'validation.file.folder'],
      ['restoreFullBackup', join(outside, 'gone.deskbackup'), 'gone.deskbackup', 'validation.file.missing'],
      ['restoreFullBackup', outside, outside.split('/').at(-1)!, 'validation.file.folder'],
      ['restoreFullBackup', notJson, 'broken.deskbackup', 'validation.backup.not_backup'],
      ['addSourceFiles', join(outside, 'gone.pdf'), 'gone.pdf', 'validation.file.missing'],
    ]
    for (const [operation, path, name, reason] of cases) {
      chosen.push(path)
      const result = await desk.dispatch(operation, operation === 'addSourceFiles' ? { documentId } : {})
      expect(result, `${operation} ${name}`).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name, reason } } })
    }
    expect(await file()).toBe(before)
  })
})

describe.skipIf(!isRoot)(`a full disk (${NEEDS_ROOT})`, () => {
  let disk: TinyDisk
  afterEach(async () => disk?.unmount())

  it('fails an export or an attachment in words, naming the file, and leaves nothing half written', async () => {
    disk = await mountTinyDisk(1024)
    const outside = await tempDir()
    const big = join(outside, 'Протокол.pdf')
    await writeFile(big, Buffer.alloc(600_000, 'p'))
    const target = join(disk.dir, 'Поручения.xlsx')
    const { desk } = await demo({ chooseSavePath: async () => target })
    disk.fill(4_000)
    const saved = await desk.dispatch('exportCommitments', { query: {}, format: 'xlsx', language: 'ru' })
    expect(saved).toMatchObject({ ok: false, error: { code: 'storage_failed', file: { name: 'Поручения.xlsx', reason: 'validation.file.disk_full' } } })
    expect((await readdir(disk.dir)).sort()).toEqual(['ballast'])

    // The data folder itself on the full disk: the attachment is not kept, the record not changed.
    disk.free()
    const onDisk = await demo({ chooseFiles: async () => [big] }, join(disk.dir, 'data'))
    disk.fill(50_000)
    const before = await onDisk.file()
    const attached = await onDisk.desk.dispatch('addSourceFiles', { documentId: (await onDisk.data()).documents[0]!.id })
    expect(attached).toMatchObject({ ok: false, error: { code: 'storage_failed', file: { name: 'Протокол.pdf', reason: 'validation.file.disk_full' } } })
    expect(await onDisk.file()).toBe(before)
    const kept = await readdir(join(disk.dir, 'data', 'files'), { recursive: true, withFileTypes: true }).catch(() => [])
    expect(kept.filter((e) => e.isFile())).toEqual([])
  })
})
