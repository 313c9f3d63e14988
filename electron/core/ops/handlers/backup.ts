// Full backup and restore. A restore is checked whole before anything changes, backs up the
// current data first, adds the backup's attached files, then replaces the data in one change.
import { format } from 'date-fns'
import { readFile } from 'node:fs/promises'
import { safeFileName } from '../../files/exportFile'
import { makeBackup } from '../../store/backups'
import { FULL_BACKUP_EXTENSION, installBackupFiles, packFullBackup, readFullBackup } from '../../store/fullBackup'
import type { backupContract } from '../contracts/backup'
import type { HandlerContext, HandlersOf } from './context'
import { saveAs } from './saveAs'

export function backupHandlers(ctx: HandlerContext): HandlersOf<typeof backupContract> {
  const store = ctx.store
  return {
    createFullBackup: async (_args, call) => {
      await store.idle()
      const name = safeFileName(`Delegation Desk ${format(ctx.clock(), 'yyyy-MM-dd HH-mm')}`, FULL_BACKUP_EXTENSION)
      return saveAs(ctx, call, name, FULL_BACKUP_EXTENSION, () => packFullBackup(store.data, store.paths.dataDir, ctx.clock()))
    },
    restoreFullBackup: async (_args, call) => {
      const [path] = await ctx.shell.chooseFiles()
      if (!path) return null
      await call.progress('reading', undefined, true)
      const bytes = new Uint8Array(await readFile(path))
      await call.progress('checking', undefined, true)
      const backup = readFullBackup(bytes)
      call.checkCancelled()
      await call.progress('saving')
      await store.idle()
      const previous = store.onDisk ? await makeBackup(store.paths, ctx.clock(), 'pre-restore') : null
      await installBackupFiles(backup, store.paths.dataDir)
      await store.update((d) => {
        Object.assign(d, backup.data)
      })
      return { createdAt: backup.createdAt, previous }
    },
  }
}
