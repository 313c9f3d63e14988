// The one entry point for a table file the user picked. The bytes decide first, the name second:
// a workbook renamed to .csv is still read as a workbook, and a password-protected .docx, which is
// not a zip at all, gets its own answer instead of a parser's error.
// The readers are loaded when a file of their kind first comes: mammoth and exceljs alone would
// add about half a second to every start of the core.
import type { CsvOptions } from './csv'
import { checkFileSize, ReaderError, startsWith, ZIP_MAGIC, zipEntryNames, type ImportTable } from './table'

export {
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  ReaderError,
  type CellNote,
  type ImportSheet,
  type ImportTable,
  type ReaderErrorCode,
  type ReaderNote,
} from './table'

/** Options for text files (.csv, .txt); Word and Excel files need none. */
export type ReadTableOptions = CsvOptions

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const

export async function readTableFile(fileName: string, bytes: Uint8Array, options: ReadTableOptions = {}): Promise<ImportTable> {
  checkFileSize(bytes)
  if (bytes.byteLength === 0) throw new ReaderError('no_table', 'The file is empty')
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (startsWith(bytes, ZIP_MAGIC)) return readOfficeZip(bytes)
  if (startsWith(bytes, OLE2_MAGIC)) throw compoundFileError(bytes, extension)
  if (extension === 'csv' || extension === 'txt') return (await import('./csv')).readCsv(bytes, options)
  if (LEGACY_EXTENSIONS.has(extension)) throw legacyFormat()
  if (extension === 'docx' || extension === 'xlsx') throw new ReaderError('unreadable', `A .${extension} file must be a zip archive; this one is not`)
  throw new ReaderError('unsupported', `Files of type "${extension}" cannot be imported; use .docx, .xlsx, .csv or .txt`)
}

/** What is inside the zip decides: .docx, .docm and .dotx keep word/, .xlsx and .xlsm keep xl/. */
async function readOfficeZip(bytes: Uint8Array): Promise<ImportTable> {
  const names = zipEntryNames(bytes)
  if (names.some((name) => name.startsWith('word/'))) return (await import('./docx')).readDocxTables(bytes)
  if (names.some((name) => name.startsWith('xl/'))) return (await import('./xlsx')).readXlsx(bytes)
  if (names.includes('mimetype')) {
    throw new ReaderError('unsupported', 'OpenDocument files (.odt, .ods) cannot be imported; save the file as .docx or .xlsx')
  }
  throw new ReaderError('unsupported', 'The zip archive is neither a Word document nor an Excel workbook')
}

const LEGACY_EXTENSIONS = new Set(['doc', 'xls', 'dot', 'xlt'])

function legacyFormat(): ReaderError {
  return new ReaderError('unsupported', 'Legacy Word and Excel files (.doc, .xls) cannot be imported; save the file as .docx or .xlsx')
}

/**
 * An OLE2 compound file is either a legacy .doc/.xls or, since Office 2007, a password-protected
 * .docx/.xlsx: encryption wraps the whole zip in an "EncryptedPackage" stream. The stream names
 * sit in the file's directory in UTF-16; when neither is found, the extension decides.
 */
function compoundFileError(bytes: Uint8Array, extension: string): ReaderError {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const has = (streamName: string) => file.includes(Buffer.from(streamName, 'utf16le'))
  if (has('EncryptedPackage')) return new ReaderError('password_protected', 'The file is an encrypted Office document')
  if (has('WordDocument') || has('Workbook') || LEGACY_EXTENSIONS.has(extension)) return legacyFormat()
  return new ReaderError('password_protected', `An OLE2 compound file named .${extension} is how Office saves an encrypted document`)
}
