import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { tempDir } from '../test-support/tempDir'
import { MAX_EXCHANGE_BYTES, type ExchangeErrorCode } from './format'
import { readExchange } from './read'
import { LAPTOP_A, NOW, demoLaptop, pack, withSourceFile } from './testing'

type Json = Record<string, unknown>

/** The package with some entries replaced (a value of null removes the entry). */
function rewrite(bytes: Uint8Array, change: (entries: Unzipped) => Record<string, Unzipped[string] | null>): Uint8Array {
  const entries = unzipSync(bytes)
  for (const [name, value] of Object.entries(change(entries))) {
    if (value === null) delete entries[name]
    else entries[name] = value
  }
  return zipSync(entries)
}
const jsonOf = (entries: Unzipped, name: string) => JSON.parse(strFromU8(entries[name]!)) as Json
const bytesOf = (value: unknown) => strToU8(JSON.stringify(value))
const withManifest = (bytes: Uint8Array, change: (m: Json) => Json) =>
  rewrite(bytes, (e) => ({ 'manifest.json': bytesOf(change(jsonOf(e, 'manifest.json'))) }))
const withRecords = (bytes: Uint8Array, change: (r: Json & { [k: string]: Json[] }) => unknown) =>
  rewrite(bytes, (e) => ({ 'records.json': bytesOf(change(jsonOf(e, 'records.json') as Json & { [k: string]: Json[] })) }))

function refusal(bytes: Uint8Array): { code: ExchangeErrorCode; message: string } {
  try {
    readExchange(bytes)
  } catch (e) {
    return { code: (e as { code: ExchangeErrorCode }).code, message: (e as Error).message }
  }
  throw new Error('The package was read')
}

const data = demoLaptop(LAPTOP_A)
const packed = await pack(data)

