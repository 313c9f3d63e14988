// Files that travel between laptops, sealed with a transfer passphrase (crypto/transferSeal): the
// bytes to save as the user chose to protect them, and the package inside one that arrives. A
// sealed arrival is held for this session and answered with a request for its passphrase (the
// token in the `passphrase` issue); the call is repeated with it, and a wrong one asks again.
import { checkPassphrase } from '../../crypto/keyKeeper'
import { isTransferSealed, openTransfer, sealForTransfer } from '../../crypto/transferSeal'
import type { HeldFile, Protection } from '../contracts/transfer'
import { DeskError, fileRefused } from '../errors'
import type { CallContext } from '../progress'
import { openFiles } from './openFiles'

/** Refuses a passphrase too short for a file that will travel; before anything is chosen or written. */
export function checkProtection(protection: Protection): void {
  if (protection.kind === 'passphrase') checkPassphrase(protection.passphrase, 'protection.passphrase')
}

export const protect = async (bytes: Uint8Array, protection: Protection): Promise<Uint8Array> =>
  protection.kind === 'passphrase' ? sealForTransfer(bytes, protection.passphrase) : bytes

const askForPassphrase = (token: string, name: string, reason: 'needsPassphrase' | 'wrongPassphrase') =>
  new DeskError('file_refused', reason === 'needsPassphrase' ? 'The file is sealed with a transfer passphrase' : 'The passphrase does not open the file', [{ path: 'passphrase', message: `validation.transfer.${reason}`, params: { token } }], [], {
    name,
    reason: `validation.transfer.${reason}`,
  })

export interface Arrival {
  name: string
  bytes: Uint8Array
}

export function heldTransfers() {
  const held = openFiles<Arrival>('transfer', 'This file is no longer open: open it again')
  return {
    /** A plain file as it arrived; a sealed one is held and its passphrase asked for. */
    arrived(arrival: Arrival): Arrival {
      if (!isTransferSealed(arrival.bytes)) return arrival
      throw askForPassphrase(held.keep(arrival), arrival.name, 'needsPassphrase')
    },
    /** The package inside a held file, opened with its passphrase. */
    async opened({ token, passphrase }: HeldFile, call: CallContext): Promise<Arrival> {
      const arrival = held.get(token)
      await call.progress('unsealing', undefined, true)
      const inside = await openTransfer(arrival.bytes, passphrase)
      if (inside === 'wrong_passphrase') throw askForPassphrase(token, arrival.name, 'wrongPassphrase')
      held.drop(token)
      if (inside === 'damaged') throw fileRefused('transfer', 'damaged', 'The sealed file is cut short or not of this version', arrival.name)
      return { name: arrival.name, bytes: inside }
    },
  }
}
