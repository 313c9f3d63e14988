// Reading a file the user chose in a dialog, dropped, or double-clicked in the system: its bytes,
// or a worded refusal that names it — gone since it was chosen, a folder, not readable, too
// large — never a raw system error.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { DeskError, fileError, fileRefused, type FileArea } from '../ops/errors'

export async function readChosenFile(path: string, area: FileArea, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path)
  const info = await stat(path).catch((e: unknown) => {
    throw fileError(e, name, 'read')
  })
  if (info.isDirectory()) throw new DeskError('file_refused', `${name} is a folder`, [], [], { name, reason: 'validation.file.folder' })
  if (!info.isFile()) throw new DeskError('file_refused', `${name} is not a file`, [], [], { name, reason: 'validation.file.not_a_file' })
  if (info.size > maxBytes) throw fileRefused(area, 'too_large', `${name} is ${info.size} bytes; the limit is ${maxBytes}`, name)
  try {
    return new Uint8Array(await readFile(path))
  } catch (e) {
    throw fileError(e, name, 'read')
  }
}
