// `npm run bench`: how the core and the app hold up with 1,000 and 10,000 commitments, how long
// exchanging 10,000 commitments and importing a 5,000-row roadmap take, and how long a brief with
// 50 and 500 annex rows takes to become a PDF and a Word file, and ten numbered copies of it.
// Measures opening and saving against bare JSON (what the file format costs at minimum), list
// filters and search in core, and, in Chromium with the real core bridged in, how long the
// dashboard and the list take to become usable and whether a save stalls anything. Prints a
// table and writes bench/results.json. A measurement, not a test: it exits 0 when a target is
// missed and says MISSED. BENCH_SIZES=1000, BENCH_RUNS=3 and BENCH_PARTS=core,encrypted,chromium
// (any of them) shorten a run.
import { produce } from 'immer'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { clockFrom } from '../core/clock'
import { Desk } from '../core/desk'
import { DEMO_TODAY } from '../core/demo/common'
import { generateData } from '../core/demo/generate'
import { queryCommitments, type QueryContext } from '../core/domain/commitmentQuery'
import type { CommitmentQuery } from '../core/ops/contracts/commitments'
import { CURRENT_SCHEMA_VERSION, DeskData, emptyData, type StatusUpdateInput } from '../core/schema'
import { findBrokenReferences } from '../core/schema/references'
import { storePaths } from '../core/store/paths'
import { TestShell, launchChromium, openInChromium, printViewIn } from '../../e2e/fixtures/chromiumHost'
import ExcelJS from 'exceljs'
import { briefToDocx } from '../core/briefs/docx'
import { implementationReport, reportPrintable, reportToXlsx } from '../core/reporting/report'
import { applyMerge, planMerge } from '../core/exchange/merge'
import { packExchange } from '../core/exchange/pack'
import { plainCodec } from '../core/crypto/seal'
import { FileStore } from '../core/files/sourceFiles'
import { readExchange } from '../core/exchange/read'
import { stampRevisions } from '../core/exchange/revisions'
import { noShell } from '../core/ops/handlers/context'
import { CoreHost } from '../core/process/host'
import { nodeCoreLauncher } from '../core/process/nodeChild'
import type { ImportSource } from '../core/ops/views'
import { unwrap } from '../core/ops/errors'
import type { Brief } from '../core/schema'
import type { PrintableBrief } from '../core/briefs/printable'
import { Monitor } from '../../e2e/fixtures/monitor'
import { serveFolder } from '../../e2e/fixtures/staticServer'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const RENDERER_DIR = join(ROOT, 'out/renderer')
const RESULTS_FILE = join(ROOT, 'bench/results.json')
// A list of sizes; empty leaves that part out (BENCH_SIZES= npm run bench measures the rest).
const sizes = (value: string) => value.split(',').filter((x) => x.trim() !== '').map(Number)
const SIZES = sizes(process.env.BENCH_SIZES ?? '1000,10000')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** Which measurements to take at each size: BENCH_PARTS=encrypted measures encryption alone. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'core,encrypted,chromium').split(','))
/** The targets are stated for 10,000 commitments. */
const TARGET_N = 10_000
/** A gap this long between frames (or in the core's event loop) is a visible freeze. */
const FREEZE_MS = 100
/** Long enough for a non-virtualised list of 10,000 rows to finish rendering. */
const PAGE_TIMEOUT_MS = 180_000

// ---------------------------------------------------------------------------------------------
// Results

type Target = { max: number; of: 'ratio' | 'ms' }
interface Row {
  name: string
  n: number
  ms: number
  baselineMs?: number
  target?: Target
  /** The size the target is stated for, when not TARGET_N. */
  targetN?: number
}
const rows: Row[] = []

