// The typed error every failed operation returns. Pure: the renderer shows these too.

export type DeskErrorCode =
  | 'unknown_operation'
  | 'invalid_arguments'
  | 'not_found'
  | 'conflict'
  | 'storage_failed'
  | 'blocked'
  /** The user cancelled a long operation before it changed or wrote anything. */
  | 'cancelled'
  | 'internal'

export interface ErrorIssue {
  /** Dotted path of the offending field, '' for the whole argument. */
  path: string
  message: string
}

/** A record that points to the one a delete was asked for. */
export interface Dependent {
  kind: 'country' | 'organisation' | 'person' | 'meeting' | 'document' | 'commitment' | 'brief' | 'settings'
  id: string
  name: { ru: string; en: string }
}

export interface DeskErrorShape {
  code: DeskErrorCode
  message: string
  issues: ErrorIssue[]
  /** For a refused delete: what still depends on the record. */
  dependents?: Dependent[]
}

export class DeskError extends Error {
  readonly code: DeskErrorCode
  readonly issues: ErrorIssue[]
  readonly dependents: Dependent[]

  constructor(code: DeskErrorCode, message: string, issues: ErrorIssue[] = [], dependents: Dependent[] = []) {
    super(message)
    this.name = 'DeskError'
    this.code = code
    this.issues = issues
    this.dependents = dependents
  }

  toShape(): DeskErrorShape {
    const shape: DeskErrorShape = { code: this.code, message: this.message, issues: this.issues }
    return this.dependents.length > 0 ? { ...shape, dependents: this.dependents } : shape
  }

  static fromShape(shape: DeskErrorShape): DeskError {
    return new DeskError(shape.code, shape.message, shape.issues, shape.dependents)
  }
}

/**
 * A file the user chose that cannot be used (an import, an exchange file, a backup, an emblem): the
 * interface words the reason from `validation.<area>.<reason>`; `message` is for developers.
 */
export const fileRefused = (area: 'import' | 'exchange' | 'backup' | 'emblem', reason: string, message: string) =>
  new DeskError('invalid_arguments', message, [{ path: 'file', message: `validation.${area}.${reason}` }])

/** What crosses the process boundary: never a thrown exception, always one of these. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DeskErrorShape }

/** An envelope's value, or its error thrown again as a DeskError (the renderer's client, tools, tests). */
export function unwrap<T>(envelope: Envelope<T> | Envelope<unknown>): T {
  if (!envelope.ok) throw DeskError.fromShape(envelope.error)
  return envelope.value as T
}
