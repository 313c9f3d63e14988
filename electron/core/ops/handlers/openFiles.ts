// Files the user opened and is still working on (an import being mapped, an exchange file being
// reviewed), kept in memory for this session under a token. Only the last few stay: a
// 50,000-row table or a whole registry's exchange file is tens of megabytes.
import { DeskError } from '../errors'

const KEEP = 3

export function openFiles<T>(area: 'import' | 'exchange' | 'transfer' | 'reply', expired: string) {
  const files = new Map<string, T>()
  return {
    /** Keeps `file` and returns its token; the oldest beyond the last few is let go. */
    keep(file: T): string {
      const token = crypto.randomUUID()
      files.set(token, file)
      for (const old of [...files.keys()].slice(0, -KEEP)) files.delete(old)
      return token
    },
    get(token: string): T {
      const file = files.get(token)
      if (!file) throw new DeskError('not_found', expired, [{ path: 'token', message: `validation.${area}.expired` }])
      return file
    },
    drop(token: string): void {
      files.delete(token)
    },
  }
}
