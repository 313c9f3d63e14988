// Imports: the core keeps what was read (a few at a time, for this session) so the preview and
// the commit work on the same rows, and the last batches so an import can be taken back.
import { basename } from 'node:path'
import { organisationsOf } from '../../domain/dependents'
import { readChosenFile } from '../../files/chosenFile'
import { splitClauses } from '../../imports/clauses'
import { deadlineInText } from '../../imports/deadlineInText'
import { findHeaderRow, guessColumns, layoutKey, rememberedColumns } from '../../imports/mapping'
import { impliedOrganisation, indexOrganisations } from '../../imports/owners'
import { ownersInText } from '../../imports/ownersInText'
import { isBlocked, isCommitment, matchContext, ownerKey, previewRows, type PreviewRow } from '../../imports/preview'
import { MAX_FILE_BYTES, readTableFile, ReaderError, type ImportTable, type ReaderNote, type ReadTableOptions } from '../../imports/readers'
import type { CommitmentInput, DeskData, ImportField } from '../../schema'
import type { ImportSettings, importsContract } from '../contracts/imports'
import { DeskError, fileRefused } from '../errors'
import type { ImportSource } from '../views'
import { dropCommitmentsFromBriefs } from './briefs'
import { commitmentRecords } from './commitments'
import type { HandlerContext, HandlersOf } from './context'
import { findOrThrow } from './records'
import { openFiles } from './openFiles'
import { organisationRecords } from './registry'

interface Source {
  fileName: string
  kind: 'table' | 'text'
  table: ImportTable
  /** The file's bytes, to read a CSV again in another encoding. */
  bytes: Uint8Array | null
  suggestedSkip: number[]
}

interface Batch {
  commitmentIds: string[]
  organisationIds: string[]
}

const SAMPLE_ROWS = 20
const TEXT_COLUMNS: ImportField[] = ['clause', 'text', 'deadline', 'owners']

/** The sheet that holds the table: the one with a header row and the most rows under it; else the first. */
function tableSheet(sheets: ImportSource['sheets']): number {
  let best = 0
  let bestRows = -1
  sheets.forEach((s, i) => {
    const rows = s.headerRow === null ? -1 : s.rowCount - s.headerRow - 1
    if (rows > bestRows) [best, bestRows] = [i, rows]
  })
  return best
}

/** Reader failures become refusals the UI words by their code, naming the file; anything else is a bug and stays one. */
const readerFailure =
  (fileName: string) =>
  (e: unknown): never => {
    if (e instanceof ReaderError) throw fileRefused('import', e.code, e.message, fileName)
    throw e
  }

