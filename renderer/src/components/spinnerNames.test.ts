// Every busy mark is named for screen readers: axe refuses an unnamed progressbar, but a spinner
// shows only while something loads, so a page check catches one only when it catches the moment.
// The sources are read instead: each <Spinner …> of the renderer carries its label.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.tsx') ? [join(dir, e.name)] : []))))
  return nested.flat()
}

describe('the renderer’s spinners', () => {
  it('each have a label', async () => {
    const unnamed: string[] = []
    let found = 0
    for (const file of await sources(ROOT)) {
      const text = await readFile(file, 'utf-8')
      // A JSX opening tag up to its end: attributes may hold arrows and braces, but not "/>" or a bare ">" at depth 0.
      for (const match of text.matchAll(/<Spinner\b/g)) {
        found++
        let depth = 0
        let end = match.index + match[0].length
        for (; end < text.length; end++) {
          const ch = text[end]
          if (ch === '{') depth++
          else if (ch === '}') depth--
          else if (ch === '>' && depth === 0) break
        }
        if (!/\slabel=/.test(text.slice(match.index, end))) unnamed.push(`${relative(ROOT, file)}:${text.slice(0, match.index).split('\n').length}`)
      }
    }
    expect(found).toBeGreaterThan(5)
    expect(unnamed).toEqual([])
  })
})
