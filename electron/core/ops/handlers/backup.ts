// Full backup and restore. A restore is checked whole before anything changes, backs up the
// current data first, adds the backup's attached files, then replaces the data in one change.
import { format } from 'date-fns'
import { basename } from 'node:path'
import { readChosenFile } from '../../files/chosenFile'
import { safeFileName } from '../../files/fileNames'
import { makeBackup } from '../../store/backups'
import { FULL_BACKUP_EXTENSION, installBackupFiles, MAX_BACKUP_BYTES, packFullBackup, readFullBackup, type FullBackup } from '../../store/fullBackup'
import { fileError, naming } from '../errors'
import type { backupContract } from '../contracts/backup'
import type { HeldFile } from '../contracts/transfer'
import type { CallContext } from '../progress'
import type { HandlerContext, HandlersOf } from './context'
import { saveAs } from './saveAs'
import { checkProtection, heldTransfers, protect } from './transferFiles'

export function backupHandlers(ctx: HandlerContext): HandlersOf<typeof backupContract> {
  const store = ctx.store
  const sealed = heldTransfers()
  /** The backup's package: a file the user chooses now, or a sealed one read before with its passphrase; null when cancelled. */
  const arrival = async (held: HeldFile | undefined, call: CallContext) => {
    if (held) return sealed.opened(held, call)
    const [path] = await ctx.shell.chooseFiles()
    if (!path) return null
    await call.progress('reading', undefined, true)
    return sealed.arrived({ name: basename(path), bytes: await readChosenFile(path, 'backup', MAX_BACKUP_BYTES) })
  }
  return {
    createFullBackup: async ({ protection }, call) => {
      checkProtection(protection)
      await store.idle()
      const name = safeFileName(`Delegation Desk ${format(ctx.clock(), 'yyyy-MM-dd HH-mm')}`, FULL_BACKUP_EXTENSION)
      return saveAs(ctx, call, name, FULL_BACKUP_EXTENSION, async () => protect(await packFullBackup(store.data, store.files, ctx.clock()), protection))
    },
    restoreFullBackup: async ({ held }, call) => {
      const file = await arrival(held, call)
      if (!file) return null
      await call.progress('checking', undefined, true)
      let backup: FullBackup
      try {
        backup = readFullBackup(file.bytes)
      } catch (e) {
        throw naming(e, file.name)
      }
      call.checkCancelled()
      await call.progress('saving')
      await store.idle()
      const previous = store.onDisk
        ? await makeBackup(store.paths, ctx.clock(), 'pre-restore').catch((e: unknown) => {
            throw fileError(e, 'backups', 'write')
          })
        : null
      await installBackupFiles(backup, store.files)
      await store.update((d) => {
        Object.assign(d, backup.data)
      })
      return { createdAt: backup.createdAt, previous }
    },
  }
}
