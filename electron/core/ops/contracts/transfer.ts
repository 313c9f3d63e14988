// How a file that leaves the laptop (an exchange file, a full backup) is written, and how one that
// arrives sealed is opened: the arguments the exchange and backup operations share.
import { z } from 'zod'
import { Id } from '../../schema'

/** Sealed with a passphrase chosen for the transfer, or plain — only when the user asks for it. */
export const Protection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passphrase'), passphrase: z.string().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('plain') }),
])
export type Protection = z.infer<typeof Protection>

/** A sealed file the core holds since it arrived (its token came with the request for a passphrase), and the passphrase. */
export const HeldFile = z.strictObject({ token: Id, passphrase: z.string().min(1).max(1000) })
export type HeldFile = z.infer<typeof HeldFile>
