import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { DeskData, Document, DocumentInput, Organisation } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import { unwrap as value } from '../errors'
import { noShell, type ShellServices } from './context'

async function demo(shell?: ShellServices) {
  const dir = await tempDir()
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell })
  value(await desk.dispatch('loadDemo', {}))
  const data = JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data as DeskData
  return { desk, dir, data }
}

const stripRecord = <T extends { id: string; createdAt: string; updatedAt: string; sample?: boolean; _rev?: string; _revisions?: string[] }>(r: T) => {
  const { id: _i, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, ...rest } = r
  return rest
}

describe('deleting what others point to', () => {
  it('is refused, naming what depends on it, and changes nothing', async () => {
    const { desk, dir, data } = await demo()
    const before = await readFile(storePaths(dir).dataFile, 'utf-8')
    const ours = data.organisations.find((o) => o.id === data.settings.ourOrganisationId)!
    const refused = await desk.dispatch('deleteOrganisation', { id: ours.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (refused.ok) return
    const kinds = new Set(refused.error.dependents?.map((d) => d.kind))
    expect(kinds).toEqual(new Set(['organisation', 'commitment', 'settings']))
    const roadmap = data.documents.find((d) => d.type === 'roadmap')!
    const refusedDoc = await desk.dispatch('deleteDocument', { id: roadmap.id })
    expect(refusedDoc).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!refusedDoc.ok) expect(refusedDoc.error.dependents?.filter((d) => d.kind === 'commitment')).toHaveLength(data.commitments.filter((c) => c.documentId === roadmap.id).length)
    expect(await desk.dispatch('deleteMeeting', { id: data.meetings.find((m) => m.number === 6)!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await desk.dispatch('deleteCountry', { id: data.countries[0]!.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await readFile(storePaths(dir).dataFile, 'utf-8')).toBe(before)
  })

  it('works once nothing points to it', async () => {
    const { desk } = await demo()
    const country = value<{ id: string }>(await desk.dispatch('createCountry', { code: 'MN', name: { ru: 'Монголия', en: 'Mongolia' } }))
    value(await desk.dispatch('deleteCountry', { id: country.id }))
    expect(value<{ id: string }[]>(await desk.dispatch('listCountries', {})).some((c) => c.id === country.id)).toBe(false)
  })
})

describe('registry rules', () => {
  it('refuses a second country with the same code', async () => {
    const { desk } = await demo()
    expect(await desk.dispatch('createCountry', { code: 'KZ', name: { ru: 'Казахстан', en: '' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'code', message: 'validation.duplicateCode' }] },
    })
  })

  it('refuses an organisation that would be part of itself', async () => {
    const { desk, data } = await demo()
    const parent = data.organisations.find((o) => o.parentId === null && o.countryId !== null)!
    const child = value<Organisation>(await desk.dispatch('createOrganisation', { ...stripRecord(parent), name: { ru: 'Дочернее', en: 'Child' }, parentId: parent.id }))
    const cycle = await desk.dispatch('updateOrganisation', { id: parent.id, input: { ...stripRecord(parent), parentId: child.id } })
    expect(cycle).toMatchObject({ ok: false, error: { issues: [{ path: 'parentId', message: 'validation.parentCycle' }] } })
  })
})

describe('documents', () => {
  const input = (doc: Document): DocumentInput => {
    const { sourceFiles: _f, ...rest } = stripRecord(doc)
    return rest
  }

  it('cannot be approved by or be a part of themselves', async () => {
    const { desk, data } = await demo()
    const roadmap = data.documents.find((d) => d.type === 'roadmap')!
    const self = await desk.dispatch('updateDocument', { id: roadmap.id, input: { ...input(roadmap), parentDocumentId: roadmap.id } })
    expect(self).toMatchObject({ ok: false, error: { issues: [{ path: 'parentDocumentId', message: 'validation.selfReference' }] } })
  })

  it('copies source files into the data folder under their checksum, and keeps them through edits', async () => {
    const source = join(await tempDir(), 'Дорожная карта.docx')
    await writeFile(source, 'roadmap bytes')
    const opened: string[] = []
    const shell: ShellServices = { ...noShell, chooseFiles: async () => [source], openPath: async (p) => void opened.push(p) }
    const { desk, dir, data } = await demo(shell)
    const roadmap = data.documents.find((d) => d.type === 'roadmap')!
    const withFile = value<Document>(await desk.dispatch('addSourceFiles', { documentId: roadmap.id }))
    const file = withFile.sourceFiles[0]!
    const sha256 = createHash('sha256').update('roadmap bytes').digest('hex')
    expect(file).toMatchObject({ fileName: 'Дорожная карта.docx', sha256, size: 13, storedPath: `files/${sha256}/Дорожная карта.docx` })
    expect(await readFile(join(dir, 'files', sha256, 'Дорожная карта.docx'), 'utf-8')).toBe('roadmap bytes')

    const edited = value<Document>(await desk.dispatch('updateDocument', { id: roadmap.id, input: { ...input(roadmap), title: { ru: 'Новое название', en: 'New title' } } }))
    expect(edited.sourceFiles).toEqual([file])
    value(await desk.dispatch('openSourceFile', { documentId: roadmap.id, fileId: file.id }))
    expect(opened).toEqual([join(dir, 'files', sha256, 'Дорожная карта.docx')])
    expect(value<Document>(await desk.dispatch('removeSourceFile', { documentId: roadmap.id, fileId: file.id })).sourceFiles).toEqual([])
  })
})
