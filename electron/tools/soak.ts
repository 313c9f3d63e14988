// `npm run soak`: the crash run of the fault suite at length — 500 kills of the core's process at
// random moments while it saves (SOAK_KILLS), then 100 on an encrypted folder
// (SOAK_ENCRYPTED_KILLS) — with its figures printed and written to bench/soak.json for the README.
import { mkdir, writeFile } from 'node:fs/promises'
import { crashRun } from '../core/faults/crashRun'

const kills = Number(process.env.SOAK_KILLS ?? 500)
const encryptedKills = Number(process.env.SOAK_ENCRYPTED_KILLS ?? 100)
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000)
const run = async (n: number, passphrase: string | null) => {
  const started = Date.now()
  const figures = await crashRun(n, seed, passphrase)
  return { ...figures, seconds: Math.round((Date.now() - started) / 1000) }
}
const plain = await run(kills, null)
const encrypted = await run(encryptedKills, 'фраза для долгой проверки')
const report = { seed, at: new Date().toISOString(), plain, encrypted }
console.log(JSON.stringify(report, null, 2))
await mkdir('bench', { recursive: true })
await writeFile('bench/soak.json', `${JSON.stringify(report, null, 2)}\n`)
const sound = [plain, encrypted].every((f) => f.lost === 0 && f.invalidFiles === 0 && f.recoveryNotices === 0 && f.maxTempFiles <= 1)
console.log(sound ? 'Soak passed: nothing acknowledged was lost, no file was invalid.' : 'Soak FAILED: see the figures above.')
process.exit(sound ? 0 : 1)
