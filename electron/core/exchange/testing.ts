// Shared by the exchange tests: laptops holding the demo registry, source files, and an import
// done the way the app does it (read, plan, apply inside an immer change).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { produce } from 'immer'
import { buildDemoData } from '../demo/demoData'
import { plainCodec } from '../crypto/seal'
import { FileStore } from '../files/sourceFiles'
import { emptyData, type DeskData } from '../schema'
import { applyMerge, planMerge, type MergeChoices, type MergeResult } from './merge'
import { packExchange } from './pack'
import { readExchange } from './read'
import { markSent, stampRevisions } from './revisions'
import type { PackScope } from './scope'

export const NOW = new Date('2026-11-28T10:00:00.000Z')
export const LAPTOP_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
export const LAPTOP_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'

/** The demo as the app starts it: every record at its first revision. */
export const demoLaptop = (installationId: string): DeskData => change(emptyLaptop(installationId), (d) => void Object.assign(d, { ...buildDemoData(), exchange: { installationId, peers: {} } }))
export const emptyLaptop = (installationId: string): DeskData => ({ ...emptyData(), exchange: { installationId, peers: {} } })

/** Copies a new file with `content` into `dataDir` and names it on the document. */
export async function withSourceFile(data: DeskData, dataDir: string, documentId: string, name: string, content: string): Promise<DeskData> {
  const outside = join(dataDir, 'incoming')
  await mkdir(outside, { recursive: true })
  await writeFile(join(outside, name), content)
  const { file } = await new FileStore(dataDir, plainCodec).importFile(join(outside, name), NOW)
  return produce(data, (d) => {
    d.documents.find((doc) => doc.id === documentId)!.sourceFiles.push(file)
  })
}

export const pack = (data: DeskData, scope: PackScope = { kind: 'all' }, dataDir = '/nonexistent-data-dir', fromName = 'Laptop') =>
  packExchange(data, scope, { files: new FileStore(dataDir, plainCodec), now: NOW, fromName })

/** A package of everything, and the sender as saving it leaves it (what it carried has travelled). */
export async function send(data: DeskData, fromName = 'Laptop'): Promise<{ bytes: Uint8Array; data: DeskData }> {
  const bytes = await pack(data, { kind: 'all' }, undefined, fromName)
  return { bytes, data: change(data, (d) => markSent(d, Object.keys(data.history.unsent))) }
}

/** A change as the store makes it for the handlers: revisions stamped before it becomes the state. */
export function change(data: DeskData, recipe: (draft: DeskData) => void, now = NOW.toISOString()): DeskData {
  return produce(data, (draft) => {
    recipe(draft)
    stampRevisions(data, draft, now)
  })
}

/** Reads, plans and applies as the app would; `data` itself is left as it was. */
export function importInto(data: DeskData, bytes: Uint8Array, choices: MergeChoices = {}, now = NOW.toISOString()) {
  const plan = planMerge(data, readExchange(bytes))
  let result!: MergeResult
  const next = change(data, (draft) => {
    result = applyMerge(draft, plan, choices, now)
  }, now)
  return { plan, result, data: next }
}

/** A copy with one record changed through `recipe`, stamped as an edit is. */
export function edit(data: DeskData, recipe: (draft: DeskData) => { updatedAt: string }, at = '2026-11-29T08:00:00.000Z'): DeskData {
  return change(data, (draft) => {
    recipe(draft).updatedAt = at
  }, at)
}
