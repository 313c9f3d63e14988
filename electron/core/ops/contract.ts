// The operation table: every call the UI may make, declared once with its argument schema and
// result type (one file per area under contracts/). The preload, the ipcMain registration, the
// renderer's client and the e2e bridge are all built from `operationNames`. Pure (zod + types):
// the renderer imports it.
import type { z } from 'zod'
import { appContract } from './contracts/app'
import { backupContract } from './contracts/backup'
import { securityContract } from './contracts/security'
import { briefsContract } from './contracts/briefs'
import { commitmentsContract } from './contracts/commitments'
import { exchangeContract } from './contracts/exchange'
import { exportsContract } from './contracts/exports'
import { importsContract } from './contracts/imports'
import { meetingsContract } from './contracts/meetings'
import { registryContract } from './contracts/registry'
import { remindersContract } from './contracts/reminders'
import { reportingContract } from './contracts/reporting'
import type { Envelope } from './errors'
import type { Progress } from './progress'

export const contract = {
  ...appContract,
  ...registryContract,
  ...meetingsContract,
  ...commitmentsContract,
  ...briefsContract,
  ...backupContract,
  ...securityContract,
  ...exportsContract,
  ...exchangeContract,
  ...importsContract,
  ...reportingContract,
  ...remindersContract,
}

export type Contract = typeof contract
export type OperationName = keyof Contract
export type ArgsOf<K extends OperationName> = z.input<Contract[K]['args']>
export type ParsedArgsOf<K extends OperationName> = z.output<Contract[K]['args']>
export type ResultOf<K extends OperationName> = Exclude<Contract[K]['result'], undefined>

export const operationNames = Object.keys(contract) as OperationName[]

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(contract, name)

/** The IPC channel of one operation. */
export const channelOf = (name: OperationName) => `desk:${name}`
/** The channel the window's events come on: its own calls' progress, and what happened meanwhile. */
export const EVENTS_CHANNEL = 'desk:events'

/** What the window hears without asking. */
export type WindowEvent =
  /** Progress of one of this window's own calls, by the id it gave the call. */
  | { type: 'progress'; callId: string; progress: Progress }
  /** The core's process stopped and was started again: calls under way were interrupted. */
  | { type: 'core_restarted' }
  /** The system asked the app to open files (a double-click): takeOpenedFiles has them. */
  | { type: 'files_opened' }
  /** The data was locked from outside the window (the menu, the screen locked, sleep). */
  | { type: 'locked' }

/**
 * `window.desk` as the preload and the e2e bridge expose it: one method per operation. A long
 * call is given an id: its progress arrives on `window.deskEvents`, and `cancelCall` stops it.
 */
export type DeskBridge = {
  [K in OperationName]: (args: ArgsOf<K>, callId?: string) => Promise<Envelope<ResultOf<K>>>
}

/** `window.deskEvents`: what the window hears without asking. */
export interface DeskEventsBridge {
  /** Returns the function that stops listening. */
  subscribe(listener: (event: WindowEvent) => void): () => void
}
