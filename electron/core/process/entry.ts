// The core's process: started by Electron's main process as a utilityProcess, or by the test
// host, the fault tests and the bench as a Node child process. Built to out/main/core.js.
import { serveCore, type Transport } from './corePort'
import type { CoreMessage, HostMessage } from './protocol'

interface ParentPort {
  on(event: 'message', listener: (event: { data: HostMessage }) => void): void
  postMessage(message: CoreMessage): void
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort

function transport(): Transport {
  if (parentPort) {
    return { send: (m) => parentPort.postMessage(m), onMessage: (listener) => parentPort.on('message', (e) => listener(e.data)) }
  }
  if (process.send) {
    const send = process.send.bind(process)
    return { send: (m) => void send(m), onMessage: (listener) => process.on('message', (m) => listener(m as HostMessage)) }
  }
  throw new Error('The core runs as a child of its host (a utilityProcess or a Node child process with IPC)')
}

const core = serveCore(transport())
// The host going away takes the core with it, once the change being written is on disk.
if (!parentPort) process.on('disconnect', () => void core.idle().finally(() => process.exit(0)))
