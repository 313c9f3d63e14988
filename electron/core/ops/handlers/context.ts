// What every area's handlers get, and the type they implement.
import type { Clock } from '../../clock'
import type { PrintableBrief } from '../../briefs/printable'
import type { Reminder } from '../../domain/reminders'
import { DeskError } from '../errors'
import type { Store } from '../../store/store'
import type { Contract, OperationName, ParsedArgsOf, ResultOf } from '../contract'
import type { CallContext } from '../progress'
import type { AppStatus } from '../views'

/** What only the shell can do (dialogs, the system viewer); reaches the core through here. */
export interface ShellServices {
  /** Asks the user for files to attach; [] when cancelled. */
  chooseFiles(): Promise<string[]>
  /** Opens a file with the system's viewer. */
  openPath(path: string): Promise<void>
  /** Asks where to save a file, suggesting `fileName`; null when cancelled. */
  chooseSavePath(fileName: string, format: ExportFormat): Promise<string | null>
  /**
   * The brief laid out as pages by the print view, as an A4 PDF. Copies of one document differ
   * only in their stamp: a shell may keep the last layout and restamp it.
   */
  briefPdf(doc: PrintableBrief): Promise<Uint8Array>
  /** The brief laid out as pages by the print view, sent to the system's print dialog. */
  printBrief(doc: PrintableBrief): Promise<void>
  /** Files the system asked the app to open (a double-clicked exchange file), each given once. */
  takeOpenedFiles(): Promise<string[]>
  /** Whether the computer account's keychain can keep a secret (Electron's safeStorage). */
  keychainAvailable(): Promise<boolean>
  /** The secret as the keychain protects it (opaque bytes), or null when it cannot. */
  protectSecret(secret: Uint8Array): Promise<Uint8Array | null>
  /** The secret back, or null when this account's keychain cannot open it. */
  unprotectSecret(blob: Uint8Array): Promise<Uint8Array | null>
  /** Tells the user, through the system's notifications, what reminds today (never empty). */
  notifyReminders(reminders: Reminder[]): Promise<void>
}

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'ics' | 'deskbackup' | 'ddx' | 'zip'

/** Without a desktop (a test, a tool): nothing can be chosen, and nothing opened or printed. */
export const noShell: ShellServices = {
  chooseFiles: async () => [],
  chooseSavePath: async () => null,
  openPath: async () => {
    throw new DeskError('blocked', 'Files cannot be opened here')
  },
  briefPdf: async () => {
    throw new DeskError('blocked', 'Pages cannot be laid out here')
  },
  printBrief: async () => {
    throw new DeskError('blocked', 'Nothing can be printed here')
  },
  takeOpenedFiles: async () => [],
  keychainAvailable: async () => false,
  protectSecret: async () => null,
  unprotectSecret: async () => null,
  // Nobody to tell; the reminders are still there to be read.
  notifyReminders: async () => undefined,
}

export interface HandlerContext {
  store: Store
  clock: Clock
  today: () => string
  status: () => AppStatus
  shell: ShellServices
}

/**
 * The handlers of the operations in `C` (one area's contract), each getting validated arguments
 * and its call: progress to report, a cancel to honour.
 */
export type HandlersOf<C extends Partial<Contract>> = {
  [K in keyof C & OperationName]: (args: ParsedArgsOf<K>, call: CallContext) => Promise<ResultOf<K>> | ResultOf<K>
}
