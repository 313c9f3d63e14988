import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../clock'
import { buildDemoData } from '../demo/demoData'
import { Desk } from '../desk'
import { unwrap as value } from '../ops/errors'
import { noShell, type ShellServices } from '../ops/handlers/context'
import type { EncryptionOn } from '../ops/contracts/security'
import type { AppStatus, CommitmentDetail } from '../ops/views'
import type { Document } from '../schema'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { isRoot, NEEDS_ROOT } from '../test-support/tinyDisk'
import { createKeys, recoveryKeyBytes, recoveryKeyText, unlockWithPassphrase, unlockWithRecoveryKey, withPassphrase } from './keyFile'
import { isSealed, SealError, sealingCodec } from './seal'
import { KEY_FILE_NAME } from './vault'

const PASSPHRASE = 'верблюд-на-мосту 2026'
const demo = buildDemoData()
/** Words of the demo no file at rest may hold once encryption is on (Cyrillic, Latin, and UTF-16 too). */
const SECRETS = [demo.commitments[0]!.text.slice(0, 24), demo.people[0]!.name.ru, demo.organisations[3]!.name.en, demo.meetings[0]!.venue.ru, 'Секретариат']

/** A clock the test moves: wrong passphrases wait on it. */
function movableClock(day = '2026-11-28') {
  let offset = 0
  const base = clockFrom(day)
  return { clock: () => new Date(base().getTime() + offset), forward: (ms: number) => (offset += ms) }
}

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

async function readableSecrets(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file)
    for (const secret of SECRETS) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))) found.push(`${file}: ${secret}`)
    }
  }
  return found
}

async function encryptedDemo(shell: ShellServices = noShell) {
  const dir = await tempDir()
  const outside = await tempDir()
  const source = join(outside, 'Протокол заседания.pdf')
  await writeFile(source, `%PDF ${SECRETS[1]}`)
  const time = movableClock()
  const desk = await Desk.open({ dataDir: dir, clock: time.clock, shell: { ...shell, chooseFiles: async () => [source] } })
  value(await desk.dispatch('loadDemo', {}))
  value(await desk.dispatch('addSourceFiles', { documentId: demo.documents[0]!.id }))
  // Yesterday's backup and a damaged file set aside: they hold the records too.
  await mkdir(storePaths(dir).backupDir, { recursive: true })
  await writeFile(join(storePaths(dir).backupDir, 'delegation-desk-2026-11-27T10-00-00-000Z-daily.json'), await readFile(storePaths(dir).dataFile))
  await writeFile(join(dir, 'delegation-desk.damaged-2026-11-20T10-00-00-000Z.json'), `{"broken": "${SECRETS[0]}"`)
  expect((await readableSecrets(dir)).length).toBeGreaterThan(0)
  const on = value<EncryptionOn>(await desk.dispatch('enableEncryption', { passphrase: PASSPHRASE, lockAfterMinutes: 15, keychain: false }))
  return { desk, dir, time, on, shell }
}

