// The core as a Node child process, from the build (out/main/core.js): what the test host, the
// fault tests and the bench start, with the same messages Electron's utilityProcess carries.
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CoreMessage } from './protocol'
import type { LaunchCore } from './host'

export const BUILT_CORE = fileURLToPath(new URL('../../../out/main/core.js', import.meta.url))

/** `env`: the core process's environment (e.g. a temporary folder of its own, TMPDIR). */
export function nodeCoreLauncher(entry = BUILT_CORE, env: NodeJS.ProcessEnv = process.env): LaunchCore {
  if (!existsSync(entry)) throw new Error(`The core is not built (no ${entry}): run npm run build first`)
  return () => {
    // Structured clones, as in Electron: bytes (a PDF, a file) cross as bytes.
    const child = fork(entry, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [], env })
    return {
      send: (message) => {
        if (child.connected) child.send(message)
      },
      onMessage: (listener) => child.on('message', (m) => listener(m as CoreMessage)),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill('SIGKILL'),
    }
  }
}
