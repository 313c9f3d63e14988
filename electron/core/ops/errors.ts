// The typed error every failed operation returns. Pure: the renderer shows these too.

export type DeskErrorCode =
  | 'unknown_operation'
  | 'invalid_arguments'
  | 'not_found'
  | 'conflict'
  | 'storage_failed'
  | 'blocked'
  | 'internal'

export interface ErrorIssue {
  /** Dotted path of the offending field, '' for the whole argument. */
  path: string
  message: string
}

export interface DeskErrorShape {
  code: DeskErrorCode
  message: string
  issues: ErrorIssue[]
}

export class DeskError extends Error {
  readonly code: DeskErrorCode
  readonly issues: ErrorIssue[]

  constructor(code: DeskErrorCode, message: string, issues: ErrorIssue[] = []) {
    super(message)
    this.name = 'DeskError'
    this.code = code
    this.issues = issues
  }

  toShape(): DeskErrorShape {
    return { code: this.code, message: this.message, issues: this.issues }
  }

  static fromShape(shape: DeskErrorShape): DeskError {
    return new DeskError(shape.code, shape.message, shape.issues)
  }
}

/** What crosses the process boundary: never a thrown exception, always one of these. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DeskErrorShape }
