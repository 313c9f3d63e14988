// Files attached to records — a document's source files, an update's evidence, a request's
// letters: chosen in the shell's dialog and copied into the data folder, or opened with the
// system's viewer from there.
import type { SourceFile } from '../../schema'
import type { HandlerContext } from './context'
import { findOrThrow } from './records'

/** The files the user chooses, each copied into the data folder; [] when the dialog is cancelled. */
export async function chooseAttachments(ctx: HandlerContext): Promise<SourceFile[]> {
  const files: SourceFile[] = []
  for (const path of await ctx.shell.chooseFiles()) files.push((await ctx.store.files.importFile(path, ctx.clock())).file)
  return files
}

/** Opens one of `files` with the system's viewer; an id not among them is not found. */
export async function openAttachment(ctx: HandlerContext, files: readonly SourceFile[], fileId: string): Promise<void> {
  await ctx.shell.openPath(await ctx.store.files.forViewer(findOrThrow(files, fileId, 'file')))
}
