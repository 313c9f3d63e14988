// Upgrading to version 6: the earlier files gain an empty list of requests for updates, and a
// request is validated as the store will keep it.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { migrate, migrationChain } from '../store/migrations'
import { UpdateRequest } from './index'
import { DeskDataV6 } from './v6'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const ID = '6f1c1f4e-2b1a-4c3e-9d2f-0a1b2c3d4e5f'

describe('version 6', () => {
  it('upgrades an earlier file with no requests, its other records unchanged', async () => {
    const file = JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: unknown }
    const v4 = migrate(file.schemaVersion, file.data, { ...migrationChain, target: 4 }) as Record<string, unknown>
    const data = DeskDataV6.parse(migrate(4, v4, { ...migrationChain, target: 6 }))
    expect(data.updateRequests).toEqual([])
    expect(data.commitments).toEqual(v4.commitments)
  })

  it('keeps a request only with its items and valid dates', () => {
    const request = {
      id: ID,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      organisationId: ID,
      organisationName: 'Минтранс',
      subject: 'Дорожная карта',
      sentOn: '2026-12-01',
      replyBy: '2027-03-15',
      language: 'ru',
      items: [{ commitmentId: ID, lastUpdateId: null }],
      reply: null,
    }
    expect(UpdateRequest.safeParse(request).success).toBe(true)
    expect(UpdateRequest.safeParse({ ...request, items: [] }).success).toBe(false)
    expect(UpdateRequest.safeParse({ ...request, replyBy: '2027-02-30' }).success).toBe(false)
    expect(UpdateRequest.safeParse({ ...request, reply: { receivedOn: '2027-03-01', fileName: 'a.xlsx', updateIds: [ID] } }).success).toBe(true)
  })
})