function record(row: Row): void {
  rows.push(row)
  const base = row.baselineMs === undefined ? '' : ` (bare ${row.baselineMs.toFixed(1)} ms)`
  console.log(`  ${row.name.padEnd(58)} ${row.ms.toFixed(1).padStart(9)} ms${base}`)
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Milliseconds `fn` takes. */
async function time(fn: () => unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Runs `sample` once to warm up, then RUNS times; the median of what it returns. */
async function medianOf(sample: (run: number) => Promise<number>): Promise<number> {
  await sample(-1)
  const xs: number[] = []
  for (let run = 0; run < RUNS; run++) xs.push(await sample(run))
  return median(xs)
}

/**
 * The longest time the event loop went without running a 1 ms timer, while it runs: how long
 * the core blocked its process. In Electron that process is the main process, which routes the
 * window's input, so a long block is felt as a frozen window even though the page still paints.
 */
function watchEventLoop(): () => number {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  return () => {
    clearInterval(timer)
    return Math.max(longest, performance.now() - last)
  }
}

// ---------------------------------------------------------------------------------------------
// Core: open, save, filter, search

const clock = clockFrom(DEMO_TODAY)

/**
 * Waits out what the core does in idle time right after opening (caches for the list, search and
 * saves; the day's backup), as the app does while the window shows its first screen, so it is
 * not counted in the next measurement.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000))

/** A data folder holding exactly `text` as its data file (and nothing else: no backups yet). */
async function dataFolder(parent: string, name: string, text: string): Promise<string> {
  const dir = join(parent, name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(storePaths(dir).dataFile, text)
  return dir
}

/** A data folder as a user's is: the app opened it and saved a change, so its note matches the file. */
async function appWrittenFolder(parent: string, name: string, text: string, data: DeskData): Promise<string> {
  const dir = await dataFolder(parent, name, text)
  const desk = await Desk.open({ dataDir: dir, clock })
  const saved = await desk.dispatch('addStatusUpdate', statusUpdate(data.commitments[0]!.id, 'Запись, после которой файл — записанный приложением.'))
  if (!saved.ok) throw new Error(`Save failed: ${saved.error.message}`)
  await desk.idle()
  return dir
}

const statusUpdate = (commitmentId: string, narrative: string): StatusUpdateInput => ({
  commitmentId,
  date: DEMO_TODAY,
  author: 'Секретариат делегации МТ РК',
  source: 'assessment',
  status: 'in_progress',
  progress: 40,
  confidence: 'AG',
  narrative,
  // A generated commitment may be past its date: an update of one gives its reason.
  delayReason: 'Ожидается согласование сторон.',
  evidence: [],
  correctsId: null,
})

async function benchCore(n: number, data: DeskData, text: string, scratch: string): Promise<void> {
  const file = join(scratch, 'source.json')
  await writeFile(file, text)

  // Open, the usual way: the file is the one the app itself wrote last (its note matches), so it
  // is parsed but not validated again. The bare baseline reads and parses the same file.
  const openTimes: number[] = []
  const bareOpen: number[] = []
  const written = await appWrittenFolder(scratch, 'open-written', text, data)
  for (let run = -1; run < RUNS; run++) {
    bareOpen.push(await time(async () => JSON.parse(await readFile(storePaths(written).dataFile, 'utf-8'))))
    let desk: Desk | undefined
    openTimes.push(await time(async () => (desk = await Desk.open({ dataDir: written, clock }))))
    if (desk?.status().state !== 'ready') throw new Error(`The data file did not open: ${JSON.stringify(desk?.status())}`)
    await settle()
  }
  record({ name: 'open data file the app wrote (Desk.open)', n, ms: median(openTimes.slice(1)), baselineMs: median(bareOpen.slice(1)), target: { max: 1.5, of: 'ratio' } })

  // Open a file from elsewhere (a restored backup, another machine's copy): fully validated.
  const fullOpen: number[] = []
  for (let run = -1; run < RUNS; run++) {
    const dir = await dataFolder(scratch, `open-${run}`, text)
    fullOpen.push(await time(() => Desk.open({ dataDir: dir, clock })))
    await settle()
    await rm(dir, { recursive: true, force: true })
  }
  record({ name: 'open a data file from elsewhere (validated in full)', n, ms: median(fullOpen.slice(1)), baselineMs: median(bareOpen.slice(1)) })

  // Where opening spends its time, step by step.
  const parsed: unknown = JSON.parse(text)
  const envelopeData = (parsed as { data: unknown }).data
  record({ name: '  ↳ JSON.parse', n, ms: await medianOf(async () => time(() => JSON.parse(text))) })
  record({ name: '  ↳ schema validation (zod DeskData.safeParse)', n, ms: await medianOf(async () => time(() => DeskData.safeParse(envelopeData))) })
  record({ name: '  ↳ reference check', n, ms: await medianOf(async () => time(() => findBrokenReferences(data))) })
  const backupTarget = join(scratch, 'backup-copy.json')
  record({ name: '  ↳ daily backup (copy of the file)', n, ms: await medianOf(async () => time(() => copyFile(file, backupTarget))) })

  // Save: one status update through the core, on disk when it resolves; the bare baseline
  // stringifies the same data and writes it once. Meanwhile, watch the event loop.
  const dir = await dataFolder(scratch, 'save', text)
  const desk = await Desk.open({ dataDir: dir, clock })
  await settle()
  const commitmentId = data.commitments[Math.floor(n / 2)]!.id
  const saveTimes: number[] = []
  const bareSave: number[] = []
  const stalls: number[] = []
  const bareFile = join(scratch, 'bare-write.json')
  for (let run = -1; run < RUNS; run++) {
    bareSave.push(await time(() => writeFile(bareFile, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))))
    const stop = watchEventLoop()
    saveTimes.push(
      await time(async () => {
        const result = await desk.dispatch('addStatusUpdate', statusUpdate(commitmentId, `Проверка скорости сохранения, прогон ${run + 2}.`))
        if (!result.ok) throw new Error(`Save failed: ${result.error.message}`)
      }),
    )
    stalls.push(stop())
  }
  record({ name: 'save one status update (addStatusUpdate)', n, ms: median(saveTimes.slice(1)), baselineMs: median(bareSave.slice(1)), target: { max: 1.3, of: 'ratio' } })
  record({ name: '  ↳ JSON.stringify of the file', n, ms: await medianOf(async () => time(() => JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))) })
  record({ name: 'save: longest core event-loop stall (worst run)', n, ms: Math.max(...stalls.slice(1)), target: { max: FREEZE_MS, of: 'ms' } })
  await desk.idle()

  // Filters and search, in core. The derived-state caches are rebuilt when the data changes:
  // "first" runs against a fresh copy of the changed array (after a save: the history; after an
  // edit of a commitment: the search text), "warm" against the same data again.
  const ctx: QueryContext = { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }
  const someCountry = data.countries.find((c) => c.code === 'UZ')!.id
  const filters: [string, CommitmentQuery][] = [
    ['whole list, by due date', {}],
    ['mine (lead)', { mine: 'lead' }],
    ['overdue', { overdue: true }],
    ['status in progress', { status: ['in_progress'] }],
    ['due within 90 days', { dueWithin: 90 }],
    ['country, priority, by document', { countryId: someCountry, priority: true, sort: 'document' }],
  ]
  for (const [label, query] of filters) {
    record({ name: `filter: ${label}`, n, ms: await medianOf(async () => time(() => queryCommitments(data, query, ctx))), target: { max: 50, of: 'ms' } })
  }
  record({
    name: 'filter: mine, first after a save (history rebuilt)',
    n,
    ms: await medianOf(async () => {
      const changed = { ...data, statusUpdates: [...data.statusUpdates] }
      return time(() => queryCommitments(changed, { mine: 'any' }, ctx))
    }),
    target: { max: 50, of: 'ms' },
  })
  // Every figure of the dashboard: what the window waits for when it opens on it.
  record({ name: 'dashboard: every figure (getDashboard)', n, ms: await medianOf(async () => time(() => desk.dispatch('getDashboard', {}))), target: { max: 100, of: 'ms' } })
  for (const words of ['транспорт логистик', 'transport']) {
    record({
      name: `search "${words}", first (builds the search text)`,
      n,
      ms: await medianOf(async () => {
        const changed = { ...data, commitments: [...data.commitments] }
        return time(() => queryCommitments(changed, { text: words }, ctx))
      }),
      target: { max: 50, of: 'ms' },
    })
    record({ name: `search "${words}", warm`, n, ms: await medianOf(async () => time(() => queryCommitments(data, { text: words }, ctx))), target: { max: 50, of: 'ms' } })
  }

  // What Electron's IPC does with the whole list's answer (structured clone both ways).
  const list = queryCommitments(data, {}, ctx)
  record({ name: 'whole list answer through IPC (v8 serialize + deserialize)', n, ms: await medianOf(async () => time(() => deserialize(serialize(list)))) })
}

/**
 * Encryption at rest on the same data. Open: locked, then unlocked by the recovery key (which
 * needs no key derivation, so this is the open itself: read, check the tag, decrypt, parse);
 * unlock by the passphrase adds scrypt. Baselines are the bare read/parse and stringify/write.
 */
async function benchEncrypted(n: number, data: DeskData, text: string, scratch: string): Promise<void> {
  const passphrase = 'фраза для замера скорости'
  const dir = await dataFolder(scratch, 'encrypted', text)
  const setup = await Desk.open({ dataDir: dir, clock })
  const on = await setup.dispatch('enableEncryption', { passphrase, lockAfterMinutes: 15, keychain: false })
  if (!on.ok) throw new Error(`Encryption did not switch on: ${on.error.message}`)
  const { recoveryKey } = on.value as { recoveryKey: string }
  await setup.idle()
  const plainFile = join(scratch, 'plain-copy.json')
  await writeFile(plainFile, text)

  const unlocked = async (args: { passphrase: string } | { recoveryKey: string }) => {
    const desk = await Desk.open({ dataDir: dir, clock })
    const answer = await desk.dispatch('unlock', args)
    if (!answer.ok || desk.status().state !== 'ready') throw new Error(`Did not unlock: ${JSON.stringify(answer)}`)
    return desk
  }
  const open: number[] = []
  const bareOpen: number[] = []
  const unlock: number[] = []
  for (let run = -1; run < RUNS; run++) {
    bareOpen.push(await time(async () => JSON.parse(await readFile(plainFile, 'utf-8'))))
    open.push(await time(() => unlocked({ recoveryKey })))
    await settle()
    unlock.push(await time(() => unlocked({ passphrase })))
    await settle()
  }
  record({ name: 'encrypted: open the data file (decrypt + parse)', n, ms: median(open.slice(1)), baselineMs: median(bareOpen.slice(1)), target: { max: 1.6, of: 'ratio' } })
  record({ name: 'encrypted: unlock by passphrase (scrypt + open)', n, ms: median(unlock.slice(1)), target: { max: 2000, of: 'ms' } })

  const desk = await unlocked({ recoveryKey })
  await settle()
  const commitmentId = data.commitments[Math.floor(n / 2)]!.id
  const save: number[] = []
  const bareSave: number[] = []
  const stalls: number[] = []
  for (let run = -1; run < RUNS; run++) {
    bareSave.push(await time(() => writeFile(plainFile, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))))
    const stop = watchEventLoop()
    save.push(
      await time(async () => {
        const result = await desk.dispatch('addStatusUpdate', statusUpdate(commitmentId, `Проверка скорости зашифрованного сохранения, прогон ${run + 2}.`))
        if (!result.ok) throw new Error(`Save failed: ${result.error.message}`)
      }),
    )
    stalls.push(stop())
  }
  record({ name: 'encrypted: save one status update', n, ms: median(save.slice(1)), baselineMs: median(bareSave.slice(1)), target: { max: 1.4, of: 'ratio' } })
  record({ name: 'encrypted save: longest core event-loop stall (worst run)', n, ms: Math.max(...stalls.slice(1)), target: { max: FREEZE_MS, of: 'ms' } })
  await desk.idle()
}

