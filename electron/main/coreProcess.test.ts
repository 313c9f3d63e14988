import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electron, FakeUtilityProcess, resetElectron } from './test-support/electronStandIn'

vi.mock('electron', async () => (await import('./test-support/electronStandIn')).electron)
const { utilityCoreLauncher } = await import('./coreProcess')

describe('the core as a utilityProcess', () => {
  beforeEach(resetElectron)

  it('forks the built core entry, named, and carries messages, exits and kills both ways', () => {
    const child = utilityCoreLauncher('/opt/desk/out/main/core.js')()
    expect(electron.utilityProcess.fork).toHaveBeenCalledWith('/opt/desk/out/main/core.js', [], expect.objectContaining({ serviceName: 'Delegation Desk core' }))
    const forked = FakeUtilityProcess.forked[0]!.child
    child.send({ type: 'idle', id: 1 })
    expect(forked.posted).toEqual([{ type: 'idle', id: 1 }])
    const received = vi.fn()
    const exited = vi.fn()
    child.onMessage(received)
    child.onExit(exited)
    forked.emit('message', { type: 'idle-done', id: 1 })
    forked.emit('exit', 9)
    expect(received).toHaveBeenCalledWith({ type: 'idle-done', id: 1 })
    expect(exited).toHaveBeenCalledWith(9)
    child.kill()
    expect(forked.killed).toBe(true)
  })
})