// scrypt costs half a second a guess, by design: the tests that make several take their time.
describe('the key hierarchy', { timeout: 60_000 }, () => {
  it('wraps one data key by the passphrase; rewrapping changes only the wrap; the recovery key is the key written out', async () => {
    const { file, dataKey, recoveryKey } = await createKeys(PASSPHRASE, 15)
    expect(await unlockWithPassphrase(file, PASSPHRASE)).toEqual(dataKey)
    expect(await unlockWithPassphrase(file, 'верблюд-на-мосту 2025')).toBeNull()
    const rewrapped = await withPassphrase(file, dataKey, 'новая длинная фраза')
    expect(rewrapped.keyId).toBe(file.keyId)
    expect(await unlockWithPassphrase(rewrapped, PASSPHRASE)).toBeNull()
    expect(await unlockWithPassphrase(rewrapped, 'новая длинная фраза')).toEqual(dataKey)
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
    expect(unlockWithRecoveryKey(file, recoveryKey)).toEqual(dataKey)
    // Typed back in lower case, with spaces, O for 0 and l for 1: still the key.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')
    expect(unlockWithRecoveryKey(file, typed)).toEqual(dataKey)
    for (const at of [0, 20, recoveryKey.length - 1]) {
      const mistyped = `${recoveryKey.slice(0, at)}${recoveryKey[at] === 'Z' ? 'Y' : 'Z'}${recoveryKey.slice(at + 1)}`
      expect(unlockWithRecoveryKey(file, mistyped), `at ${at}`).toBeNull()
    }
    expect(recoveryKeyBytes(recoveryKeyText(dataKey))).toEqual(dataKey)
  })

  it('seals a file so that any change is seen, and another installation’s key opens nothing', async () => {
    const a = await createKeys(PASSPHRASE, 15)
    const b = await createKeys(PASSPHRASE, 15)
    const codec = sealingCodec(a.dataKey, a.file.keyId)
    const sealed = Buffer.concat(await codec.seal([Buffer.from('{"text":"'), Buffer.from(SECRETS[0]!), Buffer.from('"}')]))
    expect(isSealed(sealed)).toBe(true)
    expect(sealed.includes(Buffer.from(SECRETS[0]!))).toBe(false)
    expect(codec.open(sealed).toString()).toBe(`{"text":"${SECRETS[0]}"}`)
    for (const at of [10, 60, sealed.length - 20, sealed.length - 1]) {
      const tampered = Buffer.from(sealed)
      tampered[at] = tampered[at]! ^ 1
      expect(() => codec.open(tampered), `byte ${at}`).toThrow(SealError)
    }
    expect(() => codec.open(sealed.subarray(0, 40))).toThrow(/cut short/)
    expect(() => sealingCodec(b.dataKey, b.file.keyId).open(sealed)).toThrow(/another installation/)
    expect(() => codec.open(Buffer.from('{"plain": true}'))).toThrow(/not/)
    expect(sealingCodec(a.dataKey, a.file.keyId, { acceptPlain: true }).open(Buffer.from('plain')).toString()).toBe('plain')
    // Two seals of the same bytes differ: a file of its own key and nonce each time.
    expect(Buffer.concat(await codec.seal([Buffer.from('x')])).equals(Buffer.concat(await codec.seal([Buffer.from('x')])))).toBe(false)
  })

  it('seals a big file a slice at a time: other work runs meanwhile, and it opens whole', async () => {
    const { dataKey, file } = await createKeys(PASSPHRASE, 15)
    const codec = sealingCodec(dataKey, file.keyId)
    // As the data file is written: one big piece among many small ones.
    const parts = [Buffer.from('{"a":"'), Buffer.alloc(24 << 20, 'я'), ...Array.from({ length: 1000 }, (_, i) => Buffer.from(`,${i}`)), Buffer.from('"}')]
    let turns = 0
    const counting = setInterval(() => turns++, 0)
    const sealed = Buffer.concat(await codec.seal(parts))
    clearInterval(counting)
    expect(turns).toBeGreaterThan(3)
    expect(codec.open(sealed).equals(Buffer.concat(parts))).toBe(true)
  })
})