export function importsHandlers(ctx: HandlerContext): HandlersOf<typeof importsContract> {
  const data = () => ctx.store.data
  const sources = openFiles<Source>('import', 'This import is no longer open: read the file again')
  const batches = new Map<string, Batch>()
  const commitments = commitmentRecords(ctx)
  const organisations = organisationRecords(ctx)

  const keep = (source: Source): ImportSource => describe(sources.keep(source), source)

  const describe = (token: string, source: Source): ImportSource => {
    const sheets = describeSheets(source)
    const sheet = tableSheet(sheets)
    // A workbook says which of its sheets holds the table (its first may be a cover page).
    const chosen: ReaderNote[] = source.table.sheets.length > 1 ? [{ code: 'sheet_chosen', sheet, name: sheets[sheet]!.name, of: sheets.length }] : []
    return { token, fileName: source.fileName, kind: source.kind, sheets, sheet, suggestedSkip: source.suggestedSkip, notes: [...chosen, ...source.table.notes] }
  }

  const describeSheets = (source: Source): ImportSource['sheets'] =>
    source.table.sheets.map((sheet) => {
      const headerRow = source.kind === 'text' ? null : findHeaderRow(sheet.rows)
      const header = headerRow === null ? [] : sheet.rows[headerRow]!
      const remembered = headerRow === null ? null : rememberedColumns(data().settings.importLayouts, header)
      const width = Math.max(0, ...sheet.rows.slice(0, 200).map((r) => r.length))
      const columns = source.kind === 'text' ? TEXT_COLUMNS : (remembered ?? (headerRow === null ? [] : guessColumns(header)))
      return {
        name: sheet.name,
        rowCount: sheet.rows.length,
        sample: sheet.rows.slice(0, SAMPLE_ROWS),
        headerRow,
        columns: [...columns, ...Array<ImportField>(Math.max(0, width - columns.length)).fill('ignore')],
        remembered: remembered !== null,
      }
    })

  const readTable = async (fileName: string, bytes: Uint8Array, options: ReadTableOptions = {}) => readTableFile(fileName, bytes, options).catch(readerFailure(basename(fileName)))

  /** Every row as it will be saved, for these settings. */
  const rowsFor = (settings: ImportSettings): PreviewRow[] => {
    const sheet = sources.get(settings.token).table.sheets[settings.sheet]
    if (!sheet) throw new DeskError('invalid_arguments', 'No such table in the file', [{ path: 'sheet', message: 'validation.notFound' }])
    const document = findOrThrow(data().documents, settings.documentId, 'document')
    const fixes = Object.fromEntries(Object.entries(settings.fixes).map(([k, v]) => [Number(k), v]))
    return previewRows(data(), document, sheet.rows, { ...settings, fixes, kind: sources.get(settings.token).kind }, ctx.clock().toISOString())
  }

  return {
    openImportFile: async (_args, call) => {
      const [path] = await ctx.shell.chooseFiles()
      if (!path) return null
      await call.progress('reading', undefined, true)
      const bytes = await readChosenFile(path, 'import', MAX_FILE_BYTES)
      return keep({ fileName: basename(path), kind: 'table', table: await readTable(path, bytes), bytes, suggestedSkip: [] })
    },

    rereadImportFile: async ({ token, encoding, delimiter }) => {
      const source = sources.get(token)
      if (!source.bytes) throw new DeskError('invalid_arguments', 'Pasted text has no file to read again')
      return keep({ ...source, table: await readTable(source.fileName, source.bytes, { encoding, delimiter }) })
    },

    readImportText: ({ text, documentId }) => {
      const clauses = splitClauses(text)
      if (clauses.length === 0) throw new DeskError('invalid_arguments', 'The text has nothing to import', [{ path: 'text', message: 'validation.required' }])
      const document = findOrThrow(data().documents, documentId, 'document')
      const meeting = data().meetings.find((m) => m.id === document.meetingId)
      const context = { documentDate: document.date, series: meeting?.series }
      const index = indexOrganisations(data().organisations, data().countries, matchContext(data(), document))
      return keep({
        fileName: '',
        kind: 'text',
        table: { sheets: [{ name: '', rows: clauses.map((c) => [c.clause, c.text, deadlineInText(c.text, context), ownersInText(c.text, index).join('\n')]) }], notes: [] },
        bytes: null,
        suggestedSkip: clauses.flatMap((c, i) => (c.likelyCommitment ? [] : [i])),
      })
    },

    previewImport: ({ settings, offset, limit, only }) => {
      const all = rowsFor(settings)
      const rows = all.filter(isCommitment)
      const problems: Record<string, number> = {}
      const unknown = new Map<string, { key: string; name: string; rows: number }>()
      for (const row of rows) {
        if (row.skipped) continue
        for (const p of row.problems) problems[p] = (problems[p] ?? 0) + 1
        for (const o of row.owners.filter((x) => x.decision === 'unknown')) {
          const key = ownerKey(o.name)
          const entry = unknown.get(key) ?? { key, name: o.name, rows: 0 }
          entry.rows++
          unknown.set(key, entry)
        }
      }
      const selected = only === 'problems' ? rows.filter((r) => r.problems.length > 0) : all
      const blocked = rows.filter(isBlocked)
      return {
        total: rows.length,
        skipped: rows.filter((r) => r.skipped).length,
        sections: all.filter((r) => r.kind === 'section').length,
        leftOut: all.length - rows.length,
        blocked: blocked.length,
        blockedRows: blocked.map((r) => r.index),
        problems,
        unknownOwners: [...unknown.values()].sort((a, b) => b.rows - a.rows),
        matching: selected.length,
        rows: selected.slice(offset, offset + limit),
      }
    },

    commitImport: async ({ settings }, call) => {
      const rows = rowsFor(settings).filter(isCommitment)
      const blocked = rows.filter(isBlocked)
      if (blocked.length > 0) {
        throw new DeskError(
          'invalid_arguments',
          `${blocked.length} rows still have problems: fix or skip them`,
          blocked.slice(0, 20).map((r) => ({ path: `rows.${r.index}`, message: `validation.import.${r.problems[0]}` })),
        )
      }
      const taken = rows.filter((r) => !r.skipped)
      if (taken.length === 0) throw new DeskError('invalid_arguments', 'No rows to import', [{ path: 'rows', message: 'validation.import.nothing' }])
      const sheet = sources.get(settings.token).table.sheets[settings.sheet]!
      const { homeCountryId } = matchContext(data(), findOrThrow(data().documents, settings.documentId, 'document'))
      await call.progress('saving')
      const batch = await ctx.store.update((d) => {
        // New organisations first, one per name, then the commitments that name them.
        const created = new Map<string, string>()
        for (const row of taken) {
          for (const owner of row.owners.filter((o) => o.decision === 'create')) {
            const key = ownerKey(owner.name)
            if (created.has(key)) continue
            // The country and kind the name implies: "Минцифры Узбекистана" is a ministry of Uzbekistan.
            const org = organisations.insert(d, impliedOrganisation(owner.name, d.countries, homeCountryId))
            created.set(key, org.id)
          }
        }
        const commitmentIds = taken.map((row) => commitments.insert(d, commitmentInput(row, settings.documentId, created)).id)
        if (settings.headerRow !== null) rememberLayout(d, sheet.rows[settings.headerRow]!, settings.columns, ctx.clock().toISOString())
        return { commitmentIds, organisationIds: [...created.values()] }
      })
      const batchId = crypto.randomUUID()
      batches.set(batchId, batch)
      return { batchId, commitments: batch.commitmentIds.length, organisations: batch.organisationIds.length, skipped: rows.length - taken.length }
    },

    undoImport: async ({ batchId }) => {
      const batch = batches.get(batchId)
      if (!batch) throw new DeskError('not_found', 'This import can no longer be taken back', [{ path: 'batchId', message: 'validation.import.undoExpired' }])
      const result = await ctx.store.update((d) => {
        const ids = new Set(batch.commitmentIds)
        const orgIds = new Set(batch.organisationIds)
        const touched = d.commitments.some((c) => ids.has(c.id) && c.updatedAt !== c.createdAt)
        const used =
          d.statusUpdates.some((u) => ids.has(u.commitmentId)) ||
          d.commitments.some((c) => !ids.has(c.id) && (c.relatedIds.some((r) => ids.has(r)) || organisationsOf(c).some((o) => orgIds.has(o)))) ||
          d.people.some((p) => p.organisationId !== null && orgIds.has(p.organisationId))
        if (touched || used) throw new DeskError('conflict', 'Records this import added have been changed or used since; delete them one by one instead')
        const before = { commitments: d.commitments.length, organisations: d.organisations.length }
        d.commitments = d.commitments.filter((c) => !ids.has(c.id))
        dropCommitmentsFromBriefs(d, ids)
        d.organisations = d.organisations.filter((o) => !orgIds.has(o.id))
        return { commitments: before.commitments - d.commitments.length, organisations: before.organisations - d.organisations.length }
      })
      batches.delete(batchId)
      return result
    },
  }
}

