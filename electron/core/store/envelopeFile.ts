// The data file as lowdb writes it: `{ schemaVersion, data }` as compact JSON, written to a temp
// file that then replaces the data file (atomic against a crash, as steno does). Serialising
// 10,000 commitments whole on every save would hold the main process — and so the window — for a
// quarter of a second; instead each record's JSON is kept from the last save and only changed
// records (new objects, as immer makes them) are encoded again, and the pieces go to the file as
// they are, without joining them into one 40 MB buffer first. The bytes are exactly those of
// JSON.stringify(envelope).
import { open, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

export interface Envelope<T> {
  schemaVersion: number
  data: T
}

const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8')
const COMMA = Buffer.from(',')

export class EnvelopeSerializer {
  // Records are never changed in place (immer copies what changes), so an object's JSON holds.
  readonly #bytes = new WeakMap<object, Buffer>()

  #record(value: unknown): Buffer {
    if (typeof value !== 'object' || value === null) return encodeJson(value)
    let bytes = this.#bytes.get(value)
    if (!bytes) {
      bytes = encodeJson(value)
      this.#bytes.set(value, bytes)
    }
    return bytes
  }

  /** The envelope's JSON, in pieces. */
  parts(envelope: Envelope<object>): Buffer[] {
    const parts: Buffer[] = [Buffer.from(`{"schemaVersion":${JSON.stringify(envelope.schemaVersion)},"data":{`)]
    Object.entries(envelope.data).forEach(([key, value], i) => {
      if (value === undefined) return
      parts.push(Buffer.from(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`))
      if (!Array.isArray(value)) {
        parts.push(encodeJson(value))
        return
      }
      parts.push(Buffer.from('['))
      value.forEach((record, j) => {
        if (j > 0) parts.push(COMMA)
        parts.push(this.#record(record))
      })
      parts.push(Buffer.from(']'))
    })
    parts.push(Buffer.from('}}'))
    return parts
  }

  serialize(envelope: Envelope<object>): Buffer {
    return Buffer.concat(this.parts(envelope))
  }
}

/**
 * Writes to `.<name>.tmp` beside the file, flushes it to the disk, then renames it over the file:
 * after a crash or a power cut the data file is the old one or the new one, never half of each.
 */
async function writeAtomically(filename: string, parts: Buffer[]): Promise<void> {
  const temp = join(dirname(filename), `.${basename(filename)}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writev(parts)
    await handle.datasync()
  } finally {
    await handle.close()
  }
  await rename(temp, filename)
}

export class EnvelopeFile<T extends object> implements Adapter<Envelope<T>> {
  readonly #filename: string
  readonly #serializer = new EnvelopeSerializer()

  constructor(filename: string) {
    this.#filename = filename
  }

  async read(): Promise<Envelope<T> | null> {
    try {
      return JSON.parse(await readFile(this.#filename, 'utf-8')) as Envelope<T>
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  /** Encodes every record now (in idle time after opening), so the first save is as quick as the rest. */
  prepare(envelope: Envelope<T>): void {
    this.#serializer.parts(envelope)
  }

  /** One write at a time: the store queues its changes. */
  write(envelope: Envelope<T>): Promise<void> {
    return writeAtomically(this.#filename, this.#serializer.parts(envelope))
  }
}
