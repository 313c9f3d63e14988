// `npm start`: launches the built app in Electron. The electron package downloads its binary the
// first time it is used, so when it is missing this runs Electron's own installer first (with its
// progress); only when that fails too (a closed network) does it explain how to install Electron
// offline, and exit non-zero.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electronBinary.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const require = createRequire(import.meta.url)

/** Runs the electron package's installer (install-electron), showing what it prints. */
function installElectron() {
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  console.log('Electron is not installed yet: downloading it (the first start only)…')
  return spawnSync(process.execPath, [installer], { stdio: 'inherit', env: process.env }).status === 0
}

let found = findElectronBinary()
if (!found.path && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  if (installElectron()) found = findElectronBinary()
}

if (!found.path) {
  // Reading package.json does not trigger the download that require('electron') would.
  const { version } = require('electron/package.json')
  console.error(`
Delegation Desk was built, but Electron cannot start it: ${found.reason}.

The electron npm package downloads its binary from GitHub on first use, and that download did
not succeed here (a closed network?). Install Electron ${version} in one of these ways, then run
npm start again:

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
