import { createHash } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, emptyData } from '../schema'
import { findBrokenReferences } from '../schema/references'
import { tempDir } from '../test-support/tempDir'
import { FileStore } from '../files/sourceFiles'
import { plainCodec } from '../crypto/seal'
import { EXCHANGED_COLLECTIONS, ExchangeManifest, type ExchangeRecords } from './format'
import { packExchange } from './pack'
import { LAPTOP_A, NOW, change, demoLaptop, pack, withSourceFile } from './testing'

const json = (entries: Record<string, Uint8Array>, name: string) => JSON.parse(strFromU8(entries[name]!)) as unknown
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('packing', () => {
  it('writes the manifest, the records with their revisions (never briefs or settings), every tombstone and the versions kept as bases', async () => {
    const loose = demoLaptop(LAPTOP_A).statusUpdates[0]!
    const country = demoLaptop(LAPTOP_A).countries[0]!
    const data = change(
      change(demoLaptop(LAPTOP_A), (d) => void (d.statusUpdates = d.statusUpdates.filter((u) => u.id !== loose.id))),
      (d) => void (d.countries[0]!.name.en = 'Renamed'),
    )
    const entries = unzipSync(await pack(data, { kind: 'all' }, '/nowhere', 'МТ РК'))
    expect(Object.keys(entries).sort()).toEqual(['deleted.json', 'manifest.json', 'records.json', 'shared.json'])
    expect(ExchangeManifest.parse(json(entries, 'manifest.json'))).toEqual({
      format: 'delegation-desk-exchange',
      formatVersion: 2,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: NOW.toISOString(),
      // Our organisation travels with it: the demo's is among the records.
      from: { installationId: LAPTOP_A, name: 'МТ РК', organisationId: data.settings.ourOrganisationId },
      scope: { kind: 'all' },
      missingFiles: [],
    })
    const records = json(entries, 'records.json') as ExchangeRecords
    expect(Object.keys(records)).toEqual(['countries', 'organisations', 'people', 'meetings', 'documents', 'commitments', 'statusUpdates'])
    expect(records.commitments).toEqual(data.commitments)
    expect(records.countries[0]).toMatchObject({ _rev: expect.stringMatching(/^2-/), _revisions: [country._rev] })
    expect(json(entries, 'deleted.json')).toEqual([expect.objectContaining({ id: loose.id, collection: 'statusUpdates', _deleted: true })])
    expect(json(entries, 'shared.json')).toEqual({ [country.id]: [country] })
  })

  it('carries the versions kept as bases only for the records it carries', async () => {
    const base = demoLaptop(LAPTOP_A)
    const planned = base.meetings.find((m) => m.status === 'planned')!
    const summit = base.meetings.find((m) => m.status === 'held')!
    const data = change(base, (d) => void (d.meetings.find((m) => m.id === planned.id)!.venue.en = 'Elsewhere'))
    expect(json(unzipSync(await pack(data, { kind: 'meeting', id: summit.id })), 'shared.json')).toEqual({})
    expect(json(unzipSync(await pack(data, { kind: 'meeting', id: planned.id })), 'shared.json')).toEqual({ [planned.id]: [planned] })
  })

  it('is self-contained in every scope', async () => {
    const data = demoLaptop(LAPTOP_A)
    const scopes = [
      { kind: 'all' as const },
      ...data.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id })),
      ...data.documents.map((d) => ({ kind: 'document' as const, id: d.id })),
    ]
    for (const scope of scopes) {
      const records = json(unzipSync(await pack(data, scope)), 'records.json') as ExchangeRecords
      expect(findBrokenReferences({ ...emptyData(), ...records }), JSON.stringify(scope)).toEqual([])
    }
  })

  it('adds the source files of the documents it carries, stored as the data folder stores them', async () => {
    const dir = await tempDir()
    const demo = demoLaptop(LAPTOP_A)
    const [first, second] = demo.documents
    let data = await withSourceFile(demo, dir, first!.id, 'Заявление.pdf', 'statement')
    data = await withSourceFile(data, dir, second!.id, 'concept.docx', 'concept')
    // The same file on two documents travels once.
    data = { ...data, documents: data.documents.map((d) => (d.id === second!.id ? { ...d, sourceFiles: [...d.sourceFiles, ...data.documents[0]!.sourceFiles] } : d)) }
    const statement = data.documents[0]!.sourceFiles[0]!
    const concept = data.documents[1]!.sourceFiles[0]!

    const all = unzipSync(await pack(data, { kind: 'all' }, dir))
    expect(Object.keys(all).filter((p) => p.startsWith('files/')).sort()).toEqual([concept.storedPath, statement.storedPath].sort())
    expect(strFromU8(all[statement.storedPath]!)).toBe('statement')
    expect(sha256(all[statement.storedPath]!)).toBe(statement.sha256)

    const one = unzipSync(await pack(data, { kind: 'document', id: first!.id }, dir))
    expect(Object.keys(one).filter((p) => p.startsWith('files/'))).toEqual([statement.storedPath])
  })

  it('lists a source file that is gone or changed as missing, and still packs', async () => {
    const dir = await tempDir()
    const demo = demoLaptop(LAPTOP_A)
    let data = await withSourceFile(demo, dir, demo.documents[0]!.id, 'gone.pdf', 'gone')
    data = await withSourceFile(data, dir, demo.documents[1]!.id, 'changed.pdf', 'original')
    const [gone, changed] = [data.documents[0]!.sourceFiles[0]!, data.documents[1]!.sourceFiles[0]!]
    await rm(join(dir, gone.storedPath))
    await writeFile(join(dir, changed.storedPath), 'tampered')

    const entries = unzipSync(await pack(data, { kind: 'all' }, dir))
    expect(Object.keys(entries).some((p) => p.startsWith('files/'))).toBe(false)
    expect(ExchangeManifest.parse(json(entries, 'manifest.json')).missingFiles).toEqual([gone.storedPath, changed.storedPath].sort())
  })

  it('names the meeting or document it carries', async () => {
    const data = demoLaptop(LAPTOP_A)
    const doc = data.documents[3]!
    const manifest = ExchangeManifest.parse(json(unzipSync(await pack(data, { kind: 'document', id: doc.id })), 'manifest.json'))
    expect(manifest.scope).toEqual({ kind: 'document', id: doc.id, title: doc.title })
  })

  it('says how many records are packed, a slice at a time, and stops when told to', async () => {
    const demo = demoLaptop(LAPTOP_A)
    // Enough status updates for several slices of 2,500.
    const template = demo.statusUpdates[0]!
    const data = change(demo, (d) => {
      for (let i = 0; i < 6000; i++) d.statusUpdates.push({ ...template, id: `00000009-0000-4000-8000-${String(i).padStart(12, '0')}` })
    })
    const total = EXCHANGED_COLLECTIONS.reduce((n, c) => n + data[c].length, 0)
    const counts: [number, number][] = []
    const bytes = await packExchange(data, { kind: 'all' }, { files: new FileStore('/nowhere', plainCodec), now: NOW, fromName: '', progress: async (done, of) => void counts.push([done, of]) })
    expect(counts.every(([, of]) => of === total)).toBe(true)
    expect(counts.map(([done]) => done)).toEqual([...counts.map(([done]) => done)].sort((a, b) => a - b))
    expect(counts.at(-1)).toEqual([total, total])
    // The 6,000 and more updates alone take three slices.
    expect(counts.length).toBeGreaterThanOrEqual(3)
    // Written a slice at a time, the records read back whole.
    expect((json(unzipSync(bytes), 'records.json') as ExchangeRecords).statusUpdates).toEqual(data.statusUpdates)
    // A progress that throws (a cancel) stops the packing: no package.
    let reports = 0
    const stopped = packExchange(data, { kind: 'all' }, { files: new FileStore('/nowhere', plainCodec), now: NOW, fromName: '', progress: async () => {
      if (++reports === 2) throw new Error('cancelled')
    } })
    await expect(stopped).rejects.toThrow('cancelled')
    expect(reports).toBe(2)
  })

  it('gives the same bytes for the same data at the same moment', async () => {
    const data = demoLaptop(LAPTOP_A)
    expect(await pack(data)).toEqual(await pack(demoLaptop(LAPTOP_A)))
  })
})
