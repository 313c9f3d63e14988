// Exchange files the system asked the app to open: from the command line (a double-click on
// Windows and Linux starts the app, or a second instance, with the paths), or macOS's open-file
// event. Every one is kept until the window takes them, and the window is told when more come.
import { EXCHANGE_EXTENSION } from '../core/exchange/format'

/** The exchange files named on a command line. */
export const exchangeFilesIn = (argv: readonly string[]) => argv.slice(1).filter((arg) => arg.toLowerCase().endsWith(`.${EXCHANGE_EXTENSION}`))

export class OpenedFiles {
  readonly #paths: string[]
  readonly #arrived: () => void

  constructor(initial: string[], arrived: () => void) {
    this.#paths = [...initial]
    this.#arrived = arrived
  }

  add(paths: readonly string[]): void {
    if (paths.length === 0) return
    this.#paths.push(...paths)
    this.#arrived()
  }

  /** Every path not taken yet, each given once. */
  take(): string[] {
    return this.#paths.splice(0)
  }
}
