// Where the app keeps its files. `--data-dir=<folder>` or DESK_DATA_DIR points the app at any
// folder (tests, a USB stick, a second profile); it must be applied before the single-instance
// lock, which is held per user-data folder.
import { join, resolve } from 'node:path'

export function dataDirOverride(argv: string[], env: NodeJS.ProcessEnv): string | null {
  const flag = argv.find((a) => a.startsWith('--data-dir='))
  const value = flag ? flag.slice('--data-dir='.length) : env.DESK_DATA_DIR
  return value ? resolve(value) : null
}

/** Our data lives in a subfolder, apart from Chromium's own caches in the user-data folder. */
export const dataDirIn = (userDataDir: string) => join(userDataDir, 'data')
