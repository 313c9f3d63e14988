// Long synchronous work over a file's bytes (sealing, hashing) done a slice at a time, with a
// turn of the event loop between slices, so that the core goes on answering calls while it
// saves a data file of tens of megabytes. The data file comes as tens of thousands of small
// pieces (one per record): they are gathered into slices first, since one call per piece costs
// more than the work itself and leaves as many small buffers for the collector.

/** About as much as AES-GCM or SHA-256 gets through in a few milliseconds. */
const SLICE_BYTES = 1 << 20

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Hands `use` every byte of `parts`, in order, in slices of at most SLICE_BYTES; `use` must not keep a slice. */
export async function eachSlice(parts: readonly Uint8Array[], use: (slice: Uint8Array) => void): Promise<void> {
  const gathered = Buffer.allocUnsafe(SLICE_BYTES)
  let filled = 0
  const handOn = async (slice: Uint8Array) => {
    use(slice)
    await turn()
  }
  for (const part of parts) {
    const source = Buffer.isBuffer(part) ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength)
    let at = 0
    while (at < source.byteLength) {
      if (filled === 0 && source.byteLength - at >= SLICE_BYTES) {
        await handOn(source.subarray(at, at + SLICE_BYTES))
        at += SLICE_BYTES
        continue
      }
      const taken = source.copy(gathered, filled, at, Math.min(source.byteLength, at + SLICE_BYTES - filled))
      filled += taken
      at += taken
      if (filled === SLICE_BYTES) {
        // The next slice is gathered into the same buffer.
        await handOn(gathered)
        filled = 0
      }
    }
  }
  if (filled > 0) use(gathered.subarray(0, filled))
}
