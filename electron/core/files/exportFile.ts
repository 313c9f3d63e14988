// Files the user saves (PDF, Word): written beside the target and renamed into place, so a crash
// or a full disk never leaves half a file under the name they chose.
import { randomUUID } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    await writeFile(temp, bytes)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** A file name from a title: without the characters Windows, macOS or Linux refuse, and not too long. */
export function safeFileName(title: string, extension: string): string {
  const base = [...title]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ').trim().slice(0, 120).replace(/[. ]+$/, '')
  return `${base || 'brief'}.${extension}`
}
