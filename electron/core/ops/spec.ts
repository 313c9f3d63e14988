// How an operation is declared: its argument schema and (as a type only) its result.
import { z } from 'zod'

export interface OperationSpec<A extends z.ZodType, R> {
  args: A
  /** Type-only marker of the result; never read at run time. */
  result?: R
}

export const op =
  <R>() =>
  <A extends z.ZodType>(args: A): OperationSpec<A, R> => ({ args })

export const noArgs = z.object({}).strict()

/** `{ id }`: the argument of get and delete operations. */
export const byId = z.object({ id: z.uuid() }).strict()

/** The id a caller gives a long call, so that it can follow its progress and cancel it. */
export const CallId = z.string().min(1).max(100)
