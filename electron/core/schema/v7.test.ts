// Upgrading to version 7: each record that travels gets its first revision, the history starts
// empty, and peers drop the fingerprints the revisions replace.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { firstRevision } from '../exchange/revisions'
import { migrate, migrationChain } from '../store/migrations'
import { DeskData, TRAVELLING_KINDS } from './index'
import { findBrokenReferences } from './references'
import { DeskDataV7 } from './v7'

const FIXTURE = new URL('./fixtures/v2-brief.json', import.meta.url).pathname
const v2 = async () => JSON.parse(await readFile(FIXTURE, 'utf-8')) as { schemaVersion: number; data: Record<string, unknown> }

// Named by its content as version 7 has it: a later step adding a member (version 9's milestones)
// keeps the revision, as every laptop's upgrade and an older sender's package do.
const toV7 = { ...migrationChain, target: 7 }

describe('a version 2 file, upgraded through to version 7', () => {
  it('has every record at a first revision named by its content, an empty history, and is valid', async () => {
    const file = await v2()
    const data = DeskDataV7.parse(migrate(2, file.data, toV7))
    expect(findBrokenReferences(DeskData.parse(migrate(2, (await v2()).data, migrationChain)))).toEqual([])
    expect(data.history).toEqual({ deleted: [], bases: {}, unsent: {} })
    const records = TRAVELLING_KINDS.flatMap((kind): { _rev?: string; _revisions?: string[] }[] => data[kind])
    expect(records).toHaveLength(6)
    for (const record of records) {
      expect(record._revisions).toEqual([])
      expect(record._rev).toMatch(/^1-[0-9a-f]{32}$/)
      expect(record._rev).toBe(firstRevision(record))
    }
    // The same record upgraded on another laptop has the same revision: no false conflict.
    const again = DeskDataV7.parse(migrate(2, (await v2()).data, toV7))
    expect(again.commitments[0]!._rev).toBe(data.commitments[0]!._rev)
    // Briefs do not travel: no revisions there.
    expect('_rev' in data.briefs[0]!).toBe(false)
  })

  it('drops the peers’ fingerprints and keeps who they are', async () => {
    const file = await v2()
    const id = '22222222-2222-4222-8222-222222222222'
    const peers = { [id]: { name: 'МИД', lastImportAt: '2026-01-01T00:00:00.000Z', bases: { [id]: 'a'.repeat(64) } } }
    const data = DeskData.parse(migrate(2, { ...file.data, exchange: { ...(file.data.exchange as object), peers } }, migrationChain))
    expect(data.exchange.peers).toEqual({ [id]: { name: 'МИД', lastImportAt: '2026-01-01T00:00:00.000Z' } })
  })
})