function commitmentInput(row: PreviewRow, documentId: string, created: Map<string, string>): CommitmentInput {
  const owners = row.owners.flatMap((o) => {
    const organisationId = o.decision === 'create' ? created.get(ownerKey(o.name)) : o.organisationId
    return organisationId && o.decision !== 'ignore' ? [{ organisationId, role: o.role }] : []
  })
  return {
    documentId,
    clause: row.clause,
    text: row.text,
    summary: { ru: row.summary, en: '' },
    themes: row.themes,
    // Two names that turned out to be one organisation: the first mention counts.
    owners: owners.filter((o, i) => owners.findIndex((x) => x.organisationId === o.organisationId) === i),
    partnerCountryIds: [],
    deadline: { words: row.deadline.words, rule: row.deadline.rule },
    completionForm: row.completionForm,
    priority: false,
    relatedIds: [],
    milestones: [],
  }
}

/** Remembers how this header's columns were mapped (the newest 100 layouts are kept). */
function rememberLayout(d: DeskData, header: readonly string[], columns: ImportField[], now: string) {
  const key = layoutKey(header)
  const layouts = d.settings.importLayouts.filter((l) => l.key !== key)
  d.settings.importLayouts = [{ key, columns, usedAt: now }, ...layouts].slice(0, 100)
}
