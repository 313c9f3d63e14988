import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../test-support/tempDir'
import { isRoot, mountTinyDisk, NEEDS_ROOT, type TinyDisk } from '../test-support/tinyDisk'
import { copyWhole, writeWhole } from './wholeFile'

const chunks = (n: number, size: number) => Array.from({ length: n }, (_, i) => new Uint8Array(size).fill(65 + (i % 26)))

describe('writing a file whole', () => {
  it('writes every part in order under the name, and leaves no temporary file', async () => {
    const dir = await tempDir()
    const parts = chunks(3000, 37)
    await writeWhole(join(dir, 'data.json'), parts, { temp: join(dir, '.data.json.tmp') })
    expect(Buffer.compare(await readFile(join(dir, 'data.json')), Buffer.concat(parts))).toBe(0)
    expect(await readdir(dir)).toEqual(['data.json'])
  })

  it('leaves the old file and no temporary file when the write fails', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'brief.pdf'), 'old')
    // The temporary file cannot be made: its folder is missing.
    await expect(writeWhole(join(dir, 'brief.pdf'), [new Uint8Array(10)], { temp: join(dir, 'missing', '.tmp') })).rejects.toThrow(/ENOENT/)
    await expect(writeWhole(join(dir, 'missing', 'brief.pdf'), [new Uint8Array(1)])).rejects.toThrow(/ENOENT/)
    expect(await readFile(join(dir, 'brief.pdf'), 'utf-8')).toBe('old')
    expect(await readdir(dir)).toEqual(['brief.pdf'])
  })

  it('copies a file the same way', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a'), 'content')
    await mkdir(join(dir, 'b'))
    await copyWhole(join(dir, 'a'), join(dir, 'b', 'a'))
    expect(await readFile(join(dir, 'b', 'a'), 'utf-8')).toBe('content')
    expect(await readdir(join(dir, 'b'))).toEqual(['a'])
  })
})

describe.skipIf(!isRoot)(`on a nearly full disk (${NEEDS_ROOT})`, () => {
  let disk: TinyDisk
  afterEach(async () => disk?.unmount())

  it('fails a write that does not fit, however much of it did, and keeps the old file byte for byte', async () => {
    disk = await mountTinyDisk(512)
    const target = join(disk.dir, 'data.json')
    const old = Buffer.alloc(100_000, 'o')
    await writeFile(target, old)
    // Room for part of the new file only: the system takes some bytes, then none.
    disk.fill(60_000)
    await expect(writeWhole(target, chunks(2000, 64), { temp: join(disk.dir, '.data.json.tmp') })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(Buffer.compare(await readFile(target), old)).toBe(0)
    expect((await readdir(disk.dir)).sort()).toEqual(['ballast', 'data.json'])
    // With room again, the same write lands whole.
    disk.free()
    await writeWhole(target, chunks(2000, 64), { temp: join(disk.dir, '.data.json.tmp') })
    expect((await readFile(target)).length).toBe(128_000)
  })

  it('fails a copy that does not fit and leaves nothing half copied', async () => {
    disk = await mountTinyDisk(512)
    await writeFile(join(disk.dir, 'source'), Buffer.alloc(200_000, 's'))
    disk.fill(50_000)
    await expect(copyWhole(join(disk.dir, 'source'), join(disk.dir, 'copy'))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect((await readdir(disk.dir)).sort()).toEqual(['ballast', 'source'])
  })

  it('fails on a read-only disk and changes nothing', async () => {
    disk = await mountTinyDisk(256)
    const target = join(disk.dir, 'data.json')
    await writeFile(target, 'old')
    disk.readOnly(true)
    await expect(writeWhole(target, [Buffer.from('new')])).rejects.toMatchObject({ code: 'EROFS' })
    disk.readOnly(false)
    expect(await readFile(target, 'utf-8')).toBe('old')
  })
})