describe('reading a package', () => {
  it('gives back what was packed', async () => {
    const dir = await tempDir()
    const withFile = await withSourceFile(data, dir, data.documents[0]!.id, 'Заявление.pdf', 'statement')
    const file = withFile.documents[0]!.sourceFiles[0]!
    const content = readExchange(await pack(withFile, { kind: 'all' }, dir))
    expect(content.manifest.from).toEqual({ installationId: LAPTOP_A, name: 'Laptop', organisationId: data.settings.ourOrganisationId })
    expect(content.records.commitments).toEqual(data.commitments)
    expect(content.records.documents).toEqual(withFile.documents)
    expect(content.deleted).toEqual([])
    expect(content.shared).toEqual({})
    expect([...content.files.keys()]).toEqual([file.storedPath])
    expect(strFromU8(content.files.get(file.storedPath)!)).toBe('statement')
  })

  it('refuses what is not a zip', () => {
    expect(refusal(strToU8('%PDF-1.7 not a package')).code).toBe('unreadable')
    expect(refusal(new Uint8Array(0)).code).toBe('unreadable')
    expect(refusal(packed.slice(0, packed.length - 30)).code).toBe('unreadable')
  })

  it('refuses a zip that is not an exchange package', () => {
    expect(refusal(zipSync({ 'word/document.xml': strToU8('<w:document/>') })).code).toBe('not_exchange')
    expect(refusal(withManifest(packed, (m) => ({ ...m, format: 'something-else' }))).code).toBe('not_exchange')
    expect(refusal(rewrite(packed, () => ({ 'manifest.json': strToU8('[1, 2]') }))).code).toBe('not_exchange')
  })

  it('refuses a package from a newer version, naming the versions', () => {
    const format = refusal(withManifest(packed, (m) => ({ ...m, formatVersion: 3, scope: { kind: 'future' } })))
    expect(format).toEqual({ code: 'newer_version', message: expect.stringMatching(/format 3.*format 2/) })
    const schema = refusal(withManifest(packed, (m) => ({ ...m, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })))
    expect(schema).toEqual({ code: 'newer_version', message: expect.stringContaining(`version ${CURRENT_SCHEMA_VERSION + 1}`) })
    expect(schema.message).toContain(`up to ${CURRENT_SCHEMA_VERSION}`)
  })

  it('takes a package of an older schema whose records are valid now', () => {
    const older = withManifest(packed, (m) => ({ ...m, schemaVersion: 1 }))
    expect(readExchange(older).records.commitments).toEqual(data.commitments)
  })

  it('gives the commitments of a package from before steps none, and so their shared versions, as the data file’s upgrade does', () => {
    const [first] = data.commitments
    const withoutSteps = (c: Json) => {
      const { milestones: _m, ...rest } = c
      return rest
    }
    const v8 = rewrite(packed, (e) => ({
      'manifest.json': bytesOf({ ...jsonOf(e, 'manifest.json'), schemaVersion: 8 }),
      'records.json': bytesOf({ ...jsonOf(e, 'records.json'), commitments: (jsonOf(e, 'records.json').commitments as Json[]).map(withoutSteps) }),
      'shared.json': bytesOf({ [first!.id]: [withoutSteps(first!)] }),
    }))
    const read = readExchange(v8)
    expect(read.records.commitments).toEqual(data.commitments)
    expect(read.shared[first!.id]).toEqual([first])
    // A package of this version must carry them.
    expect(refusal(withRecords(packed, (r) => ({ ...r, commitments: r.commitments!.map(withoutSteps) })))).toEqual({ code: 'damaged', message: expect.stringContaining('milestones') })
  })

  it('refuses a damaged manifest', () => {
    expect(refusal(withManifest(packed, (m) => ({ ...m, createdAt: 'yesterday' }))).code).toBe('damaged')
    expect(refusal(rewrite(packed, () => ({ 'manifest.json': strToU8('{"format": "delegation-desk-exc') }))).code).toBe('damaged')
  })

  it('refuses the whole package for one bad record', () => {
    const bad = refusal(
      withRecords(packed, (r) => ({ ...r, commitments: r.commitments!.map((c, i) => (i === 5 ? { ...c, priority: 'yes' } : c)) })),
    )
    expect(bad).toEqual({ code: 'damaged', message: expect.stringContaining('commitments.5.priority') })
    expect(refusal(withRecords(packed, (r) => ({ ...r, statusUpdates: undefined }))).code).toBe('damaged')
    expect(refusal(rewrite(packed, () => ({ 'records.json': null }))).code).toBe('damaged')
  })

  it('refuses records that point outside the package or share an id', () => {
    const dangling = refusal(withRecords(packed, (r) => ({ ...r, documents: r.documents!.slice(1) })))
    expect(dangling).toEqual({ code: 'damaged', message: expect.stringContaining('Unknown document') })
    const twice = refusal(withRecords(packed, (r) => ({ ...r, statusUpdates: [...r.statusUpdates!, r.statusUpdates![0]] })))
    expect(twice).toEqual({ code: 'damaged', message: expect.stringContaining('appears twice') })
  })

  it('refuses damaged tombstones and shared versions, and a record both carried and deleted', () => {
    expect(refusal(rewrite(packed, () => ({ 'deleted.json': bytesOf([{ id: 'x' }]) }))).code).toBe('damaged')
    expect(refusal(rewrite(packed, () => ({ 'shared.json': bytesOf({ [LAPTOP_A]: [{ id: LAPTOP_A, _rev: 'nope' }] }) }))).code).toBe('damaged')
    const c = data.commitments[0]!
    const tombstone = { id: c.id, collection: 'commitments', _rev: `2-${'0'.repeat(32)}`, _revisions: [], _deleted: true, deletedAt: NOW.toISOString() }
    expect(refusal(rewrite(packed, () => ({ 'deleted.json': bytesOf([tombstone]) })))).toEqual({ code: 'damaged', message: expect.stringContaining('appears twice') })
  })

  describe('source files', async () => {
    const dir = await tempDir()
    const withFile = await withSourceFile(data, dir, data.documents[0]!.id, 'statement.pdf', 'statement')
    const file = withFile.documents[0]!.sourceFiles[0]!
    const packedWithFile = await pack(withFile, { kind: 'all' }, dir)

    it('refuses a file that does not match its checksum', () => {
      const tampered = rewrite(packedWithFile, () => ({ [file.storedPath]: strToU8('statemenT') }))
      expect(refusal(tampered)).toEqual({ code: 'damaged', message: expect.stringContaining('statement.pdf') })
    })

    it('refuses a package that lacks a file it does not list as missing', () => {
      expect(refusal(rewrite(packedWithFile, () => ({ [file.storedPath]: null }))).code).toBe('damaged')
      const listed = withManifest(
        rewrite(packedWithFile, () => ({ [file.storedPath]: null })),
        (m) => ({ ...m, missingFiles: [file.storedPath] }),
      )
      expect(readExchange(listed).files.size).toBe(0)
    })

    it('refuses a file no document names, and paths that lead elsewhere', () => {
      const sha = file.sha256
      for (const path of [`files/${sha}/other.pdf`, `files/${sha}/../../../evil.sh`, 'evil.sh']) {
        expect(refusal(rewrite(packedWithFile, () => ({ [path]: strToU8('statement') }))).code, path).toBe('damaged')
      }
      const strayPath = withRecords(packedWithFile, (r) => ({
        ...r,
        documents: r.documents!.map((d, i) =>
          i === 0 ? { ...d, sourceFiles: [{ ...(d.sourceFiles as Json[])[0], storedPath: '../outside.pdf' }] } : d,
        ),
      }))
      // The schema's rule for stored files refuses it with the records.
      expect(refusal(strayPath)).toEqual({ code: 'damaged', message: expect.stringContaining('sourceFiles.0.storedPath: validation.storedPath') })
    })
  })

  it('refuses what is too large, before unpacking it', () => {
    // Zero pages are not touched: the check is on the length alone.
    expect(refusal(new Uint8Array(MAX_EXCHANGE_BYTES + 1)).code).toBe('too_large')
    // An entry that declares it unpacks to 3 GB (the central directory's uncompressed size field).
    const bomb = zipSync({ 'manifest.json': strToU8('{}') })
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength)
    let central = bomb.length - 22
    while (view.getUint32(central, true) !== 0x02014b50) central--
    view.setUint32(central + 24, 3 * 1024 * 1024 * 1024, true)
    expect(refusal(bomb).code).toBe('too_large')
  })
})