describe('encryption at rest', { timeout: 60_000 }, () => {
  it('leaves nothing readable in the data folder: the data file, backups, damaged files, attached files', async () => {
    const { dir, on } = await encryptedDemo()
    expect(on.status.security).toMatchObject({ encrypted: true, locked: false })
    expect(await readableSecrets(dir)).toEqual([])
    // Attached files are kept under names that say nothing.
    expect((await filesUnder(join(dir, 'files'))).every((f) => /files\/[0-9a-f]{64}$/.test(f))).toBe(true)
    const keys = JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf-8'))
    expect(keys).toMatchObject({ format: 'delegation-desk-keys', pending: null, passphrase: { kdf: 'scrypt', N: 131072, r: 8, p: 1 } })
  })

  it('starts locked; refuses everything but the unlock; a wrong passphrase waits longer each time and wipes nothing', async () => {
    const { dir } = await encryptedDemo()
    const time = movableClock()
    const desk = await Desk.open({ dataDir: dir, clock: time.clock })
    expect(desk.status()).toMatchObject({ state: 'locked', security: { locked: true, encrypted: true } })
    expect(await desk.dispatch('queryCommitments', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await desk.dispatch('unlock', { passphrase: 'не та фраза совсем' })).toMatchObject({ ok: false, error: { issues: [{ path: 'passphrase', message: 'validation.security.wrongPassphrase' }] } })
    // Straight away again: refused without trying, until the wait is over.
    expect(await desk.dispatch('unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.security.wait' }] } })
    expect(desk.status().security.retryInMs).toBeGreaterThan(0)
    time.forward(1_001)
    expect(await desk.dispatch('unlock', { passphrase: 'и эта не та фраза' })).toMatchObject({ ok: false })
    time.forward(1_500)
    expect(await desk.dispatch('unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { issues: [{ message: 'validation.security.wait' }] } })
    time.forward(600)
    const status = value<AppStatus>(await desk.dispatch('unlock', { passphrase: PASSPHRASE }))
    expect(status).toMatchObject({ state: 'ready', security: { locked: false, retryInMs: null } })
    expect(value<{ items: unknown[] }>(await desk.dispatch('queryCommitments', {})).items.length).toBe(demo.commitments.length)
  })

  it('locks on demand: the data is closed again until the next unlock', async () => {
    const { desk } = await encryptedDemo()
    expect(value<AppStatus>(await desk.dispatch('lock', {}))).toMatchObject({ state: 'locked' })
    expect(await desk.dispatch('getCommitment', { id: demo.commitments[0]!.id })).toMatchObject({ ok: false, error: { code: 'locked' } })
    value(await desk.dispatch('unlock', { passphrase: PASSPHRASE }))
    expect(value<CommitmentDetail>(await desk.dispatch('getCommitment', { id: demo.commitments[0]!.id })).commitment.text).toBe(demo.commitments[0]!.text)
  })

  it('detects a tampered data file by its tag, keeps it, and opens the newest good backup', async () => {
    const { dir, desk } = await encryptedDemo()
    value(await desk.dispatch('updateSettings', { language: 'en' }))
    await desk.idle()
    const file = storePaths(dir).dataFile
    const bytes = await readFile(file)
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff
    await writeFile(file, bytes)
    const reopened = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-29') })
    const status = value<AppStatus>(await reopened.dispatch('unlock', { passphrase: PASSPHRASE }))
    expect(status.notices[0]).toMatchObject({ kind: 'recovered_from_backup', problem: 'the encrypted file does not pass its check: damaged or changed' })
    expect((await readFile((status.notices[0] as { damagedFile: string }).damagedFile)).equals(bytes)).toBe(true)
  })

  it('changes the passphrase by rewrapping the key: the data file is not rewritten', async () => {
    const { dir, desk, time } = await encryptedDemo()
    await desk.idle()
    const before = await readFile(storePaths(dir).dataFile)
    expect(await desk.dispatch('changePassphrase', { current: 'неверная фраза тут', next: 'новая длинная фраза' })).toMatchObject({ ok: false })
    time.forward(1_100)
    value(await desk.dispatch('changePassphrase', { current: PASSPHRASE, next: 'новая длинная фраза' }))
    expect((await readFile(storePaths(dir).dataFile)).equals(before)).toBe(true)
    const reopened = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    expect(await reopened.dispatch('unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false })
    const later = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-30') })
    expect(value<AppStatus>(await later.dispatch('unlock', { passphrase: 'новая длинная фраза' })).state).toBe('ready')
  })

  it('opens with the recovery key when the passphrase is forgotten, and when keys.json is lost or damaged (with a new passphrase)', async () => {
    const { dir, on } = await encryptedDemo()
    const forgot = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    value(await forgot.dispatch('unlock', { recoveryKey: on.recoveryKey, newPassphrase: 'фраза после забытой' }))
    await forgot.idle()
    for (const loss of ['lost', 'damaged'] as const) {
      if (loss === 'lost') await rm(join(dir, KEY_FILE_NAME))
      else await writeFile(join(dir, KEY_FILE_NAME), '{ not json')
      const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
      expect(desk.status()).toMatchObject({ state: 'locked', security: { recoveryOnly: true } })
      expect(await desk.dispatch('unlock', { recoveryKey: on.recoveryKey })).toMatchObject({ ok: false, error: { issues: [{ path: 'newPassphrase' }] } })
      expect(await desk.dispatch('unlock', { recoveryKey: 'AAAA-'.repeat(12) + 'AAAA', newPassphrase: 'фраза после потери' })).toMatchObject({ ok: false, error: { issues: [{ path: 'recoveryKey' }] } })
      expect(value<AppStatus>(await desk.dispatch('unlock', { recoveryKey: on.recoveryKey, newPassphrase: 'фраза после потери' })).state).toBe('ready')
      await desk.idle()
      const again = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
      expect(value<AppStatus>(await again.dispatch('unlock', { passphrase: 'фраза после потери' })).state).toBe('ready')
    }
  })

  it('unlocks with the computer account’s keychain when chosen', async () => {
    const kept = new Map<string, Uint8Array>()
    const keychain: ShellServices = {
      ...noShell,
      keychainAvailable: async () => true,
      protectSecret: async (secret) => {
        const blob = new TextEncoder().encode(`blob-${kept.size}`)
        kept.set(Buffer.from(blob).toString(), secret)
        return blob
      },
      unprotectSecret: async (blob) => kept.get(Buffer.from(blob).toString()) ?? null,
    }
    const { dir, desk } = await encryptedDemo(keychain)
    value(await desk.dispatch('updateLock', { keychain: true }))
    const started = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: keychain })
    expect(started.status()).toMatchObject({ state: 'ready', security: { keychain: true } })
    value(await started.dispatch('lock', {}))
    expect(value<AppStatus>(await started.dispatch('unlock', { keychain: true })).state).toBe('ready')
    // Another account's keychain cannot open it: the passphrase still can.
    const elsewhere = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...keychain, unprotectSecret: async () => null } })
    expect(elsewhere.status().state).toBe('locked')
  })

  it('switches off again: every file plain, the key file gone', async () => {
    const { dir, desk, time } = await encryptedDemo()
    expect(await desk.dispatch('disableEncryption', { passphrase: 'не та фраза совсем' })).toMatchObject({ ok: false })
    time.forward(1_100)
    value(await desk.dispatch('disableEncryption', { passphrase: PASSPHRASE }))
    expect(await readdir(dir)).not.toContain(KEY_FILE_NAME)
    for (const file of await filesUnder(dir)) expect(isSealed(await readFile(file)), file).toBe(false)
    const reopened = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    expect(reopened.status().state).toBe('ready')
    const doc = value<Document[]>(await reopened.dispatch('listDocuments', {})).find((d) => d.id === demo.documents[0]!.id)!
    expect(await readFile(join(dir, ...doc.sourceFiles.at(-1)!.storedPath.split('/')), 'utf-8')).toBe(`%PDF ${SECRETS[1]}`)
  })
})

