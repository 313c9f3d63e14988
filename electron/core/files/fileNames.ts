// File names the app makes or keeps: never a character some system refuses or misreads — path
// separators, Windows' reserved ones, control characters, and the bidirectional controls that
// make "report‮fdp.exe" read as "reportexe.pdf" — and never "." or "..". Pure: the schema's
// stored-path rule uses it, and the renderer imports the schema.

// Control characters, Windows' reserved ones, and bidi embedding/override/isolate controls.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const REFUSED = /[\u0000-\u001f\u007f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu
const MAX_NAME = 120

/** True for a name that can stand as it is in a folder on Windows, macOS and Linux. */
export function isCleanFileName(name: string): boolean {
  return name !== '' && name.length <= 255 && name !== '.' && name !== '..' && !new RegExp(REFUSED.source, 'u').test(name) && !/[. ]$/.test(name)
}

/** `name` with each refused character replaced, trailing dots and spaces dropped; `fallback` when nothing is left. */
export function cleanFileName(name: string, fallback: string): string {
  const cleaned = name.replace(REFUSED, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '')
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned
}

/** A file name from a title, with an extension: clean, and not too long. */
export function safeFileName(title: string, extension: string): string {
  const base = cleanFileName(title, '').slice(0, MAX_NAME).replace(/[. ]+$/, '')
  return `${base || 'brief'}.${extension}`
}
