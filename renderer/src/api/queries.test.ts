import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { afterReads } from './queries'

/** A read that answers when told. */
function pendingRead(client: QueryClient, key: string) {
  let answer!: (value: number) => void
  void client.prefetchQuery({ queryKey: [key], queryFn: () => new Promise<number>((resolve) => (answer = resolve)) })
  return (value: number) => answer(value)
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('afterReads', () => {
  it('runs at once when nothing is being read', () => {
    const then = vi.fn()
    afterReads(new QueryClient(), then)
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('waits until every read under way has its answer, then runs once', async () => {
    const client = new QueryClient()
    const status = pendingRead(client, 'getStatus')
    const dashboard = pendingRead(client, 'getDashboard')
    const then = vi.fn()
    afterReads(client, then)
    status(1)
    await settled()
    expect(then).not.toHaveBeenCalled()
    dashboard(2)
    await settled()
    expect(then).toHaveBeenCalledTimes(1)
    await client.fetchQuery({ queryKey: ['again'], queryFn: async () => 3 })
    await settled()
    expect(then).toHaveBeenCalledTimes(1)
  })

  it('does not run once stopped', async () => {
    const client = new QueryClient()
    const status = pendingRead(client, 'getStatus')
    const then = vi.fn()
    afterReads(client, then)()
    status(1)
    await settled()
    expect(then).not.toHaveBeenCalled()
  })
})