describe('a crash while switching', { timeout: 300_000 }, () => {
  /** Makes the switch stop (as a crash would) at its `n`-th progress report. */
  const crashAt = (n: number) => {
    let seen = 0
    return () => {
      if (++seen === n) throw new Error('crash')
    }
  }

  async function plainDemo() {
    const dir = await tempDir()
    const outside = await tempDir()
    await writeFile(join(outside, 'a.pdf'), `%PDF ${SECRETS[1]}`)
    const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseFiles: async () => [join(outside, 'a.pdf')] } })
    value(await desk.dispatch('loadDemo', {}))
    value(await desk.dispatch('addSourceFiles', { documentId: demo.documents[0]!.id }))
    await mkdir(storePaths(dir).backupDir, { recursive: true })
    await writeFile(join(storePaths(dir).backupDir, 'delegation-desk-2026-11-27T10-00-00-000Z-daily.json'), await readFile(storePaths(dir).dataFile))
    return { dir, desk }
  }

  /** After a crash: the folder opens in the old state or, once unlocked, the new one; the data whole either way. */
  async function afterCrash(dir: string) {
    const after = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28') })
    if (after.status().state === 'locked') expect(value<AppStatus>(await after.dispatch('unlock', { passphrase: PASSPHRASE }))).toMatchObject({ state: 'ready', notices: [] })
    expect(after.status()).toMatchObject({ state: 'ready', notices: [] })
    expect(value<{ items: unknown[] }>(await after.dispatch('queryCommitments', {})).items.length).toBe(demo.commitments.length)
    return after
  }

  it('on, at every step it reports: the old state or the new one, finished by the next unlock', async () => {
    for (let step = 1; ; step++) {
      const { dir, desk } = await plainDemo()
      const crashed = await desk.dispatch('enableEncryption', { passphrase: PASSPHRASE, lockAfterMinutes: 15, keychain: false }, { callId: 'c', onProgress: crashAt(step) })
      const after = await afterCrash(dir)
      const on = after.status().security.encrypted
      // Old: no key file and every file as it was. New: nothing readable left.
      if (on) expect(await readableSecrets(dir), `step ${step}`).toEqual([])
      else expect(await readdir(dir), `step ${step}`).not.toContain(KEY_FILE_NAME)
      if (crashed.ok) break
    }
  })

  it('off, at every step it reports: the new state or the old one, finished by the next unlock', async () => {
    for (let step = 1; ; step++) {
      const { dir, desk } = await encryptedDemo()
      const crashed = await desk.dispatch('disableEncryption', { passphrase: PASSPHRASE }, { callId: 'c', onProgress: crashAt(step) })
      const after = await afterCrash(dir)
      if (after.status().security.encrypted) expect(await readableSecrets(dir), `step ${step}`).toEqual([])
      else for (const file of await filesUnder(dir)) expect(isSealed(await readFile(file)), `step ${step}: ${file}`).toBe(false)
      if (crashed.ok) break
    }
  })

  it.skipIf(!isRoot)(`on, cut short halfway through the backups (${NEEDS_ROOT.replace('mount a tmpfs', 'make a file immutable')})`, async () => {
    const { dir, desk } = await plainDemo()
    const stuck = join(storePaths(dir).backupDir, 'delegation-desk-2026-11-27T10-00-00-000Z-daily.json')
    execFileSync('chattr', ['+i', stuck])
    try {
      expect((await desk.dispatch('enableEncryption', { passphrase: PASSPHRASE, lockAfterMinutes: 15, keychain: false })).ok).toBe(false)
    } finally {
      execFileSync('chattr', ['-i', stuck])
    }
    await afterCrash(dir)
    expect(await readableSecrets(dir)).toEqual([])
  })
})

