// The one browser session every window of the app uses: in memory only (a partition without
// "persist:"), so nothing the pages hold — storage, caches, the HTTP cache — is ever written to
// disk, where encryption at rest would not cover it.
import { session, type Session } from 'electron'

export const APP_PARTITION = 'delegation-desk'

export const appSession = (): Session => session.fromPartition(APP_PARTITION, { cache: false })
