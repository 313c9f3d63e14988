// Saving a file the user asked for: the save dialog first (nothing is made when they cancel),
// then the bytes (a cancel stops it until then), written whole under the chosen name.
import { basename } from 'node:path'
import { writeWhole } from '../../files/wholeFile'
import { fileError } from '../errors'
import type { CallContext, ProgressStep } from '../progress'
import type { SavedFile } from '../views'
import type { ExportFormat, HandlerContext } from './context'

export async function saveAs(
  ctx: HandlerContext,
  call: CallContext,
  fileName: string,
  format: ExportFormat,
  produce: () => Promise<Uint8Array> | Uint8Array,
  step: ProgressStep = 'packing',
): Promise<SavedFile | null> {
  const path = await ctx.shell.chooseSavePath(fileName, format)
  if (path === null) return null
  await call.progress(step, undefined, true)
  const bytes = await produce()
  call.checkCancelled()
  await call.progress('writing')
  // The user's own file, readable as their other documents are.
  await writeWhole(path, [bytes], { mode: 0o666 }).catch((e: unknown) => {
    throw fileError(e, basename(path), 'write')
  })
  return { path }
}
