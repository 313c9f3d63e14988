// The operation table: every call the UI may make, declared once with its argument schema and
// result type. The preload, the ipcMain registration, the renderer's client and the e2e bridge
// are all built from `operationNames`. Pure (zod + types): the renderer imports it.
import { z } from 'zod'
import { Id, Language, type Brief, type Country, type Document, type Meeting, type Organisation, type Person, type Settings } from '../schema'
import type { Envelope } from './errors'
import type { AppStatus, CommitmentRow, Dashboard } from './views'

interface OperationSpec<A extends z.ZodType, R> {
  args: A
  /** Type-only marker of the result; never read at run time. */
  result?: R
}
const op = <R>() => <A extends z.ZodType>(args: A): OperationSpec<A, R> => ({ args })

const noArgs = z.object({}).strict()

export const contract = {
  getStatus: op<AppStatus>()(noArgs),
  loadDemo: op<AppStatus>()(noArgs),
  startEmpty: op<AppStatus>()(noArgs),

  getSettings: op<Settings>()(noArgs),
  updateSettings: op<Settings>()(
    z
      .object({
        ourOrganisationId: Id.nullable().optional(),
        language: Language.nullable().optional(),
      })
      .strict(),
  ),

  listCountries: op<Country[]>()(noArgs),
  listOrganisations: op<Organisation[]>()(noArgs),
  listPeople: op<Person[]>()(noArgs),
  listMeetings: op<Meeting[]>()(noArgs),
  listDocuments: op<Document[]>()(noArgs),
  listCommitments: op<CommitmentRow[]>()(
    z
      .object({
        documentId: Id.optional(),
        /** Only commitments our organisation owns, in any role. */
        mine: z.boolean().optional(),
      })
      .strict(),
  ),
  listBriefs: op<Brief[]>()(noArgs),
  getDashboard: op<Dashboard>()(noArgs),
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type ArgsOf<K extends OperationName> = z.input<Contract[K]['args']>
export type ParsedArgsOf<K extends OperationName> = z.output<Contract[K]['args']>
export type ResultOf<K extends OperationName> = NonNullable<Contract[K]['result']>

export const operationNames = Object.keys(contract) as OperationName[]

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(contract, name)

/** The IPC channel of one operation. */
export const channelOf = (name: OperationName) => `desk:${name}`

/** `window.desk` as the preload and the e2e bridge expose it: one method per operation. */
export type DeskBridge = {
  [K in OperationName]: (args: ArgsOf<K>) => Promise<Envelope<ResultOf<K>>>
}
