// A record's fingerprint: what "the same record" means when two laptops compare.
import { createHash } from 'node:crypto'
import { canonicalJson } from '../domain/canonicalJson'

export { canonicalJson }

/**
 * SHA-256 (hex) of the record's canonical JSON without `updatedAt`: saving a form without
 * changing anything, or taking a record from a peer, touches the time but not the content.
 */
export function fingerprint<T extends { updatedAt: string }>(record: T): string {
  const { updatedAt: _updatedAt, ...content } = record
  return createHash('sha256').update(canonicalJson(content)).digest('hex')
}