// ---------------------------------------------------------------------------------------------
// Chromium: the built renderer with the real core behind window.desk

// The texts the app shows in Russian (renderer/src/i18n/locales/ru/commitments.json).
const DASHBOARD_FIGURE = 'Всего поручений'
const LIST_LABEL = 'Поручения'

/**
 * Notes the first frame in which each view is usable, on the page's clock (ms since navigation
 * start). Tolerant of how the list is drawn (a table, or a virtualised grid of role="row" /
 * "gridcell"): it is usable once a data cell inside it is laid out. Page-side code is passed as
 * strings: this file is type-checked without the DOM library, and the app's CSP forbids eval,
 * which rules out Playwright's string predicates (CDP evaluation and init scripts are exempt).
 */
const PROBE = `(() => {
  const visible = (el) => !!el && el.getBoundingClientRect().height > 0
  const dashboardReady = () => {
    const figure = document.querySelector('[role="group"][aria-label=${JSON.stringify(DASHBOARD_FIGURE)}]')
    return visible(figure) && /\\d/.test(figure.textContent)
  }
  const listReady = () => {
    const list = document.querySelector('[aria-label=${JSON.stringify(LIST_LABEL)}]:is(table, [role="table"], [role="grid"], [role="treegrid"])')
    return visible(list && list.querySelector('td, [role="cell"], [role="gridcell"]'))
  }
  const marks = (window.__bench = {})
  // When each view's data first reaches the page: what follows is the app's own rendering.
  for (const [op, key] of [['getDashboard', 'dashboardData'], ['queryCommitments', 'listData']]) {
    const call = window.desk && window.desk[op]
    if (call) window.desk[op] = async (args) => {
      const answer = await call(args)
      if (marks[key] === undefined) marks[key] = performance.now()
      return answer
    }
  }
  const check = () => {
    if (marks.dashboard === undefined && dashboardReady()) marks.dashboard = performance.now()
    if (marks.list === undefined && listReady()) marks.list = performance.now()
    if (marks.dashboard === undefined || marks.list === undefined) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

/** In the page: clicks the navigation's link to the list, with the list's marks cleared; the page's clock at the click. */
const OPEN_LIST_FROM_NAVIGATION = `(() => {
  delete window.__bench.list
  delete window.__bench.listData
  const clicked = performance.now()
  document.querySelector('a[href="#/commitments"]').click()
  return clicked
})()`

/** In the page: the longest gap between frames while `work` runs and 300 ms after. */
const frameGapDuring = (work: string) => `(async () => {
  let longest = 0, last = performance.now(), running = true
  const loop = (t) => { longest = Math.max(longest, t - last); last = t; if (running) requestAnimationFrame(loop) }
  requestAnimationFrame(loop)
  await new Promise((r) => setTimeout(r, 200))
  longest = 0
  const result = await (async () => { ${work} })()
  await new Promise((r) => setTimeout(r, 300))
  running = false
  return { longest, ok: result.ok }
})()`

async function benchChromium(n: number, data: DeskData, text: string, scratch: string, origin: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const starts: number[] = []
  const dashboards: number[] = []
  const lists: number[] = []
  const listNavigations: number[] = []
  const dashboardRenders: number[] = []
  const listRenders: number[] = []
  const saveGaps: number[] = []
  const dashboardTrips: number[] = []
  const listTrips: number[] = []
  const errors = new Set<string>()
  const commitmentId = data.commitments[0]!.id

  for (let run = -1; run < RUNS; run++) {
    const userDataDir = join(scratch, `chromium-${run}`)
    const dataDir = await appWrittenFolder(userDataDir, 'data', text, data)
    const monitor = new Monitor()
    // Cold: a new core opens the file, a new browser context loads the app and shows the dashboard.
    const start = performance.now()
    const session = await openInChromium(browser, origin, { userDataDir, dataDir, today: DEMO_TODAY, locale: 'ru-RU', monitor, shell: new TestShell() })
    try {
      const { page } = session
      const mark = async (name: string) => {
        const handle = await page.waitForFunction((key) => (globalThis as unknown as { __bench?: Record<string, number> }).__bench?.[key], name, { timeout: PAGE_TIMEOUT_MS })
        return Number(await handle.jsonValue())
      }
      // openInChromium returns once the page has loaded; the dashboard needs its data after
      // that, so a probe started now still sees the first frame that shows it.
      await page.evaluate(PROBE)
      const shown = (await mark('dashboard')) + (await page.evaluate<number>('performance.timeOrigin'))
      const started = shown - (performance.timeOrigin + start)

      // Page only: from navigation start to the first frame that shows the view.
      await page.context().addInitScript(PROBE)
      await page.goto(`${origin}/index.html?bench=${run}`)
      const dashboard = await mark('dashboard')
      const dashboardRender = dashboard - (await mark('dashboardData'))
      // A new load of the window on the list (a reload, a link from outside): a new query string,
      // since a change of the hash alone navigates inside the page already loaded.
      await page.goto(`${origin}/index.html?bench=${run}&view=list#/commitments`)
      const list = await mark('list')
      const listRender = list - (await mark('listData'))
      // The list as a user opens it: from the dashboard, through the navigation.
      await page.goto(`${origin}/index.html?bench=${run}&view=dashboard`)
      await mark('dashboard')
      const clicked = await page.evaluate<number>(OPEN_LIST_FROM_NAVIGATION)
      const listFromNavigation = (await mark('list')) - clicked

      // A save from the window while it shows the list.
      const update = JSON.stringify(statusUpdate(commitmentId, 'Проверка отзывчивости окна во время сохранения.'))
      const save = await page.evaluate<{ longest: number; ok: boolean }>(frameGapDuring(`return window.desk.addStatusUpdate(${update})`))
      if (!save.ok) throw new Error('The save through window.desk failed')
      // What this host's bridge adds to both pages' loading: Playwright's binding passes answers
      // as its own serialised values, parsed by script in the page, where Electron's IPC uses a
      // structured clone (the core row "through IPC" above).
      const roundTrip = (op: string) => page.evaluate<number>(`(async () => { const t = performance.now(); await window.desk.${op}({}); return performance.now() - t })()`)
      const trips = [await roundTrip('getDashboard'), await roundTrip('queryCommitments')] as const
      if (run >= 0) {
        starts.push(started)
        dashboards.push(dashboard)
        dashboardRenders.push(dashboardRender)
        lists.push(list)
        listNavigations.push(listFromNavigation)
        listRenders.push(listRender)
        saveGaps.push(save.longest)
        dashboardTrips.push(trips[0])
        listTrips.push(trips[1])
      }
    } finally {
      await session.close()
      await rm(userDataDir, { recursive: true, force: true })
      for (const e of [...monitor.errors, ...monitor.blocked.map((url) => `blocked request: ${url}`)]) errors.add(e.split('\n')[0]!)
    }
  }
  record({ name: 'dashboard usable (navigation → figures shown)', n, ms: median(dashboards), target: { max: 1500, of: 'ms' } })
  record({ name: '  ↳ rendering, from its data arriving', n, ms: median(dashboardRenders) })
  record({ name: '  ↳ host bridge: getDashboard round trip', n, ms: median(dashboardTrips) })
  record({ name: 'app start → dashboard usable (core open + new window)', n, ms: median(starts), target: { max: 1500, of: 'ms' } })
  record({ name: 'commitments list usable (navigation → first row)', n, ms: median(lists), target: { max: 500, of: 'ms' } })
  record({ name: 'commitments list opened from the navigation (click → first row)', n, ms: median(listNavigations), target: { max: 500, of: 'ms' } })
  record({ name: '  ↳ rendering, from its data arriving', n, ms: median(listRenders) })
  record({ name: '  ↳ host bridge: whole list round trip', n, ms: median(listTrips) })
  record({ name: 'window: longest frame gap during a save (worst run)', n, ms: Math.max(...saveGaps), target: { max: FREEZE_MS, of: 'ms' } })
  if (errors.size > 0) console.log(`  page reported: ${[...errors].slice(0, 5).join(' | ')}`)
}

