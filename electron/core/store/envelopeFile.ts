// The data file as lowdb writes it: `{ schemaVersion, data }` as compact JSON, written whole to a
// temp file that then replaces the data file (see files/wholeFile). Serialising
// 10,000 commitments whole on every save would hold the main process — and so the window — for a
// quarter of a second; instead each record's JSON is kept from the last save and only changed
// records (new objects, as immer makes them) are encoded again, and the pieces go to the file as
// they are, without joining them into one 40 MB buffer first. The bytes are exactly those of
// JSON.stringify(envelope).
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { sealTag, type FileCodec } from '../crypto/seal'
import { eachSlice } from '../files/slices'
import { writeWhole } from '../files/wholeFile'

export interface Envelope<T> {
  schemaVersion: number
  data: T
}

const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8')
const COMMA = Buffer.from(',')

export class EnvelopeSerializer {
  // Records are never changed in place (immer copies what changes), so an object's JSON holds.
  readonly #bytes = new WeakMap<object, Buffer>()

  /** A record's JSON, from the cache when the record has not changed. */
  encode(value: unknown): Buffer {
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
        parts.push(this.encode(record))
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
 * What tells the file the app wrote from any other: a sealed file's tag (free: decrypting checks
 * every byte against it anyway), else the SHA-256 of the bytes, in hex.
 */
export async function contentHash(parts: readonly Uint8Array[]): Promise<string> {
  const tag = sealTag(parts)
  if (tag) return `gcm:${tag}`
  const hash = createHash('sha256')
  await eachSlice(parts, (slice) => hash.update(slice))
  return hash.digest('hex')
}

export class EnvelopeFile<T extends object> implements Adapter<Envelope<T>> {
  readonly #filename: string
  readonly #serializer = new EnvelopeSerializer()
  /** How the bytes are kept on disk: as they are, or sealed (encryption at rest). */
  codec: FileCodec

  constructor(filename: string, codec: FileCodec) {
    this.#filename = filename
    this.codec = codec
  }

  async read(): Promise<Envelope<T> | null> {
    try {
      return JSON.parse(this.codec.open(await readFile(this.#filename)).toString('utf8')) as Envelope<T>
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  /** Encodes one record now (in idle time after opening), so the first save is as quick as the rest. */
  prepare(record: object): void {
    this.#serializer.encode(record)
  }

  /** Size and content hash of the file as last written: what the verified note records. */
  lastWritten: { size: number; sha256: string } | null = null

  /**
   * One write at a time: the store queues its changes. Resolves once every byte is on disk;
   * rejects, with the file as it was, when any byte is not. Always `.<name>.tmp` as the temporary
   * file, so a crash leaves at most one behind.
   */
  async write(envelope: Envelope<T>): Promise<void> {
    const parts = await this.codec.seal(this.#serializer.parts(envelope))
    await writeWhole(this.#filename, parts, { temp: join(dirname(this.#filename), `.${basename(this.#filename)}.tmp`) })
    this.lastWritten = { size: parts.reduce((n, p) => n + p.byteLength, 0), sha256: await contentHash(parts) }
  }
}
