// All operations' handlers, one factory per area. getStatus and cancelCall are answered by the
// Desk itself: they must work even when the data file could not be opened.
import type { Contract } from '../contract'
import { appHandlers } from './app'
import { backupHandlers } from './backup'
import { briefsHandlers } from './briefs'
import { commitmentsHandlers } from './commitments'
import type { HandlerContext, HandlersOf } from './context'
import { exchangeHandlers } from './exchange'
import { exportsHandlers } from './exports'
import { importsHandlers } from './imports'
import { meetingsHandlers } from './meetings'
import { registryHandlers } from './registry'
import { remindersHandlers } from './reminders'
import { reportingHandlers } from './reporting'

/** What the Desk answers itself: these work when the data is blocked or locked, or open and close it. */
export const DESK_OPERATIONS = ['getStatus', 'cancelCall', 'unlock', 'lock', 'enableEncryption', 'disableEncryption', 'changePassphrase', 'updateLock'] as const
export type Handlers = HandlersOf<Omit<Contract, (typeof DESK_OPERATIONS)[number]>>

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...registryHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...commitmentsHandlers(ctx),
    ...briefsHandlers(ctx),
    ...backupHandlers(ctx),
    ...exportsHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...importsHandlers(ctx),
    ...reportingHandlers(ctx),
    ...remindersHandlers(ctx),
  }
}
