// `npm run soak`: the crash run of the fault suite at length — 500 kills of the core's process at
// random moments while it saves (SOAK_KILLS to change it) — with its figures printed and written
// to bench/soak.json for the README.
import { mkdir, writeFile } from 'node:fs/promises'
import { crashRun } from '../core/faults/crashRun'

const kills = Number(process.env.SOAK_KILLS ?? 500)
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000)
const started = Date.now()
const figures = await crashRun(kills, seed)
const seconds = Math.round((Date.now() - started) / 1000)
const report = { ...figures, seed, seconds, at: new Date().toISOString() }
console.log(JSON.stringify(report, null, 2))
await mkdir('bench', { recursive: true })
await writeFile('bench/soak.json', `${JSON.stringify(report, null, 2)}\n`)
const sound = figures.lost === 0 && figures.invalidFiles === 0 && figures.recoveryNotices === 0 && figures.maxTempFiles <= 1
console.log(sound ? 'Soak passed: nothing acknowledged was lost, no file was invalid.' : 'Soak FAILED: see the figures above.')
process.exit(sound ? 0 : 1)
