// How meetings and documents read in the interface language: participants with their role,
// how a document was adopted ("Approved by: Joint Statement…" vs "Signed: heads of state"),
// validity periods and file sizes. One place, so lists and record pages say the same.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentInput, Participant } from '../../../../../electron/core/schema'
import { useLookups } from '../../../api/lookups'
import { useFormat } from '../../../i18n/format'

const wholeYears = (from: string, to: string) => from.endsWith('-01-01') && to.endsWith('-12-31')

export function useDescribe() {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const lookups = useLookups()
  return useMemo(() => {
    const countryName = (id: string | null) => {
      const country = id ? lookups.countries.get(id) : undefined
      return country ? f.pick(country.name) : ''
    }
    const documentTitle = (id: string | null) => {
      const doc = id ? lookups.documents.get(id) : undefined
      return doc ? f.pick(doc.title) : ''
    }
    const participantName = (p: Participant) => {
      const record = p.countryId ? lookups.countries.get(p.countryId) : p.organisationId ? lookups.organisations.get(p.organisationId) : undefined
      return record ? f.pick(record.name) : '?'
    }
    return {
      countryName,
      documentTitle,
      meetingTitle: (id: string | null) => {
        const meeting = id ? lookups.meetings.get(id) : undefined
        return meeting ? f.pick(meeting.title) : ''
      },
      participantName,
      /** "Azerbaijan (guest)"; members without a role note. */
      participant: (p: Participant) => `${participantName(p)}${p.role === 'member' ? '' : ` (${t(`participantRole.${p.role}`)})`}`,
      adoption: ({ adoption: a }: Pick<DocumentInput, 'adoption'>) => {
        if (a.mode === 'approved_by_document') return t('adoption.approved_by_document', { document: documentTitle(a.approvedByDocumentId) || '?' })
        if (a.mode === 'signed' && a.signatoryLevel) return t('adoption.signedBy', { level: t(`signatory.${a.signatoryLevel}`) })
        return t(`adoption.${a.mode}`)
      },
      /** "2025–2027" for whole years, else the days; an open end reads "from …" / "until …". */
      validity: ({ from, to }: DocumentInput['validity']) => {
        if (from && to) return wholeYears(from, to) ? `${from.slice(0, 4)}–${to.slice(0, 4)}` : f.days(from, to)
        if (from) return t('documents.validFromOnly', { date: f.day(from) })
        if (to) return t('documents.validToOnly', { date: f.day(to) })
        return ''
      },
      fileSize: (bytes: number) =>
        bytes < 1024
          ? t('documents.bytes', { size: bytes })
          : new Intl.NumberFormat(f.language, { style: 'unit', unit: bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte', maximumFractionDigits: 1 }).format(
              bytes < 1024 * 1024 ? bytes / 1024 : bytes / 1024 / 1024,
            ),
    }
  }, [t, f, lookups])
}
