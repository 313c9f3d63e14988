import { strFromU8, strToU8, unzipSync } from 'fflate'
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test-support/tempDir'
import { readZip } from './zip'
import { zipEntry, zipOf } from './zipWrite'

describe('writing a zip from entries deflated ahead', () => {
  const text = 'Запрос информации о ходе исполнения. '.repeat(400)
  const made = () => [zipEntry('xl/sharedStrings.xml', strToU8(text)), zipEntry('Министерство № 1.docx', new Uint8Array([1, 2, 3, 250]), true), zipEntry('_rels/', new Uint8Array())]

  it('reads back entry by entry, names in UTF-8, the deflated ones smaller', () => {
    const [deflated, stored] = made()
    expect(deflated!.data.byteLength).toBeLessThan(text.length / 10)
    expect(stored!.data).toEqual(new Uint8Array([1, 2, 3, 250]))
    const files = readZip(zipOf(made()), { maxBytes: 1e6, maxUnpacked: 1e7, maxEntries: 10 })
    expect(Object.keys(files)).toEqual(['xl/sharedStrings.xml', 'Министерство № 1.docx', '_rels/'])
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toBe(text)
    expect(files['Министерство № 1.docx']).toEqual(new Uint8Array([1, 2, 3, 250]))
    expect(unzipSync(zipOf([]))).toEqual({})
  })

  it.skipIf(spawnSync('unzip', ['-v']).error !== undefined)('passes Info-ZIP’s test, its checksums and dates included (skipped without unzip)', async () => {
    const file = join(await tempDir(), 'made.zip')
    await writeFile(file, zipOf(made(), new Date(2026, 11, 31, 23, 59, 58)))
    const listing = execFileSync('unzip', ['-Z', '-T', file], { encoding: 'utf8' })
    expect(listing).toContain('20261231.235958')
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/)
  })
})