describe('attached files with encryption on', () => {
  it('reach the viewer as a decrypted copy in a private temporary folder, removed at close; a file that would run never does', async () => {
    const opened: string[] = []
    const { desk } = await encryptedDemo({ ...noShell, openPath: async (p) => void opened.push(p) })
    const doc = value<Document[]>(await desk.dispatch('listDocuments', {})).find((d) => d.id === demo.documents[0]!.id)!
    value(await desk.dispatch('openSourceFile', { documentId: doc.id, fileId: doc.sourceFiles.at(-1)!.id }))
    expect(opened[0]!.startsWith(join(tmpdir(), 'delegation-desk-view-'))).toBe(true)
    expect(await readFile(opened[0]!, 'utf-8')).toBe(`%PDF ${SECRETS[1]}`)
    await desk.close()
    await expect(readFile(opened[0]!)).rejects.toThrow(/ENOENT/)
  })

  it('never hand the viewer a file that would run, encrypted or not', async () => {
    const outside = await tempDir()
    await writeFile(join(outside, 'Протокол.pdf.exe'), 'MZ')
    const opened: string[] = []
    const desk = await Desk.open({ dataDir: await tempDir(), clock: clockFrom('2026-11-28'), shell: { ...noShell, chooseFiles: async () => [join(outside, 'Протокол.pdf.exe')], openPath: async (p) => void opened.push(p) } })
    value(await desk.dispatch('loadDemo', {}))
    const doc = value<Document>(await desk.dispatch('addSourceFiles', { documentId: demo.documents[0]!.id }))
    expect(await desk.dispatch('openSourceFile', { documentId: doc.id, fileId: doc.sourceFiles.at(-1)!.id })).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'Протокол.pdf.exe', reason: 'validation.attachment.runs' } } })
    expect(opened).toEqual([])
  })
})

describe.skipIf(process.platform === 'win32')('a data folder others can write to', () => {
  it('is refused before anything is read', async () => {
    const parent = await tempDir()
    const dataDir = join(parent, 'data')
    await mkdir(dataDir)
    await chmod(parent, 0o777)
    const desk = await Desk.open({ dataDir, clock: clockFrom('2026-11-28') })
    expect(desk.status()).toMatchObject({ state: 'blocked', blockReason: { kind: 'insecure_folder' } })
    expect(await readdir(dataDir)).toEqual([])
  })
})
