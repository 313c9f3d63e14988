// The typed error every failed operation returns. Pure: the renderer shows these too.
import type { Texts } from '../schema'

export type DeskErrorCode =
  | 'unknown_operation'
  | 'invalid_arguments'
  | 'not_found'
  | 'conflict'
  /** A file the user chose (or the system handed over) cannot be used; `file` says which and why. */
  | 'file_refused'
  /** A write did not reach the disk; nothing changed. `file` says which file and why. */
  | 'storage_failed'
  | 'blocked'
  /** The user cancelled a long operation before it changed or wrote anything. */
  | 'cancelled'
  /** The core's process stopped while the call was under way (it is restarted; nothing saved is lost). */
  | 'unavailable'
  /** The data is encrypted and locked: unlock first. */
  | 'locked'
  | 'internal'

export interface ErrorIssue {
  /** Dotted path of the offending field, '' for the whole argument. */
  path: string
  message: string
  /** Values the message's words take (a time to wait until). */
  params?: Record<string, string | number>
}

/** A record that points to the one a delete was asked for. */
export interface Dependent {
  kind: 'country' | 'organisation' | 'person' | 'meeting' | 'document' | 'commitment' | 'brief' | 'settings'
  id: string
  /** In each language the record has it in. */
  name: Texts
}

/** Which file a refusal or a failed write is about, and why, as the interface words it. */
export interface FileProblem {
  /** The file's name (not its folder); '' when the file has none (pasted text). */
  name: string
  /** An i18n key: `validation.<area>.<reason>` for content, `validation.file.<reason>` for the system's answer. */
  reason: string
}

export interface DeskErrorShape {
  code: DeskErrorCode
  message: string
  issues: ErrorIssue[]
  /** For a refused delete: what still depends on the record. */
  dependents?: Dependent[]
  file?: FileProblem
}

export class DeskError extends Error {
  readonly code: DeskErrorCode
  readonly issues: ErrorIssue[]
  readonly dependents: Dependent[]
  readonly file: FileProblem | undefined

  constructor(code: DeskErrorCode, message: string, issues: ErrorIssue[] = [], dependents: Dependent[] = [], file?: FileProblem) {
    super(message)
    this.name = 'DeskError'
    this.code = code
    this.issues = issues
    this.dependents = dependents
    this.file = file
  }

  toShape(): DeskErrorShape {
    const shape: DeskErrorShape = { code: this.code, message: this.message, issues: this.issues }
    if (this.dependents.length > 0) shape.dependents = this.dependents
    if (this.file) shape.file = this.file
    return shape
  }

  static fromShape(shape: DeskErrorShape): DeskError {
    return new DeskError(shape.code, shape.message, shape.issues, shape.dependents, shape.file)
  }
}

export type FileArea = 'import' | 'exchange' | 'backup' | 'attachment' | 'emblem' | 'transfer'

/**
 * A file the user chose whose content cannot be used (an import, an exchange file, a backup, an emblem): the
 * interface words the reason from `validation.<area>.<reason>`; `message` is for developers.
 */
export const fileRefused = (area: FileArea, reason: string, message: string, name = '') =>
  new DeskError('file_refused', message, [], [], { name, reason: `validation.${area}.${reason}` })

/** A refusal of a file's content, naming the file: readers of bytes do not know the name. */
export function naming(error: unknown, name: string): unknown {
  if (!(error instanceof DeskError) || !error.file || error.file.name !== '') return error
  return new DeskError(error.code, error.message, error.issues, error.dependents, { ...error.file, name })
}

/** The system's answers to reading or writing a file, as reasons the interface words (`validation.file.*`). */
const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'folder',
  EACCES: 'no_permission',
  EPERM: 'no_permission',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EROFS: 'read_only',
  EFBIG: 'too_large',
  ENAMETOOLONG: 'name_too_long',
  EBUSY: 'busy',
  ELOOP: 'missing',
}

export function systemReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  return `validation.file.${SYSTEM_REASONS[code] ?? 'system'}`
}

/**
 * What a failed read or write of `name` becomes at the boundary: a worded refusal (reading a
 * file the user chose) or a failed save (writing), never an `internal` error. DeskErrors pass.
 */
export function fileError(error: unknown, name: string, action: 'read' | 'write'): DeskError {
  if (error instanceof DeskError) return error
  const message = `${action === 'read' ? 'Cannot read' : 'Cannot write'} ${name}: ${error instanceof Error ? error.message : String(error)}`
  return new DeskError(action === 'read' ? 'file_refused' : 'storage_failed', message, [], [], { name, reason: systemReason(error) })
}

/** What crosses the process boundary: never a thrown exception, always one of these. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DeskErrorShape }

/** An envelope's value, or its error thrown again as a DeskError (the renderer's client, tools, tests). */
export function unwrap<T>(envelope: Envelope<T> | Envelope<unknown>): T {
  if (!envelope.ok) throw DeskError.fromShape(envelope.error)
  return envelope.value as T
}
