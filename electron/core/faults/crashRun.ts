// The crash run of the fault suite (crash.test.ts) and of the soak (npm run soak): the core,
// in its own process as the app runs it, saves status updates one after another and is killed
// (SIGKILL) at random moments, mid-write included. After each kill the host starts a fresh core
// on the folder, which must open the data as it is — valid, with no recovery notice — holding
// every update acknowledged before the kill, with at most one temporary file left beside it.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clockFrom } from '../clock'
import { recoveryKeyBytes } from '../crypto/keyFile'
import { plainCodec, sealingCodec, type FileCodec } from '../crypto/seal'
import { KEY_FILE_NAME } from '../crypto/vault'
import { buildDemoData } from '../demo/demoData'
import { Desk } from '../desk'
import type { EncryptionOn } from '../ops/contracts/security'
import { unwrap } from '../ops/errors'
import type { AppStatus } from '../ops/views'
import { noShell } from '../ops/handlers/context'
import { CoreHost, type HostEvent } from '../process/host'
import { nodeCoreLauncher } from '../process/nodeChild'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { migrationChain } from '../store/migrations'
import { storePaths } from '../store/paths'
import { load } from '../store/store'

export interface CrashFigures {
  kills: number
  acknowledged: number
  lost: number
  invalidFiles: number
  recoveryNotices: number
  maxTempFiles: number
}

/** A pseudo-random sequence of its own, so that a failing run can be repeated by its seed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** With `passphrase`, the same on a folder with encryption at rest on: each fresh core is unlocked first. */
export async function crashRun(kills: number, seed: number, passphrase: string | null = null): Promise<CrashFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-crash-'))
  const demo = buildDemoData()
  await writeFile(storePaths(dir).dataFile, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: demo }))
  // The file as a validation from scratch sees it: opened with the data key when encrypted.
  let codec: FileCodec = plainCodec
  if (passphrase) {
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    const on = unwrap<EncryptionOn>(await desk.dispatch('enableEncryption', { passphrase, lockAfterMinutes: 15, keychain: false }))
    await desk.close()
    const keyId = JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8')).keyId as string
    codec = sealingCodec(recoveryKeyBytes(on.recoveryKey)!, keyId)
  }
  const unlocked = async () => {
    if (!passphrase) return host.status
    const answer = await host.call('unlock', { passphrase })
    return answer.ok ? (answer.value as AppStatus) : null
  }
  const commitmentId = demo.commitments[0]!.id
  const next = random(seed)
  const figures: CrashFigures = { kills: 0, acknowledged: 0, lost: 0, invalidFiles: 0, recoveryNotices: 0, maxTempFiles: 0 }
  const acknowledged = new Set<string>()

  let restarted: (() => void) | null = null
  const onEvent = (event: HostEvent) => {
    if (event.type === 'core_restarted') restarted?.()
    if (event.type === 'core_failed') throw new Error('The core did not start again')
  }
  const host = await CoreHost.start(nodeCoreLauncher(), { dataDir: dir, today: '2026-11-28', log: false, loadDemo: false }, noShell, onEvent)
  await unlocked()
  let n = 0
  for (let kill = 0; kill < kills; kill++) {
    // Writes in a loop, each started when the last is acknowledged, until the process dies.
    let alive = true
    const writing = (async () => {
      while (alive) {
        const marker = `ack-${seed}-${++n}`
        const answer = await host.call('addStatusUpdate', {
          commitmentId,
          date: '2026-11-28',
          author: 'fault test',
          source: 'assessment',
          status: 'in_progress',
          progress: null,
          confidence: null,
          narrative: marker,
          // The commitment may be past its date: an update of one gives its reason.
          delayReason: 'fault test',
          evidence: [],
          correctsId: null,
        })
        if (answer.ok) acknowledged.add(marker)
        else return
      }
    })()
    const back = new Promise<void>((resolve) => (restarted = resolve))
    // Anywhere from before the first write to the middle of a later one.
    await new Promise((resolve) => setTimeout(resolve, 5 + next() * 120))
    alive = false
    host.kill()
    figures.kills++
    await writing
    await back

    // What the fresh core opened, and the file itself as a validation from scratch sees it.
    if (((await unlocked())?.notices.length ?? 1) > 0) figures.recoveryNotices++
    const loaded = load(codec.open(await readFile(storePaths(dir).dataFile)).toString('utf8'), migrationChain)
    if (!loaded.ok) {
      figures.invalidFiles++
      continue
    }
    const saved = new Set(loaded.data.statusUpdates.map((u) => u.narrative))
    figures.lost = [...acknowledged].filter((marker) => !saved.has(marker)).length
    // A fresh core sweeps away what a crash left half written: at most one may remain.
    const temps = (await readdir(dir)).filter((name) => name.endsWith('.tmp')).length
    figures.maxTempFiles = Math.max(figures.maxTempFiles, temps)
  }
  figures.acknowledged = acknowledged.size
  await host.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 })
  return figures
}

