// The installation's log, in the data folder (logs/delegation-desk.log, rotated at 1 MB into
// delegation-desk.old.log): start-up, how the data opened, recoveries, refused files, failed
// writes and internal errors with their stacks. Never record content — no texts, names,
// narratives or file names of the user's own — so that it can be sent to support as it is.
// Nothing is written until a host names the folder (unit tests log nowhere).
import log from 'electron-log/node'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const LOG_DIR_NAME = 'logs'
const LOG_FILE_NAME = 'delegation-desk.log'
const MAX_LOG_BYTES = 1024 * 1024

log.transports.console.level = process.env.DESK_LOG_CONSOLE ? 'info' : false
log.transports.file.level = false
log.transports.file.maxSize = MAX_LOG_BYTES
log.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' }
// Only what is logged on purpose: no catching of uncaught errors behind the host's back.
log.errorHandler.stopCatching()

let logFile: string | null = null

/** Starts writing the log into `dataDir/logs`; returns the file's path. */
export function startLog(dataDir: string): string {
  logFile = join(dataDir, LOG_DIR_NAME, LOG_FILE_NAME)
  const file = logFile
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  log.transports.file.resolvePathFn = () => file
  log.transports.file.level = 'info'
  return file
}

/** Where the log is written, or null when this process writes none. */
export const currentLogFile = () => logFile

export type Logger = Pick<typeof log, 'info' | 'warn' | 'error'>

/** A logger whose lines carry the module's name: `logger('store').warn(…)`. */
export const logger = (scope: string): Logger => log.scope(scope)

/**
 * A message without what it quotes: engines and libraries quote the input they choke on
 * (`Unexpected token 'x', "…" is not valid JSON`), and that input may be the user's data.
 */
export const withoutQuotes = (message: string) => message.replace(/"[^"]*"|'[^']*'|`[^`]*`|«[^»]*»|“[^”]*”/g, '"…"').slice(0, 300)

/** An error as the log keeps it: its class, code, message without quotes, and the stack's frames. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`
  const code = (error as NodeJS.ErrnoException).code
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '))
  return [`${error.name}${code ? ` ${code}` : ''}: ${withoutQuotes(error.message)}`, ...frames].join('\n')
}