// ---------------------------------------------------------------------------------------------
// Exchange: everything of a large registry packed, read and merged into an empty laptop, then
// the same file planned again (nothing to do), and a file with one change planned and applied.
// Applying is timed as the store makes a change: inside immer, stamped with revisions.

const EXCHANGE_SIZES = sizes(process.env.BENCH_EXCHANGE_SIZES ?? '10000')

/** A change as the store makes it for the handlers (see exchange/revisions.ts). */
const stamped = (data: DeskData, recipe: (draft: DeskData) => void) =>
  produce(data, (draft) => {
    recipe(draft as DeskData)
    stampRevisions(data, draft, new Date().toISOString())
  })

async function benchExchange(n: number, scratch: string) {
  // Every record at its first revision, as the demo or an upgrade leaves them.
  const data = stamped(emptyData(), (d) => void Object.assign(d, { ...generateData(n), history: d.history }))
  const dataDir = await dataFolder(scratch, `exchange-${n}`, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))
  const options = { files: new FileStore(dataDir, plainCodec), now: new Date(), fromName: 'bench' }
  let bytes!: Uint8Array
  const pack = await time(async () => (bytes = await packExchange(data, { kind: 'all' }, options)))
  let content!: ReturnType<typeof readExchange>
  const read = await time(() => (content = readExchange(bytes)))
  const empty = emptyData()
  let plan!: ReturnType<typeof planMerge>
  const planNew = await time(() => (plan = planMerge(empty, content)))
  let merged!: DeskData
  const apply = await time(() => (merged = stamped(empty, (d) => void applyMerge(d, plan, {}, new Date().toISOString()))))
  const again = await time(() => planMerge(merged, content))
  const changed = stamped(data, (d) => void (d.commitments[0]!.completionForm = 'Отчёт'))
  const oneBytes = await packExchange(changed, { kind: 'all' }, options)
  const oneRead = await time(() => (content = readExchange(oneBytes)))
  const onePlanApply = await time(() => stamped(merged, (d) => void applyMerge(d, planMerge(merged, content), {}, new Date().toISOString())))
  console.log(`  (${(bytes.byteLength / 1e6).toFixed(1)} MB package, ${plan.changes} records)`)
  record({ name: 'exchange: pack everything (before revisions: 2.0 s)', n, ms: pack, target: { max: 2000, of: 'ms' } })
  record({ name: 'exchange: read and check the package (before: 1.2 s)', n, ms: read })
  record({ name: 'exchange: plan against an empty laptop (before: 1.2 s)', n, ms: planNew })
  record({ name: 'exchange: apply, every record new, in a stamped change (before, on a plain object: 0.4 s)', n, ms: apply, target: { max: 1000, of: 'ms' } })
  record({ name: 'exchange: plan the same file again, nothing to do (before: 1.6 s)', n, ms: again })
  record({ name: 'exchange: a file with one change, read', n, ms: oneRead })
  record({ name: 'exchange: a file with one change, planned and applied', n, ms: onePlanApply, target: { max: 1000, of: 'ms' } })
}

