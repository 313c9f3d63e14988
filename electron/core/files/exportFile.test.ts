import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test-support/tempDir'
import { safeFileName, writeExport } from './exportFile'

describe('saved files', () => {
  it('are named after the title without characters any system refuses', () => {
    expect(safeFileName('Материалы к встрече: VI «Центральная Азия» / v2', 'pdf')).toBe('Материалы к встрече VI «Центральная Азия» v2.pdf')
    expect(safeFileName('a\u0000b\tc?*', 'docx')).toBe('a b c.docx')
    expect(safeFileName(' ... ', 'pdf')).toBe('brief.pdf')
    expect(safeFileName('x'.repeat(300), 'pdf')).toHaveLength(124)
  })

  it('appear whole under the chosen name, or not at all', async () => {
    const dir = await tempDir()
    await writeExport(join(dir, 'brief.pdf'), new TextEncoder().encode('%PDF'))
    expect(await readFile(join(dir, 'brief.pdf'), 'utf-8')).toBe('%PDF')
    await expect(writeExport(join(dir, 'missing', 'brief.pdf'), new Uint8Array(1))).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['brief.pdf'])
  })
})
