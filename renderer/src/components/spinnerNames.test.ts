// Every busy mark is named for screen readers: axe refuses an unnamed progressbar, but a spinner
// shows only while something loads, so a page check catches one only when it catches the moment.
// The sources are read instead: each <Spinner …> of the renderer carries its label.
import { describe, expect, it } from 'vitest'

const sources = import.meta.glob<string>('../**/*.tsx', { query: '?raw', import: 'default', eager: true })

/** From `start`, the end of the JSX opening tag: the first ">" outside braces. */
function tagEnd(text: string, start: number): number {
  let depth = 0
  for (let at = start; at < text.length; at++) {
    if (text[at] === '{') depth++
    else if (text[at] === '}') depth--
    else if (text[at] === '>' && depth === 0) return at
  }
  return text.length
}

describe('the renderer’s spinners', () => {
  it('each have a label', () => {
    const unnamed: string[] = []
    let found = 0
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/<Spinner\b/g)) {
        found++
        if (!/\slabel=/.test(text.slice(match.index, tagEnd(text, match.index)))) unnamed.push(`${file}:${text.slice(0, match.index).split('\n').length}`)
      }
    }
    expect(found).toBeGreaterThan(5)
    expect(unnamed).toEqual([])
  })
})
