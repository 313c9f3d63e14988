// `npm start`: launches the built app in Electron, or explains how to get Electron offline.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electronBinary.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const found = findElectronBinary()

if (!found.path) {
  // Reading package.json does not trigger the download that require('electron') would.
  const { version } = createRequire(import.meta.url)('electron/package.json')
  console.error(`
Delegation Desk was built, but Electron cannot start it: ${found.reason}.

The electron npm package downloads its binary from GitHub on first use; on a closed network that
download fails. Install Electron ${version} in one of these ways, then run npm start again:

  1. From a mirror your network can reach:
       ELECTRON_MIRROR=https://mirror.example/electron/ npx install-electron
  2. From a pre-seeded cache: put electron-v${version}-${process.platform}-${process.arch}.zip into
     ~/.cache/electron (or the folder named by electron_config_cache), then run:
       npx install-electron
  3. From an Electron folder you already have:
       ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron npm start

npm test does not need Electron: its end-to-end tests run in Chromium. See README.md.
`)
  process.exit(1)
}

// On first run the app opens on the embedded demo data (README, quick start).
const child = spawn(found.path, [root, '--load-demo', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
