// Saving a file the user asked for: the save dialog first (nothing is made when they cancel),
// then the bytes, written whole under the chosen name.
import { writeExport } from '../../files/exportFile'
import type { SavedFile } from '../views'
import type { ExportFormat, HandlerContext } from './context'

export async function saveAs(ctx: HandlerContext, fileName: string, format: ExportFormat, produce: () => Promise<Uint8Array> | Uint8Array): Promise<SavedFile | null> {
  const path = await ctx.shell.chooseSavePath(fileName, format)
  if (path === null) return null
  await writeExport(path, await produce())
  return { path }
}
