// The core in its own process (a utilityProcess, as Actual runs its server): no work of the
// core ever holds up the window's input, which the main process routes.
import { utilityProcess } from 'electron'
import type { CoreChild, LaunchCore } from '../core/process/host'
import type { CoreMessage } from '../core/process/protocol'

export function utilityCoreLauncher(entry: string): LaunchCore {
  return (): CoreChild => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Delegation Desk core', stdio: 'inherit' })
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: CoreMessage) => listener(message)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    }
  }
}
