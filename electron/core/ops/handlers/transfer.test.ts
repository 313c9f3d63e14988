// Exchange files and full backups sealed with a transfer passphrase, on real files: nothing of the
// data readable in them, the receiving laptop asks for the passphrase (again after a wrong one),
// and nothing changes until the right one opens the file.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clockFrom } from '../../clock'
import { Desk } from '../../desk'
import type { DeskData } from '../../schema'
import { storePaths } from '../../store/paths'
import { tempDir } from '../../test-support/tempDir'
import type { Restored } from '../contracts/backup'
import { unwrap as value, type DeskErrorShape, type Envelope } from '../errors'
import type { ExchangeReview, SavedFile } from '../views'
import { noShell } from './context'

const PASSPHRASE = 'командировка в Ташкент 2026'
const sealed = { kind: 'passphrase', passphrase: PASSPHRASE } as const

async function laptop(demo: boolean) {
  const dir = await tempDir()
  const chosen: string[] = []
  const saves: string[] = []
  const shell = { ...noShell, chooseFiles: async () => [chosen.shift()!], chooseSavePath: async () => saves.shift() ?? null }
  const desk = await Desk.open({ dataDir: dir, clock: clockFrom('2026-11-28'), shell })
  value(await desk.dispatch(demo ? 'loadDemo' : 'startEmpty', {}))
  const dataFile = () => readFile(storePaths(dir).dataFile)
  const data = async () => JSON.parse((await dataFile()).toString('utf-8')).data as DeskData
  return { desk, chosen, saves, dataFile, data }
}

/** The token of the request for a passphrase, after checking the request is one. */
function askedFor(answer: Envelope<unknown>, reason: 'needsPassphrase' | 'wrongPassphrase', name: string): string {
  expect(answer).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name, reason: `validation.transfer.${reason}` } } })
  const issue = (answer as { error: DeskErrorShape }).error.issues.find((i) => i.path === 'passphrase')
  expect(issue?.message).toBe(`validation.transfer.${reason}`)
  return String(issue!.params!.token)
}

/** Text of the demo that must not be readable in a sealed file: as UTF-8 and as UTF-16. */
const readable = (bytes: Buffer, texts: string[]) => texts.filter((t) => bytes.includes(Buffer.from(t, 'utf-8')) || bytes.includes(Buffer.from(t, 'utf16le')))

describe('a file sealed for the transfer', () => {
  it('a full backup: nothing readable, the passphrase asked for and asked again, restored whole by the right one', async () => {
    const outside = await tempDir()
    const a = await laptop(true)
    const file = join(outside, 'в дорогу.deskbackup')
    a.saves.push(file)
    expect(value<SavedFile>(await a.desk.dispatch('createFullBackup', { protection: sealed }))).toEqual({ path: file })
    const bytes = await readFile(file)
    const demo = await a.data()
    const texts = [demo.commitments[0]!.text, demo.organisations[0]!.name.ru, demo.meetings[0]!.title.en, 'records', 'delegation-desk.json']
    expect(readable(bytes, texts)).toEqual([])

    const b = await laptop(false)
    const before = await b.dataFile()
    b.chosen.push(file)
    const token = askedFor(await b.desk.dispatch('restoreFullBackup', {}), 'needsPassphrase', 'в дорогу.deskbackup')
    // A wrong passphrase asks again for the same file; nothing changed.
    expect(askedFor(await b.desk.dispatch('restoreFullBackup', { held: { token, passphrase: 'не тот пароль ещё раз' } }), 'wrongPassphrase', 'в дорогу.deskbackup')).toBe(token)
    expect(await b.dataFile()).toEqual(before)

    value<Restored>(await b.desk.dispatch('restoreFullBackup', { held: { token, passphrase: PASSPHRASE } }))
    expect(await b.data()).toEqual(demo)
    // Opened once: the file is not held any more.
    expect(await b.desk.dispatch('restoreFullBackup', { held: { token, passphrase: PASSPHRASE } })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('an exchange file: chosen or dropped, reviewed once the passphrase opens it', async () => {
    const outside = await tempDir()
    const a = await laptop(true)
    const file = join(outside, 'МТ РК.ddx')
    a.saves.push(file)
    value(await a.desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: sealed }))
    const bytes = await readFile(file)
    expect(readable(bytes, [(await a.data()).commitments[0]!.text, 'manifest.json'])).toEqual([])

    const b = await laptop(false)
    const chosen = askedFor(await b.desk.dispatch('openExchangeFile', { path: file }), 'needsPassphrase', 'МТ РК.ddx')
    const review = value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { held: { token: chosen, passphrase: PASSPHRASE } }))
    expect(review.counts.new).toBeGreaterThan(30)

    const dropped = askedFor(await b.desk.dispatch('readExchangeFile', { name: 'МТ РК.ddx', base64: bytes.toString('base64') }), 'needsPassphrase', 'МТ РК.ddx')
    expect(value<ExchangeReview>(await b.desk.dispatch('openExchangeFile', { held: { token: dropped, passphrase: PASSPHRASE } })).counts).toEqual(review.counts)
  })

  it('refuses a passphrase too short before the save dialog, and a sealed file cut short or changed', async () => {
    const outside = await tempDir()
    const a = await laptop(true)
    expect(await a.desk.dispatch('createFullBackup', { protection: { kind: 'passphrase', passphrase: 'короткий' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments', issues: [{ path: 'protection.passphrase', message: 'validation.security.shortPassphrase' }] },
    })
    expect(a.saves).toEqual([])

    const file = join(outside, 'x.ddx')
    a.saves.push(file)
    value(await a.desk.dispatch('exportExchange', { scope: { kind: 'all' }, protection: sealed }))
    const whole = await readFile(file)
    const b = await laptop(false)
    const before = await b.dataFile()
    const cut = join(outside, 'cut.ddx')
    await writeFile(cut, whole.subarray(0, 30))
    const cutToken = askedFor(await b.desk.dispatch('openExchangeFile', { path: cut }), 'needsPassphrase', 'cut.ddx')
    expect(await b.desk.dispatch('openExchangeFile', { held: { token: cutToken, passphrase: PASSPHRASE } })).toMatchObject({ ok: false, error: { code: 'file_refused', file: { name: 'cut.ddx', reason: 'validation.transfer.damaged' } } })

    const changed = join(outside, 'changed.ddx')
    const flipped = Buffer.from(whole)
    flipped[flipped.length - 100]! ^= 1
    await writeFile(changed, flipped)
    const changedToken = askedFor(await b.desk.dispatch('openExchangeFile', { path: changed }), 'needsPassphrase', 'changed.ddx')
    // GCM's tag cannot tell a changed file from a wrong passphrase: the words say both.
    askedFor(await b.desk.dispatch('openExchangeFile', { held: { token: changedToken, passphrase: PASSPHRASE } }), 'wrongPassphrase', 'changed.ddx')
    expect(await b.dataFile()).toEqual(before)
  })
})
