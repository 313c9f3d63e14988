// Files written whole or not at all. Every byte goes to a temporary file beside the target (a
// write may take fewer bytes than asked when the disk is nearly full: the rest is written again,
// and a write that takes none fails), the temporary file is flushed to the disk, renamed over the
// target, and the folder is flushed so that the rename itself survives a power cut. On any
// failure the temporary file is removed and the target is as it was.
import { randomUUID } from 'node:crypto'
import { copyFile, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface WriteWholeOptions {
  /**
   * The temporary file's name. The store's own files use one fixed name (a crash leaves at most
   * one behind); files saved where the user chose get a unique one.
   */
  temp?: string
  /** Permissions of a new file; the data folder's files are the user's alone. */
  mode?: number
}

const uniqueTemp = (target: string) => join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)

/** Writes every byte of `parts`, however many calls the system needs. */
async function writeAll(handle: FileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let pending = parts.filter((p) => p.byteLength > 0)
  while (pending.length > 0) {
    const { bytesWritten } = await handle.writev(pending as Uint8Array[])
    if (bytesWritten <= 0) throw Object.assign(new Error('No space left on device (the write took no bytes)'), { code: 'ENOSPC' })
    let skip = bytesWritten
    let i = 0
    while (i < pending.length && skip >= pending[i]!.byteLength) skip -= pending[i++]!.byteLength
    pending = pending.slice(i)
    if (skip > 0) pending[0] = pending[0]!.subarray(skip)
  }
}

/** Flushes a folder's entries (a rename); Windows cannot open a folder, and journals it anyway. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function replaceWith(temp: string, target: string, fill: (temp: string) => Promise<void>): Promise<void> {
  try {
    await fill(temp)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

export function writeWhole(target: string, parts: readonly Uint8Array[], options: WriteWholeOptions = {}): Promise<void> {
  return replaceWith(options.temp ?? uniqueTemp(target), target, async (temp) => {
    const handle = await open(temp, 'w', options.mode ?? 0o600)
    try {
      await writeAll(handle, parts)
      await handle.datasync()
    } finally {
      await handle.close()
    }
  })
}

/** Copies `source` to `target` the same way: a cut copy never stands under the target's name. */
export function copyWhole(source: string, target: string): Promise<void> {
  return replaceWith(uniqueTemp(target), target, async (temp) => {
    await copyFile(source, temp)
    const handle = await open(temp, 'r+')
    try {
      await handle.datasync()
    } finally {
      await handle.close()
    }
  })
}