// ---------------------------------------------------------------------------------------------
// Requests for updates: every commitment of 10,000 asked of its owners, spread over 200
// organisations, through the core's own operation (a workbook and a letter per owner, one archive
// written), and one owner's reply of 500 rows read back and reviewed.

const REQUEST_SIZES = sizes(process.env.BENCH_REQUEST_SIZES ?? '10000')
const REQUEST_OWNERS = 200
const REPLY_ROWS = 500
const REPORT_ROWS = 2000

/** The data with its commitments led by REQUEST_OWNERS organisations in turn (the first owning REPLY_ROWS more). */
function withOwners(n: number): DeskData {
  const data = generateData(n)
  const template = data.organisations.find((o) => o.id !== data.settings.ourOrganisationId)!
  const owners = Array.from({ length: REQUEST_OWNERS }, (_, i) => ({ ...template, id: crypto.randomUUID(), name: { ru: `Министерство № ${i + 1}`, en: `Ministry No. ${i + 1}` } }))
  data.organisations.push(...owners)
  data.commitments.forEach((c, i) => {
    const owner = i < REPLY_ROWS ? owners[0]! : owners[i % REQUEST_OWNERS]!
    c.owners = [{ organisationId: owner.id, role: 'lead' }]
  })
  return data
}

async function benchRequests(n: number, scratch: string, origin: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const data = withOwners(n)
  const dataDir = await dataFolder(scratch, `requests-${n}`, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))
  const archive = join(scratch, 'requests.zip')
  const chosen: string[] = []
  const desk = await Desk.open({ dataDir, clock: clockFrom(DEMO_TODAY), shell: { ...noShell, chooseSavePath: async () => archive, chooseFiles: async () => chosen.splice(0, 1) } })
  try {
    const create = await time(async () => unwrap(await desk.dispatch('createUpdateRequests', { query: {}, replyBy: '2026-12-31', language: 'ru' })))
    record({ name: `requests: ${REQUEST_OWNERS} workbooks and letters, one archive`, n, ms: create, target: { max: 5000, of: 'ms' } })
    const { unzipSync } = await import('fflate')
    const files = unzipSync(new Uint8Array(await readFile(archive)))
    const biggest = Object.entries(files).filter(([name]) => name.endsWith('.xlsx')).sort((a, b) => b[1].byteLength - a[1].byteLength)[0]!
    const reply = join(scratch, 'reply.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(biggest[1] as unknown as ArrayBuffer)
    book.worksheets[0]!.eachRow((row, i) => {
      if (i > 3) row.getCell(8).value = 'в работе'
    })
    await writeFile(reply, new Uint8Array(await book.xlsx.writeBuffer()))
    const read = await medianOf(async () => {
      chosen.push(reply)
      return time(async () => unwrap(await desk.dispatch('openReply', {})))
    })
    record({ name: `requests: read and review a reply of ${REPLY_ROWS} rows`, n, ms: read, target: { max: 1000, of: 'ms' } })

    // The implementation report of 2,000 of them; its PDF laid out by the print view in Chromium, as the briefs' are.
    const items = queryCommitments(data, {}, { today: DEMO_TODAY, ourOrganisationId: data.settings.ourOrganisationId }).items.slice(0, REPORT_ROWS)
    let doc!: ReturnType<typeof implementationReport>
    const assemble = await medianOf(() => time(() => (doc = implementationReport(data, items, { subject: 'Bench', language: 'ru', today: DEMO_TODAY, since: null, previous: null }))))
    record({ name: `report: assemble ${REPORT_ROWS} commitments`, n, ms: assemble })
    record({ name: `report: ${REPORT_ROWS} commitments to Excel`, n, ms: await medianOf(() => time(() => reportToXlsx(doc))), target: { max: 3000, of: 'ms' } })
    record({ name: `report: ${REPORT_ROWS} commitments to Word`, n, ms: await medianOf(() => time(() => briefToDocx(reportPrintable(doc)))) })
    const context = await browser.newContext()
    try {
      const render = printViewIn(context, origin, new Monitor())
      // Each run a title of its own, so every run lays the pages out afresh.
      let run = 0
      const pdf = await medianOf(() => time(() => render(reportPrintable({ ...doc, title: `${doc.title} ${++run}` }))))
      record({ name: `report: assemble + ${REPORT_ROWS} commitments to PDF`, n, ms: assemble + pdf, target: { max: 10_000, of: 'ms' } })
    } finally {
      await context.close()
    }
  } finally {
    await desk.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Briefs: the annex of every commitment, assembled by the core, laid out by the print view in
// Chromium and printed to PDF as a numbered copy with its recipient across every page (the test
// host's way; Electron's printToPDF is the same engine), written as Word, and ten numbered copies
// made by the core's own operation, with its progress.

const BRIEF_ROWS = sizes(process.env.BENCH_BRIEF_ROWS ?? '50,500')
const COPIES = 10

async function benchBrief(n: number, scratch: string, origin: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const data = generateData(n)
  const dataDir = await dataFolder(scratch, `brief-${n}`, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))
  const context = await browser.newContext()
  const monitor = new Monitor()
  const render = printViewIn(context, origin, monitor)
  const copiesDir = join(scratch, `copies-${n}`)
  await mkdir(copiesDir, { recursive: true })
  const desk = await Desk.open({ dataDir, clock, shell: { ...noShell, briefPdf: render, chooseSavePath: async (name) => join(copiesDir, name) } })
  try {
    const meeting = data.meetings.find((m) => m.number === 6) ?? data.meetings[0]!
    const brief = unwrap<Brief>(await desk.dispatch('createBrief', { meetingId: meeting.id, language: 'ru' }))
    const { id, createdAt: _c, updatedAt: _u, sample: _s, issued: _i, copies: _k, ...input } = brief
    const sections = input.sections.map((s) => (s.kind === 'commitments_annex' ? { ...s, filter: { ...s.filter, ownership: 'any' as const } } : s))
    unwrap(await desk.dispatch('updateBrief', { id, input: { ...input, sections } }))
    const content = async () => unwrap<PrintableBrief>(await desk.dispatch('briefContent', { id, version: null }))
    const doc = await content()
    const rowsShown = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'table' ? b.rows : [])).length
    let pages = 0
    const assemble = await medianOf(() => time(content))
    // Each run a recipient of its own, so every run lays the pages out afresh.
    let run = 0
    const pdf = await medianOf(async () => {
      const start = performance.now()
      const bytes = Buffer.from(await render({ ...doc, copy: { number: ++run, recipient: `Получатель ${run}`, watermark: true }, title: `${doc.title} ${run}` }))
      pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
      return performance.now() - start
    })
    const word = await medianOf(() => time(() => briefToDocx({ ...doc, copy: { number: 1, recipient: 'Получатель', watermark: true } })))
    unwrap(await desk.dispatch('issueBrief', { id, edition: 'principal' }))
    const recipients = Array.from({ length: COPIES }, (_, i) => `Член делегации ${i + 1}`)
    const progress: number[] = []
    const copies = await time(async () =>
      unwrap(await desk.dispatch('issueCopies', { id, version: 1, medium: 'pdf', watermark: true, recipients }, { callId: 'bench', onProgress: (p) => p.step === 'copies' && progress.push(p.done ?? -1) })),
    )
    console.log(`  (${rowsShown} table rows in the brief, ${pages} pages; copies reported ${progress.join(', ')} of ${COPIES})`)
    record({ name: `brief: assemble in core`, n, ms: assemble })
    record({ name: `brief: print view → PDF, numbered copy with watermark (${pages} pages)`, n, ms: pdf })
    record({ name: 'brief: assemble + PDF', n, ms: assemble + pdf, target: { max: 5000, of: 'ms' }, targetN: 500 })
    record({ name: 'brief: Word file (copy with watermark)', n, ms: word })
    record({ name: `brief: ${COPIES} numbered copies as PDF (issueCopies)`, n, ms: copies, target: { max: 20_000, of: 'ms' }, targetN: 500 })
    if (monitor.errors.length > 0) console.log(`  page reported: ${monitor.errors.slice(0, 3).join(' | ')}`)
  } finally {
    await context.close()
    await desk.idle()
  }
}

