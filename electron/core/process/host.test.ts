// The host's end of the core's process, against the real core served in this process over an
// in-memory transport that can "die" like a process: calls and progress relayed, shell requests
// answered, a death mid-call answered as interrupted and the core started again, a core that
// never starts given up on.
import { readFile } from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'
import { noShell, type ShellServices } from '../ops/handlers/context'
import { storePaths } from '../store/paths'
import { tempDir } from '../test-support/tempDir'
import { serveCore } from './corePort'
import { CoreHost, type CoreChild, type HostEvent, type LaunchCore } from './host'
import type { CoreMessage, HostMessage } from './protocol'

/** A launcher of in-process cores; `kill` ends the newest as a crash would. */
function inProcess(options: { failToStart?: boolean } = {}) {
  const started: { kill(): void }[] = []
  const launch: LaunchCore = (): CoreChild => {
    const toHost: ((m: CoreMessage) => void)[] = []
    const toCore: ((m: HostMessage) => void)[] = []
    const exits: ((code: number | null) => void)[] = []
    let alive = true
    if (!options.failToStart) {
      serveCore({ send: (m) => alive && queueMicrotask(() => toHost.forEach((l) => l(structuredClone(m)))), onMessage: (l) => toCore.push(l) })
    }
    const kill = () => {
      if (!alive) return
      alive = false
      queueMicrotask(() => exits.forEach((l) => l(null)))
    }
    started.push({ kill })
    if (options.failToStart) setTimeout(kill, 1)
    return {
      send: (m) => alive && toCore.forEach((l) => l(structuredClone(m))),
      onMessage: (l) => toHost.push(l),
      onExit: (l) => exits.push(l),
      kill,
    }
  }
  return { launch, started }
}

const open = async (dataDir: string, shell: ShellServices = noShell, events: HostEvent[] = [], launcher = inProcess()) => ({
  host: await CoreHost.start(launcher.launch, { dataDir, today: '2026-11-28', log: false, loadDemo: true }, shell, (e) => events.push(e)),
  launcher,
})

describe('the core host', () => {
  it('opens the data, loads the demo on a first run when asked, and relays calls', async () => {
    const { host } = await open(await tempDir())
    expect(host.status?.state).toBe('ready')
    expect(await host.call('getDashboard', {})).toMatchObject({ ok: true, value: { total: expect.any(Number) } })
    expect(await host.call('nosuchop', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
    await host.close()
  })

  it('answers the core’s shell requests, errors included, and relays a call’s progress', async () => {
    const dir = await tempDir()
    const shell = { ...noShell, chooseSavePath: vi.fn(async () => `${dir}/out.pdf`), briefPdf: vi.fn(async () => new TextEncoder().encode('%PDF')) }
    const { host } = await open(dir, shell)
    const meetingId = ((await host.call('listMeetings', {})) as { value: { id: string }[] }).value[0]!.id
    const brief = (await host.call('createBrief', { meetingId, language: 'ru' })) as { value: { id: string } }
    const progress = vi.fn()
    expect(await host.call('saveBriefPdf', { id: brief.value.id, version: null }, { callId: 'c', onProgress: progress })).toEqual({ ok: true, value: { path: `${dir}/out.pdf` } })
    expect(await readFile(`${dir}/out.pdf`, 'utf-8')).toBe('%PDF')
    expect(progress.mock.calls.map(([p]) => p.step)).toEqual(['layout', 'writing'])
    shell.briefPdf.mockRejectedValueOnce(new Error('printer on fire'))
    expect(await host.call('saveBriefPdf', { id: brief.value.id, version: null })).toMatchObject({ ok: false, error: { code: 'internal', message: 'printer on fire' } })
    await host.close()
  })

  it('answers calls under way as interrupted when the core dies, starts it again, and loses nothing saved', async () => {
    const dir = await tempDir()
    let release!: () => void
    const shell = { ...noShell, chooseSavePath: () => new Promise<string | null>((resolve) => (release = () => resolve(null))) }
    const events: HostEvent[] = []
    const { host, launcher } = await open(dir, shell, events)
    expect(await host.call('updateSettings', { language: 'en' })).toMatchObject({ ok: true })
    const pending = host.call('exportCalendar', { language: 'ru' })
    await vi.waitFor(() => expect(release).toBeDefined())
    launcher.started.at(-1)!.kill()
    expect(await pending).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    await vi.waitFor(() => expect(events).toContainEqual({ type: 'core_restarted' }))
    expect(launcher.started).toHaveLength(2)
    // The new core read the folder again: the setting is there, and the demo was not loaded twice.
    expect(await host.call('getSettings', {})).toMatchObject({ ok: true, value: { language: 'en' } })
    expect(JSON.parse(await readFile(storePaths(dir).dataFile, 'utf-8')).data.meetings.length).toBeGreaterThan(0)
    await host.close()
    expect(await host.call('getStatus', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('tells the host when the settings change, so the menu can follow the language', async () => {
    const events: HostEvent[] = []
    const { host } = await open(await tempDir(), noShell, events)
    events.length = 0
    await host.call('updateSettings', { language: 'en' })
    await host.call('getDashboard', {})
    expect(events).toEqual([{ type: 'settings', settings: expect.objectContaining({ language: 'en' }) }])
    expect(host.status?.settings.language).toBe('en')
    await host.close()
  })

  it('gives up on a core that dies before it is ready, three times running', async () => {
    const events: HostEvent[] = []
    await expect(open(await tempDir(), noShell, events, inProcess({ failToStart: true }))).rejects.toThrow('did not start')
  })
})
