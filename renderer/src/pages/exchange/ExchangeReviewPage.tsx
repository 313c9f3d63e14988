// The merge review of an exchange file: what it adds, what changed on the other laptop, and the
// conflicts (changed on both sides) to decide field by field. Nothing is applied until Apply.
import { Badge, Button, Card, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ExchangeApplied, ExchangeReview } from '../../../../electron/core/ops/views'
import { useLongWork, useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'
import { PageHeader } from '../meetings/parts/PageHeader'
import { Section } from '../meetings/parts/Section'
import { arrivalQueue, useArrivalQueue } from './arrivalQueue'
import { useOpenExchange } from './useOpenExchange'
import { valueText } from './values'

type Item = ExchangeReview['items'][number]
type Choices = Record<string, Record<string, 'ours' | 'theirs'>>

const cell = { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', verticalAlign: 'top', textAlign: 'start', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const

function useItemName() {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  return (item: Item) => `${t(`exchange.collection.${item.collection}`)}: ${f.pick(item.label)}`
}

function Conflict({ item, chosen, onChoose }: { item: Item; chosen: Record<string, 'ours' | 'theirs'>; onChoose: (field: string, side: 'ours' | 'theirs') => void }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const name = useItemName()(item)
  return (
    <Card role="group" aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button size="small" onClick={() => item.differences.forEach((d) => onChoose(d.field, 'ours'))}>
          {t('exchange.allOurs')}
        </Button>
        <Button size="small" onClick={() => item.differences.forEach((d) => onChoose(d.field, 'theirs'))}>
          {t('exchange.allTheirs')}
        </Button>
      </div>
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 }}>
        <thead>
          <tr>
            <th style={cell} scope="col">{t('exchange.field')}</th>
            <th style={cell} scope="col">{t('exchange.ours')}</th>
            <th style={cell} scope="col">{t('exchange.theirs')}</th>
            <th style={cell} scope="col">{t('exchange.keep')}</th>
          </tr>
        </thead>
        <tbody>
          {item.differences.map((d) => {
            const field = t(`exchange.fields.${d.field}`, { defaultValue: d.field })
            return (
              <tr key={d.field}>
                <th style={cell} scope="row">{field}</th>
                <td style={cell}>{valueText(d.ours, f.language)}</td>
                <td style={cell}>{valueText(d.theirs, f.language)}</td>
                <td style={cell}>
                  <RadioGroup aria-label={t('exchange.keepField', { field, record: name })} layout="horizontal" value={chosen[d.field] ?? ''} onChange={(_e, data) => onChoose(d.field, data.value as 'ours' | 'theirs')}>
                    <Radio value="ours" label={t('exchange.ours')} />
                    <Radio value="theirs" label={t('exchange.theirs')} />
                  </RadioGroup>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Card>
  )
}

function Review({ review }: { review: ExchangeReview }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const nameOf = useItemName()
  const apply = useLongWork('applyExchange', { changes: true })
  const [choices, setChoices] = useState<Choices>({})
  const [applied, setApplied] = useState<ExchangeApplied | null>(null)
  const conflicts = review.items.filter((i) => i.verdict === 'conflict')
  const theirs = review.items.filter((i) => i.verdict === 'theirs')
  const added = review.items.filter((i) => i.verdict === 'new')
  const undecided = conflicts.filter((c) => c.differences.some((d) => !choices[c.key]?.[d.field])).length
  const choose = (key: string, field: string, side: 'ours' | 'theirs') => setChoices((all) => ({ ...all, [key]: { ...all[key], [field]: side } }))
  const everyConflict = (side: 'ours' | 'theirs') =>
    setChoices(Object.fromEntries(conflicts.map((c) => [c.key, Object.fromEntries(c.differences.map((d) => [d.field, side]))])))

  return (
    <>
      <Text>
        {t('exchange.from', { name: review.from.name || t('exchange.unnamed'), date: f.day(review.createdAt.slice(0, 10)) })} ·{' '}
        {review.scope.kind === 'all' ? t('exchange.scopeAll') : t(`exchange.scope.${review.scope.kind}`, { title: f.pick(review.scope.title) })}
      </Text>
      {review.ownFile && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('exchange.ownFile')}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        {(['new', 'theirs', 'conflict', 'same', 'ours'] as const).map((v) => (
          <Text key={v}>{t(`exchange.count.${v}`, { n: review.counts[v] })}</Text>
        ))}
      </div>
      {applied ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('exchange.applied', { ...applied })}</MessageBarBody>
        </MessageBar>
      ) : review.changes === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('exchange.nothing')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {conflicts.length > 0 && (
            <Section title={t('exchange.conflicts')}>
              <Text>{t('exchange.conflictsHint')}</Text>
              <div style={{ display: 'flex', gap: 8 }}>
                <Button onClick={() => everyConflict('ours')}>{t('exchange.everyOurs')}</Button>
                <Button onClick={() => everyConflict('theirs')}>{t('exchange.everyTheirs')}</Button>
              </div>
              {conflicts.map((c) => (
                <Conflict key={c.key} item={c} chosen={choices[c.key] ?? {}} onChoose={(field, side) => choose(c.key, field, side)} />
              ))}
            </Section>
          )}
          {theirs.length > 0 && (
            <Section title={t('exchange.changedThere')}>
              <ul aria-label={t('exchange.changedThere')}>
                {theirs.map((i) => (
                  <li key={i.key}>
                    {nameOf(i)} — {i.differences.map((d) => t(`exchange.fields.${d.field}`, { defaultValue: d.field })).join(', ')}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {added.length > 0 && (
            <Section title={t('exchange.added')}>
              <ul aria-label={t('exchange.added')}>
                {added.map((i) => (
                  <li key={i.key}>
                    <Badge appearance="tint" size="small" style={{ marginInlineEnd: 6 }}>
                      {t(`exchange.collection.${i.collection}`)}
                    </Badge>
                    {f.pick(i.label)}
                  </li>
                ))}
              </ul>
              {review.unlisted > 0 && <Text>{t('exchange.unlisted', { n: review.unlisted })}</Text>}
            </Section>
          )}
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Button appearance="primary" disabled={undecided > 0 || apply.isPending} onClick={() => apply.mutate({ token: review.token, choices }, { onSuccess: setApplied })}>
              {t('exchange.apply')}
            </Button>
            {undecided > 0 && <Text>{t('exchange.undecided', { n: undecided })}</Text>}
          </div>
          <WorkProgress work={apply} />
          <ErrorMessage error={apply.error} />
        </>
      )}
    </>
  )
}

/** More files the system handed over at once: the next one's review, one click away. */
function NextArrival() {
  const { t } = useTranslation('exchange')
  const waiting = useArrivalQueue()
  const open = useOpenExchange()
  const [error, setError] = useState<unknown>(null)
  if (waiting.length === 0) return null
  const name = waiting[0]!.split(/[\\/]/).at(-1)!
  return (
    <>
      <Button onClick={() => void open.path(arrivalQueue.next()!).catch(setError)}>{t('exchange.nextFile', { name, count: waiting.length - 1 })}</Button>
      <WorkProgress work={open.work} />
      <ErrorMessage error={error} />
    </>
  )
}

export function ExchangeReviewPage() {
  const { t } = useTranslation('exchange')
  const { token = '' } = useParams()
  const review = useOp('getExchangeReview', { token })
  return (
    <>
      <PageHeader title={review.data ? t('exchange.title', { name: review.data.fileName }) : t('exchange.titlePlain')} back={{ to: '/settings', label: t('exchange.backToSettings') }} />
      <NextArrival />
      {/* Once applied, the file is closed: reading its review again may fail, and that is no error. */}
      {!review.data && <ErrorMessage error={review.error} />}
      {review.isPending && <Spinner size="small" />}
      {review.data && <Review review={review.data} />}
    </>
  )
}
