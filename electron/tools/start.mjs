// `npm start`: launches the built app in Electron, or explains how to get Electron offline.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electronBinary.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const found = findElectronBinary()

if (!found.path) {
  console.error(`
Delegation Desk was built, but it cannot start: ${found.reason}.

The electron npm package downloads its binary from GitHub on first use, and this machine
cannot reach it. To install Electron without that download, use one of:

  1. A mirror your network can reach:
       ELECTRON_MIRROR=https://your-mirror/electron/ npx install-electron --no
  2. A pre-seeded cache: copy electron-v45.x.x-linux-x64.zip (and its SHASUMS256.txt) into
     the electron cache folder (~/.cache/electron, or the folder named by
     electron_config_cache), then run: npx install-electron --no
  3. An Electron you already have, unpacked in a folder:
       ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start

The tests do not need Electron: npm test runs the whole suite in Chromium.
`)
  process.exit(1)
}

// On first run the app opens on the embedded demo data (README, quick start).
const child = spawn(found.path, [root, '--load-demo', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
