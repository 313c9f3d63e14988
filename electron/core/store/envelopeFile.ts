// The data file as lowdb writes it: `{ schemaVersion, data }` as compact JSON, written through
// steno (temp file, then rename). Serialising 10,000 commitments whole on every save would hold the
// main process — and so the window — for a quarter of a second; instead each record's JSON is
// kept from the last save and only changed records (new objects, as immer makes them) are encoded
// again. The bytes are exactly those of JSON.stringify(envelope).
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { Writer } from 'steno'

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

  serialize(envelope: Envelope<object>): Buffer {
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
    return Buffer.concat(parts)
  }
}

export class EnvelopeFile<T extends object> implements Adapter<Envelope<T>> {
  readonly #filename: string
  readonly #writer: Writer
  readonly #serializer = new EnvelopeSerializer()

  constructor(filename: string) {
    this.#filename = filename
    this.#writer = new Writer(filename)
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
    this.#serializer.serialize(envelope)
  }

  write(envelope: Envelope<T>): Promise<void> {
    return this.#writer.write(this.#serializer.serialize(envelope))
  }
}
