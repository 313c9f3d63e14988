// Finds the Electron binary without triggering its download (see README, "Electron offline").
// Mirrors the lookup of the electron package's own index.js, which would download instead.
// Used by `npm start` and by the e2e fixture to decide whether the Electron host can run.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const platformBinary = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
}

/** @returns {{ path: string } | { path: null, reason: string }} */
export function findElectronBinary(env = process.env) {
  let packageDir
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf-8').trim() : null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformBinary[process.platform] ?? 'electron')
    return existsSync(binary) ? { path: binary } : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${binary}` }
  }
  if (relative === null) return { path: null, reason: 'the Electron binary was never downloaded (no node_modules/electron/path.txt)' }
  const binary = join(packageDir, 'dist', relative)
  return existsSync(binary) ? { path: binary } : { path: null, reason: `the Electron binary is missing at ${binary}` }
}
