// The list's filters. Each change rewrites the URL; the list follows the URL.
import { Button, Checkbox, Dropdown, Field, makeStyles, Option, SearchBox, Tag, TagGroup, tokens } from '@fluentui/react-components'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusesDropdown } from '../../components/StatusesDropdown'
import type { CommitmentQuery } from '../../../../electron/core/ops/contracts/commitments'
import { useOp } from '../../api/queries'
import { CountryPicker, DocumentPicker, MeetingPicker, OrganisationPicker } from '../../components/pickers'
import { useFormat } from '../../i18n/format'

const DUE_WITHIN = [30, 90, 180, 365]
const SEARCH_DELAY_MS = 250

const useStyles = makeStyles({
  text: { minWidth: '260px', flex: 2 },
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  main: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  more: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
})

interface Props {
  query: CommitmentQuery
  onChange: (query: CommitmentQuery) => void
}

/** Types freely; the query follows a moment after the last key, not at every key. */
function TextFilter({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const [draft, setDraft] = useState(value)
  // When the query changes from elsewhere (back button, "clear filters"), the box follows it.
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setDraft(value)
  }
  // The latest callback, so that re-renders of the page do not restart the delay.
  const latest = useRef(onChange)
  useEffect(() => {
    latest.current = onChange
  })
  useEffect(() => {
    if (draft === value) return
    const timer = setTimeout(() => latest.current(draft), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, value])
  return (
    <Field label={t('filters.text')} className={styles.text}>
      <SearchBox value={draft} onChange={(_e, d) => setDraft(d.value)} placeholder={t('filters.textHint')} dismiss={{ 'aria-label': t('pickers.clear', { ns: 'common' }) }} />
    </Field>
  )
}

export function FilterBar({ query, onChange }: Props) {
  const { t } = useTranslation('commitments')
  const styles = useStyles()
  const f = useFormat()
  const themes = useOp('listThemes', {})
  const [more, setMore] = useState(Boolean(query.ownerId || query.countryId || query.meetingId || query.documentId || query.theme || query.priority))
  const set = <K extends keyof CommitmentQuery>(key: K, value: CommitmentQuery[K] | null | undefined) => {
    const next = { ...query }
    if (value === null || value === undefined || value === '' || value === false) delete next[key]
    else next[key] = value
    onChange(next)
  }
  const statuses = query.status ?? []

  return (
    <section aria-label={t('filters.label')} className={styles.bar}>
      <div className={styles.main}>
        <TextFilter value={query.text ?? ''} onChange={(text) => set('text', text.trim() || null)} />
        <Field label={t('filters.mine')}>
          <Dropdown
            value={t(`filters.mine_${query.mine ?? 'all'}`)}
            selectedOptions={[query.mine ?? 'all']}
            onOptionSelect={(_e, d) => set('mine', d.optionValue === 'all' ? null : (d.optionValue as CommitmentQuery['mine']))}
          >
            <Option value="all">{t('filters.mine_all')}</Option>
            <Option value="lead">{t('filters.mine_lead')}</Option>
            <Option value="any">{t('filters.mine_any')}</Option>
          </Dropdown>
        </Field>
        <Field label={t('filters.status')}>
          <StatusesDropdown value={statuses} onChange={(next) => set('status', next)} anyText={t('filters.any')} />
        </Field>
        <Field label={t('filters.dueWithin')}>
          <Dropdown
            value={query.dueWithin !== undefined ? t('filters.days', { count: query.dueWithin }) : t('filters.any')}
            selectedOptions={[String(query.dueWithin ?? '')]}
            onOptionSelect={(_e, d) => set('dueWithin', d.optionValue ? Number(d.optionValue) : null)}
          >
            <Option value="">{t('filters.any')}</Option>
            {DUE_WITHIN.map((n) => (
              <Option key={n} value={String(n)}>
                {t('filters.days', { count: n })}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox label={t('filters.overdue')} checked={query.overdue === true} onChange={(_e, d) => set('overdue', d.checked === true || null)} />
        <Button appearance="subtle" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? t('filters.fewer') : t('filters.more')}
        </Button>
        <Button appearance="subtle" onClick={() => onChange(query.sort ? { sort: query.sort, desc: query.desc } : {})}>
          {t('filters.reset')}
        </Button>
      </div>
      {more && (
        <div className={styles.more}>
          <OrganisationPicker label={t('filters.owner')} value={query.ownerId ?? null} onChange={(id) => set('ownerId', id)} />
          <CountryPicker label={t('filters.country')} value={query.countryId ?? null} onChange={(id) => set('countryId', id)} />
          <MeetingPicker label={t('filters.meeting')} value={query.meetingId ?? null} onChange={(id) => set('meetingId', id)} />
          <DocumentPicker label={t('filters.document')} value={query.documentId ?? null} onChange={(id) => set('documentId', id)} />
          <Field label={t('filters.theme')}>
            <Dropdown value={query.theme ?? t('filters.any')} selectedOptions={[query.theme ?? '']} onOptionSelect={(_e, d) => set('theme', d.optionValue || null)}>
              <Option value="">{t('filters.any')}</Option>
              {(themes.data ?? []).map((theme) => (
                <Option key={theme} value={theme}>
                  {theme}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Checkbox label={t('filters.priority')} checked={query.priority === true} onChange={(_e, d) => set('priority', d.checked === true || null)} />
        </div>
      )}
      {(query.changedSince || query.updatedSince) && (
        <TagGroup
          aria-label={t('filters.fromDashboard')}
          onDismiss={() => {
            const { changedSince: _c, change: _k, updatedSince: _u, ...rest } = query
            onChange(rest)
          }}
        >
          <Tag value="since" dismissible dismissIcon={{ 'aria-label': t('filters.removeSince') }}>
            {query.changedSince
              ? t(`filters.change_${query.change ?? 'status'}`, { date: f.day(query.changedSince) })
              : t('filters.updatedSince', { date: f.day(query.updatedSince!) })}
          </Tag>
        </TagGroup>
      )}
    </section>
  )
}
