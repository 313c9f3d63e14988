// Opening an exchange file, however it arrives — chosen in a dialog, double-clicked in the
// system, dropped on the window — ends on its review page (a sealed one after its passphrase). Reading a large one takes seconds:
// `work` is its progress.
import { useNavigate } from 'react-router'
import type { HeldFile } from '../../../../electron/core/ops/contracts/transfer'
import type { ExchangeReview } from '../../../../electron/core/ops/views'
import { useLongWork } from '../../api/queries'
import { exchangePath } from './routes'

/** A dropped file's bytes as base64, to cross to the core. */
export const base64Of = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  // In slices: String.fromCharCode with a whole large file would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function useOpenExchange() {
  const navigate = useNavigate()
  const openFile = useLongWork('openExchangeFile')
  const readFile = useLongWork('readExchangeFile')
  const show = (review: ExchangeReview | null) => {
    if (review) void navigate(exchangePath(review.token))
  }
  return {
    work: readFile.isPending ? readFile : openFile,
    choose: () => openFile.mutateAsync({}).then(show),
    path: (path: string) => openFile.mutateAsync({ path }).then(show),
    /** A sealed file read before, opened with its transfer passphrase. */
    unseal: (held: HeldFile) => openFile.mutateAsync({ held }).then(show),
    dropped: async (file: File) => show(await readFile.mutateAsync({ name: file.name, base64: await base64Of(file) })),
  }
}
