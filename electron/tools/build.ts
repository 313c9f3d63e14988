// The tests run the built app (out/), never the sources: the core's own process is out/main/core.js.
// This builds it when it is missing or older than anything it is built from, once per test run,
// so that `npm run test:unit` and `npm run test:e2e` each work on their own and `npm test`
// builds once.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

const BUILT = ['out/renderer/index.html', 'out/renderer/print.html', 'out/main/index.js', 'out/main/core.js', 'out/preload/index.cjs']
const SOURCES = ['electron', 'renderer', 'package.json', 'package-lock.json']

function newest(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let latest = info.mtimeMs
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    // Tests and their support are not built into the app.
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'test-support' || /\.test\.tsx?$/.test(entry.name)) continue
    latest = Math.max(latest, newest(join(path, entry.name)))
  }
  return latest
}

/** True when out/ is missing a part or is older than a source. */
export function isStale(): boolean {
  const built = BUILT.map((file) => join(repoRoot, file))
  if (built.some((file) => !existsSync(file))) return true
  const oldestBuilt = Math.min(...built.map((file) => statSync(file).mtimeMs))
  return SOURCES.some((source) => newest(join(repoRoot, source)) > oldestBuilt)
}

export function ensureBuilt(): void {
  if (!isStale()) return
  console.log('Building Delegation Desk (out/ is missing or older than the sources)…')
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' })
}
