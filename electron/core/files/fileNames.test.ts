import { describe, expect, it } from 'vitest'
import { cleanFileName, isCleanFileName, safeFileName } from './fileNames'

describe('file names', () => {
  it('are made from titles without characters any system refuses', () => {
    expect(safeFileName('Материалы к встрече: VI «Центральная Азия» / v2', 'pdf')).toBe('Материалы к встрече VI «Центральная Азия» v2.pdf')
    expect(safeFileName('a\u0000b\tc?*', 'docx')).toBe('a b c.docx')
    expect(safeFileName(' ... ', 'pdf')).toBe('brief.pdf')
    expect(safeFileName('x'.repeat(300), 'pdf')).toHaveLength(124)
  })

  it('never carry bidirectional controls that disguise an extension', () => {
    expect(safeFileName('report\u202Efdp.exe', 'pdf')).toBe('report fdp.exe.pdf')
    expect(cleanFileName('a\u2066b\u2069\u200Fc.docx', 'file')).toBe('a b c.docx')
    expect(isCleanFileName('report\u202Efdp.exe')).toBe(false)
  })

  it('tell a name that can be kept as it is from one that cannot', () => {
    for (const good of ['Дорожная карта 2025–2027.docx', 'a.b.c', "it's (1).pdf"]) expect(isCleanFileName(good), good).toBe(true)
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'c:x', 'name.', 'name ', 'x\u0007', 'a|b']) expect(isCleanFileName(bad), JSON.stringify(bad)).toBe(false)
    expect(cleanFileName('..\\..\\etc\\passwd', 'file')).toBe('.. .. etc passwd')
    expect(cleanFileName('..', 'file')).toBe('file')
  })
})