// ---------------------------------------------------------------------------------------------
// Import: a roadmap of 5,000 rows from an Excel workbook, read, previewed and saved in one change.

const IMPORT_ROWS = sizes(process.env.BENCH_IMPORT_ROWS ?? '5000')

/** A roadmap workbook of `n` rows, as ministries send them. */
async function writeImportWorkbook(file: string, n: number) {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('План')
  sheet.addRow(['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные исполнители', 'Форма завершения'])
  const deadlines = ['IV квартал 2027 г.', '2026–2027 гг.', 'ежегодно', 'до 1 марта 2027 г.', 'в течение 2027 года', 'постоянно']
  const owners = ['МТ РК (отв.), МИД РК', 'МИД РК; МТК КР', 'МТ РУз', 'МЭ РК (отв.), МТ РК (соисп.)']
  for (let i = 1; i <= n; i++) sheet.addRow([`${i}.`, `Разработать и согласовать меры по развитию транзитных перевозок, этап ${i}`, deadlines[i % deadlines.length], owners[i % owners.length], 'Доклад'])
  await book.xlsx.writeFile(file)
}

async function benchImport(n: number, scratch: string) {
  const file = join(scratch, 'import.xlsx')
  await writeImportWorkbook(file, n)
  const dataDir = await dataFolder(scratch, 'import', JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data: generateData(100) }))
  const desk = await Desk.open({ dataDir, clock, shell: { ...noShell, chooseFiles: async () => [file] } })
  try {
    const documentId = unwrap<{ id: string }[]>(await desk.dispatch('listDocuments', {}))[0]!.id
    let source!: ImportSource
    const read = await time(async () => (source = unwrap<ImportSource>(await desk.dispatch('openImportFile', {}))))
    const settings = { token: source.token, documentId, sheet: 0, headerRow: source.sheets[0]!.headerRow, columns: source.sheets[0]!.columns, fixes: {}, skip: [], owners: {} }
    const preview = await time(async () => unwrap(await desk.dispatch('previewImport', { settings, offset: 0, limit: 100, only: 'all' })))
    const save = await time(async () => unwrap(await desk.dispatch('commitImport', { settings })))
    record({ name: 'import: read the .xlsx (openImportFile)', n, ms: read })
    record({ name: 'import: preview every row (parse, match, check)', n, ms: preview })
    record({ name: 'import: save them all in one change', n, ms: save })
    record({ name: 'import: read + preview + save', n, ms: read + preview + save })
  } finally {
    await desk.idle()
  }
}

