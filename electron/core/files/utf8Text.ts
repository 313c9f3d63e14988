// Large UTF-8 files as text. Node 20's Buffer#toString('utf8') takes about 0.3 s for the 43 MB
// data file of 10,000 commitments (mostly Cyrillic, so a two-byte string): the largest part of
// opening it after JSON.parse itself. ICU's transcoding to UTF-16, then a copy into the string,
// takes under half of that.
import { transcode } from 'node:buffer'

/**
 * The text of `bytes`, exactly as `toString('utf8')` gives it. Bytes that are not valid UTF-8
 * make transcode throw (as does a Node built without ICU): they are decoded as before, each bad
 * sequence a U+FFFD, so a damaged file reads, and is refused, just as it was.
 */
export function utf8Text(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le')
  } catch {
    return bytes.toString('utf8')
  }
}
