// A record's fingerprint: what "the same record" means when two laptops compare.
import { createHash } from 'node:crypto'

/** JSON with every object's keys sorted and undefined members left out: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * SHA-256 (hex) of the record's canonical JSON without `updatedAt`: saving a form without
 * changing anything, or taking a record from a peer, touches the time but not the content.
 */
export function fingerprint<T extends { updatedAt: string }>(record: T): string {
  const { updatedAt: _updatedAt, ...content } = record
  return createHash('sha256').update(canonicalJson(content)).digest('hex')
}