// ---------------------------------------------------------------------------------------------
// The relay: in Electron the main process routes the window's input and relays its calls to the
// core. How long does the process that relays stay blocked while the core exchanges 10,000
// commitments, writes a 500-row Word brief and saves a 5,000-row import? Once with the core in
// that same process (as the shell ran it before), once with the core in its own process.

const RELAY = process.env.BENCH_RELAY !== ''

type Caller = (name: string, args: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>

async function relayScenario(label: string, open: (dataDir: string, shell: typeof noShell) => Promise<{ call: Caller; close(): Promise<void> }>, scratch: string, importFile: string) {
  const data = generateData(10_000)
  const a = await dataFolder(scratch, `relay-${label}-a`, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }))
  const b = join(scratch, `relay-${label}-b`)
  const saved = join(scratch, `relay-${label}.ddx`)
  const word = join(scratch, `relay-${label}.docx`)
  const shellA = { ...noShell, chooseSavePath: async (name: string) => (name.endsWith('.ddx') ? saved : word), chooseFiles: async () => [importFile] }
  const shellB = { ...noShell, chooseFiles: async () => [saved] }
  const coreA = await open(a, shellA)
  await settle()
  const stalled = async (name: string, run: () => Promise<unknown>) => {
    const stop = watchEventLoop()
    await run()
    const ms = stop()
    record({ name: `relay stall (${label}): ${name}`, n: 10_000, ms, ...(label === 'core process' ? { target: { max: 50, of: 'ms' as const } } : {}) })
  }
  const must = async (name: string, args: unknown, call: Caller = coreA.call) => {
    const answer = await call(name, args)
    if (!answer.ok) throw new Error(`${name} failed: ${answer.error?.message}`)
    return answer.value
  }
  try {
    await stalled('export everything for exchange', () => must('exportExchange', { scope: { kind: 'all' }, protection: { kind: 'plain' } }))
    const coreB = await open(b, shellB)
    await settle()
    await must('startEmpty', {}, coreB.call)
    await stalled('open the exchange file (read, check, plan)', async () => {
      const review = (await must('openExchangeFile', {}, coreB.call)) as { token: string }
      await stalled('apply it', () => must('applyExchange', { token: review.token, choices: {} }, coreB.call))
    })
    await coreB.close()
    const meeting = data.meetings.find((m) => m.number === 6) ?? data.meetings[0]!
    const brief = (await must('createBrief', { meetingId: meeting.id, language: 'ru' })) as Brief
    const { id, createdAt: _c, updatedAt: _u, sample: _s, issued: _i, copies: _k, ...input } = brief
    const annex500 = input.sections.map((section) => (section.kind === 'commitments_annex' ? { ...section, filter: { ...section.filter, ownership: 'any' as const, documentIds: data.documents.slice(0, 5).map((d) => d.id) } } : section))
    await must('updateBrief', { id, input: { ...input, sections: annex500 } })
    await stalled('save the brief as Word (about 500 annex rows)', () => must('saveBriefWord', { id, version: null }))
    const documentId = data.documents[1]!.id
    const source = (await must('openImportFile', {})) as ImportSource
    const settings = { token: source.token, documentId, sheet: 0, headerRow: source.sheets[0]!.headerRow, columns: source.sheets[0]!.columns, fixes: {}, skip: [], owners: {} }
    await stalled('save a 5,000-row import', () => must('commitImport', { settings }))
  } finally {
    await coreA.close()
  }
}

