import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { plainCodec } from '../crypto/seal'
import { FileStore } from '../files/sourceFiles'
import { tempDir } from '../test-support/tempDir'
import { installExchangeFiles } from './files'
import { readExchange } from './read'
import { LAPTOP_A, demoLaptop, pack, withSourceFile } from './testing'

describe('installing a package’s files', () => {
  it('puts them where the receiver’s documents will look, once', async () => {
    const [sender, receiver] = [await tempDir(), await tempDir()]
    const demo = demoLaptop(LAPTOP_A)
    let data = await withSourceFile(demo, sender, demo.documents[0]!.id, 'Заявление.pdf', 'statement')
    data = await withSourceFile(data, sender, demo.documents[1]!.id, 'concept.docx', 'concept')
    const content = readExchange(await pack(data, { kind: 'all' }, sender))

    const files = new FileStore(receiver, plainCodec)
    expect(await installExchangeFiles(content, files)).toBe(2)
    for (const file of data.documents.flatMap((d) => d.sourceFiles)) {
      expect(await readFile(files.onDisk(file.storedPath), 'utf-8')).toBe(strFromU8(content.files.get(file.storedPath)!))
    }
    const statement = files.onDisk(data.documents[0]!.sourceFiles[0]!.storedPath)
    const before = await stat(statement)
    expect(await installExchangeFiles(content, files)).toBe(0)
    expect((await stat(statement)).mtimeMs).toBe(before.mtimeMs)
    // No temporary files left beside them.
    const folder = join(receiver, 'files', data.documents[0]!.sourceFiles[0]!.sha256)
    expect(await readdir(folder)).toEqual(['Заявление.pdf'])
  })

  it('refuses a path that would lead out of the files folder', async () => {
    const dir = await tempDir()
    const content = readExchange(await pack(demoLaptop(LAPTOP_A)))
    content.files.set('files/../../evil.sh', new Uint8Array([1]))
    await expect(installExchangeFiles(content, new FileStore(dir, plainCodec))).rejects.toThrow(/Not a stored file path/)
  })
})
