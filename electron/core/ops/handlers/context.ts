// What every area's handlers get, and the type they implement.
import type { Clock } from '../../clock'
import type { Store } from '../../store/store'
import type { Contract, OperationName, ParsedArgsOf, ResultOf } from '../contract'
import type { AppStatus } from '../views'

/** What only the shell can do (dialogs, the system viewer); reaches the core through here. */
export interface ShellServices {
  /** Asks the user for files to attach; [] when cancelled. */
  chooseFiles(): Promise<string[]>
  /** Opens a file with the system's viewer. */
  openPath(path: string): Promise<void>
}

export interface HandlerContext {
  store: Store
  clock: Clock
  today: () => string
  status: () => AppStatus
  shell: ShellServices
}

/** The handlers of the operations in `C` (one area's contract), each getting validated arguments. */
export type HandlersOf<C extends Partial<Contract>> = {
  [K in keyof C & OperationName]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K>
}