async function benchRelay(scratch: string) {
  const importFile = join(scratch, 'relay-import.xlsx')
  await writeImportWorkbook(importFile, 5000)
  await relayScenario(
    'core in the same process',
    async (dataDir, shell) => {
      const desk = await Desk.open({ dataDir, clock, shell })
      return { call: (name, args) => desk.dispatch(name, args), close: () => desk.idle() }
    },
    scratch,
    importFile,
  )
  await relayScenario(
    'core process',
    async (dataDir, shell) => {
      const host = await CoreHost.start(nodeCoreLauncher(), { dataDir, today: DEMO_TODAY, log: false, loadDemo: false }, shell)
      return { call: (name, args) => host.call(name, args), close: () => host.close() }
    },
    scratch,
    importFile,
  )
}

// ---------------------------------------------------------------------------------------------

function verdict(row: Row): { ratio: string; target: string; result: string } {
  const ratio = row.baselineMs ? row.ms / row.baselineMs : undefined
  const ratioText = ratio === undefined ? '' : `${ratio.toFixed(2)}×`
  if (!row.target || row.n !== (row.targetN ?? TARGET_N)) return { ratio: ratioText, target: '', result: '' }
  const value = row.target.of === 'ratio' ? ratio : row.ms
  const target = row.target.of === 'ratio' ? `≤ ${row.target.max}× bare` : `≤ ${row.target.max} ms`
  return { ratio: ratioText, target, result: value !== undefined && value <= row.target.max ? 'ok' : 'MISSED' }
}

function printTable(): void {
  const header = ['measurement', 'n', 'ms', 'bare ms', 'ratio', `target (n=${TARGET_N} unless named)`, '']
  const lines = rows.map((r) => {
    const v = verdict(r)
    return [r.name, String(r.n), r.ms.toFixed(1), r.baselineMs?.toFixed(1) ?? '', v.ratio, v.target, v.result]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const line of lines) console.log(format(line))
  const missed = rows.filter((r) => verdict(r).result === 'MISSED')
  console.log(missed.length === 0 ? '\nAll targets met.' : `\nMISSED ${missed.length} target(s): ${missed.map((r) => r.name.trim()).join('; ')}`)
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('No built renderer in out/renderer: run `npm run build` (npm run bench does).')
  const scratch = await mkdtemp(join(tmpdir(), 'desk-bench-'))
  const server = await serveFolder(RENDERER_DIR)
  const browser = await launchChromium()
  try {
    for (const n of SIZES) {
      const data = generateData(n)
      // Compact, as the store writes it.
      const text = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data })
      console.log(`\n${n} commitments, ${data.statusUpdates.length} status updates, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`)
      const dir = join(scratch, String(n))
      await mkdir(dir, { recursive: true })
      if (PARTS.has('core')) await benchCore(n, data, text, dir)
      if (PARTS.has('encrypted')) await benchEncrypted(n, data, text, dir)
      if (PARTS.has('chromium')) await benchChromium(n, data, text, dir, server.origin, browser)
      await rm(dir, { recursive: true, force: true })
    }
    for (const n of EXCHANGE_SIZES) {
      console.log(`\nExchange of ${n} commitments`)
      await benchExchange(n, scratch)
    }
    for (const n of IMPORT_ROWS) {
      console.log(`\nImport of a ${n}-row Excel roadmap`)
      await benchImport(n, scratch)
    }
    for (const n of REQUEST_SIZES) {
      console.log(`\nRequests for updates of ${n} commitments`)
      await benchRequests(n, scratch, server.origin, browser)
    }
    for (const n of BRIEF_ROWS) {
      console.log(`\nBrief with an annex of ${n} commitments`)
      await benchBrief(n, scratch, server.origin, browser)
    }
    if (RELAY) {
      console.log('\nThe relay: the process that routes the window’s input, while the core works')
      await benchRelay(scratch)
    }
  } finally {
    await browser.close()
    await server.close()
    await rm(scratch, { recursive: true, force: true })
  }
  printTable()
  const round = (x: number) => Math.round(x * 100) / 100
  const results = rows.map((r) => ({ name: r.name.replace(/^\s*↳\s*/, 'part: '), n: r.n, ms: round(r.ms), ...(r.baselineMs === undefined ? {} : { baselineMs: round(r.baselineMs) }) }))
  await mkdir(join(ROOT, 'bench'), { recursive: true })
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`Written: ${RESULTS_FILE}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
