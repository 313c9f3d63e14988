// The merge review of an exchange file: what it adds, what changed on the other laptop (taken
// without a question), the conflicts (a field changed differently on both sides) to decide field
// by field, and the deletions to follow or not. Nothing is applied until Apply.
import { Badge, Button, Card, makeStyles, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, tokens } from '@fluentui/react-components'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { DELETION_FIELD, defaultDeletion, type DeletionChoice } from '../../../../electron/core/exchange/plan'
import type { ExchangeApplied, ExchangeReview } from '../../../../electron/core/ops/views'
import { useChange, useLongWork, useOp } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'
import { PageHeader } from '../meetings/parts/PageHeader'
import { Section } from '../meetings/parts/Section'
import { arrivalQueue, useArrivalQueue } from './arrivalQueue'
import { useOpenExchange } from './useOpenExchange'
import { valueText } from './values'

type Item = ExchangeReview['items'][number]
type Side = 'ours' | 'theirs'
type Choices = Record<string, Record<string, Side | DeletionChoice>>

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', verticalAlign: 'top', textAlign: 'start', whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  fieldColumn: { width: '16%' },
  keepColumn: { width: '18%' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  badge: { marginInlineEnd: tokens.spacingHorizontalXS },
  // Apply stays in view above lists that can be thousands of rows long.
  actions: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
})

function useItemName() {
  const { t } = useTranslation('exchange')
  const itemText = useItemText()
  return (item: Item) => `${t(`exchange.collection.${item.collection}`)}: ${itemText(item)}`
}

/** A record's line: a status update with its day, as the interface writes dates. */
function useItemText() {
  const f = useFormat()
  return (item: Item) => (item.day ? `${f.day(item.day)} · ${f.pick(item.label)}` : f.pick(item.label))
}

/** A field's name as the review shows it; one language of a bilingual text says which. */
function useFieldName() {
  const { t } = useTranslation('exchange')
  return (path: string) => {
    const [field, language] = path.split('.') as [string, string | undefined]
    const name = t(`exchange.fields.${field}`, { defaultValue: field })
    return language ? `${name} (${language.toUpperCase()})` : name
  }
}

function useValues(review: ExchangeReview) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const context = { language: f.ui, names: review.names, day: f.day, t }
  return (value: unknown) => valueText(value, context)
}

/** Who changed it and when, on each side. */
function Stamps({ item, peer }: { item: Item; peer: string }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const when = (stamp: Item['ours']) => (stamp.deletedAt ? t('exchange.deletedOn', { date: f.day(stamp.deletedAt.slice(0, 10)) }) : stamp.updatedAt ? t('exchange.changedOn', { date: f.day(stamp.updatedAt.slice(0, 10)) }) : '—')
  return (
    <Text size={200}>
      {t('exchange.stampOurs', { when: when(item.ours) })} · {t('exchange.stampTheirs', { name: peer, when: when(item.theirs) })}
    </Text>
  )
}

function Conflict({ item, review, chosen, onChoose }: { item: Item; review: ExchangeReview; chosen: Record<string, string>; onChoose: (field: string, side: Side) => void }) {
  const { t } = useTranslation('exchange')
  const styles = useStyles()
  const name = useItemName()(item)
  const fieldName = useFieldName()
  const shown = useValues(review)
  const conflicting = item.differences.filter((d) => d.conflict)
  const taken = item.differences.filter((d) => !d.conflict)
  return (
    <Card role="group" aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <Stamps item={item} peer={review.from.name || t('exchange.unnamed')} />
      <div className={styles.row}>
        <Button size="small" onClick={() => conflicting.forEach((d) => onChoose(d.field, 'ours'))}>
          {t('exchange.allOurs')}
        </Button>
        <Button size="small" onClick={() => conflicting.forEach((d) => onChoose(d.field, 'theirs'))}>
          {t('exchange.allTheirs')}
        </Button>
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.fieldColumn)} scope="col">{t('exchange.field')}</th>
            <th className={styles.cell} scope="col">{t('exchange.base')}</th>
            <th className={styles.cell} scope="col">{t('exchange.ours')}</th>
            <th className={styles.cell} scope="col">{t('exchange.theirs')}</th>
            <th className={mergeClasses(styles.cell, styles.keepColumn)} scope="col">{t('exchange.keep')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicting.map((d) => {
            const field = fieldName(d.field)
            return (
              <tr key={d.field}>
                <th className={styles.cell} scope="row">{field}</th>
                <td className={styles.cell}>{d.hasBase ? shown(d.base) : t('exchange.noBase')}</td>
                <td className={styles.cell}>{shown(d.ours)}</td>
                <td className={styles.cell}>{shown(d.theirs)}</td>
                <td className={styles.cell}>
                  <RadioGroup aria-label={t('exchange.keepField', { field, record: name })} value={chosen[d.field] ?? ''} onChange={(_e, data) => onChoose(d.field, data.value as Side)}>
                    <Radio value="ours" label={t('exchange.ours')} />
                    <Radio value="theirs" label={t('exchange.theirs')} />
                  </RadioGroup>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {taken.length > 0 && <Text size={200}>{t('exchange.takenToo', { fields: taken.map((d) => fieldName(d.field)).join(', ') })}</Text>}
    </Card>
  )
}

function Deletion({ item, review, choice, onChoose }: { item: Item; review: ExchangeReview; choice: DeletionChoice | null; onChoose: (choice: DeletionChoice) => void }) {
  const { t } = useTranslation('exchange')
  const name = useItemName()(item)
  const deletion = item.deletion!
  return (
    <Card role="group" aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <Text>{t(`exchange.deletion.${deletion.side}${deletion.changedSince ? 'Changed' : ''}`)}</Text>
      <Stamps item={item} peer={review.from.name || t('exchange.unnamed')} />
      <RadioGroup aria-label={t('exchange.deletionChoice', { record: name })} layout="horizontal" value={choice ?? ''} onChange={(_e, data) => onChoose(data.value as DeletionChoice)}>
        <Radio value="delete" label={t(deletion.side === 'there' ? 'exchange.deleteHere' : 'exchange.stayDeleted')} />
        <Radio value="keep" label={t(deletion.side === 'there' ? 'exchange.keepHere' : 'exchange.restore')} />
      </RadioGroup>
    </Card>
  )
}

/**
 * Items of one verdict grouped by kind, each with its count. Status updates are listed under
 * their commitment: the commitment's own row when it is listed too, else its name.
 */
function ByKind({ title, items, names, unlisted = {}, render }: { title: string; items: Item[]; names: ExchangeReview['names']; unlisted?: ExchangeReview['unlistedByKind']; render: (item: Item) => ReactNode }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const listed = new Set(items.map((i) => i.key))
  const updatesOf = new Map<string, Item[]>()
  for (const i of items) if (i.under) updatesOf.set(i.under, [...(updatesOf.get(i.under) ?? []), i])
  const updates = (key: string, record: string) => {
    const under = updatesOf.get(key)
    if (!under) return null
    return <ul aria-label={t('exchange.updatesOf', { record, n: under.length })}>{under.map((u) => <li key={u.key}>{render(u)}</li>)}</ul>
  }
  const group = (heading: string, count: number, rows: ReactNode) => (
    <details key={heading} open={count <= 20}>
      <summary>{heading}</summary>
      <ul aria-label={heading}>{rows}</ul>
    </details>
  )
  return (
    <Section title={title}>
      {[...new Set([...items.map((i) => i.collection), ...(Object.keys(unlisted) as Item['collection'][])])].map((kind) => {
        const ofKind = items.filter((i) => i.collection === kind)
        // A kind only partly listed says how many of it there are and how many are shown.
        const more = unlisted[kind] ?? 0
        const heading = more > 0 ? t('exchange.kindCountShown', { kind: t(`exchange.kinds.${kind}`), n: ofKind.length + more, shown: ofKind.length }) : t('exchange.kindCount', { kind: t(`exchange.kinds.${kind}`), n: ofKind.length })
        if (kind !== 'statusUpdates') {
          return group(heading, ofKind.length, ofKind.map((i) => <li key={i.key}>{render(i)}{updates(i.key, f.pick(i.label))}</li>))
        }
        // Updates whose commitment is not in this list: under its name.
        const orphans = [...new Set(ofKind.filter((u) => !listed.has(u.under!)).map((u) => u.under!))]
        if (orphans.length === 0 && more === 0) return null
        const nameOf = (key: string) => {
          const name = names[key.slice(key.indexOf(':') + 1)]
          return name ? f.pick(name) : '—'
        }
        return group(heading, ofKind.length, orphans.map((key) => <li key={key}>{nameOf(key)}{updates(key, nameOf(key))}</li>))
      })}
    </Section>
  )
}

/** The files the package carries: they are installed with Apply, whatever else is chosen. */
function Files({ files }: { files: ExchangeReview['files'] }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const heading = t('exchange.kindCount', { kind: t('exchange.kinds.files'), n: files.length })
  return (
    <Section title={t('exchange.files')}>
      <details open={files.length <= 20}>
        <summary>{heading}</summary>
        <ul aria-label={heading}>
          {files.map((file) => (
            <li key={`${file.name}:${f.pick(file.document)}`}>{t('exchange.fileOf', { name: file.name, document: f.pick(file.document) })}</li>
          ))}
        </ul>
      </details>
    </Section>
  )
}

/** The other laptop's organisation, once its records are here: one click makes it ours. */
function TakeOrganisation({ offered }: { offered: NonNullable<ExchangeReview['offeredOrganisation']> }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const update = useChange('updateSettings')
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t('exchange.offerOrganisation', { name: f.pick(offered.name) })}</MessageBarBody>
      <Button disabled={update.isPending} onClick={() => update.mutate({ ourOrganisationId: offered.id })}>
        {t('exchange.takeOrganisation')}
      </Button>
      <ErrorMessage error={update.error} />
    </MessageBar>
  )
}

function Review({ review }: { review: ExchangeReview }) {
  const { t } = useTranslation('exchange')
  const f = useFormat()
  const styles = useStyles()
  const fieldName = useFieldName()
  const itemText = useItemText()
  const apply = useLongWork('applyExchange', { changes: true })
  const [choices, setChoices] = useState<Choices>({})
  const [justApplied, setApplied] = useState<ExchangeApplied | null>(null)
  const applied = justApplied ?? review.applied
  const conflicts = review.items.filter((i) => i.verdict === 'conflict')
  const deletions = review.items.filter((i) => i.verdict === 'deleted')
  const theirs = review.items.filter((i) => i.verdict === 'theirs')
  const added = review.items.filter((i) => i.verdict === 'new')
  const deletionOf = (i: Item) => (choices[i.key]?._deleted as DeletionChoice | undefined) ?? defaultDeletion(i.deletion!)
  const undecided =
    conflicts.filter((c) => c.differences.some((d) => d.conflict && !choices[c.key]?.[d.field])).length + deletions.filter((d) => deletionOf(d) === null).length
  const choose = (key: string, field: string, value: Side | DeletionChoice) => setChoices((all) => ({ ...all, [key]: { ...all[key], [field]: value } }))
  const everyConflict = (side: Side) =>
    setChoices((all) => ({ ...all, ...Object.fromEntries(conflicts.map((c) => [c.key, Object.fromEntries(c.differences.filter((d) => d.conflict).map((d) => [d.field, side]))])) }))
  const actions = (
    <div className={styles.actions}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={undecided > 0 || apply.isPending} onClick={() => apply.mutate({ token: review.token, choices }, { onSuccess: setApplied })}>
          {t('exchange.apply')}
        </Button>
        {undecided > 0 && <Text>{t('exchange.undecided', { n: undecided })}</Text>}
      </div>
      <WorkProgress work={apply} />
      <ErrorMessage error={apply.error} />
    </div>
  )

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
      <div role="status" className={styles.row}>
        {(['new', 'theirs', 'conflict', 'deleted', 'same', 'ours'] as const).map((v) => (
          <Text key={v}>{t(`exchange.count.${v}`, { n: review.counts[v] })}</Text>
        ))}
      </div>
      {applied ? (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{t('exchange.applied', { ...applied })}</MessageBarBody>
          </MessageBar>
          {review.offeredOrganisation && <TakeOrganisation offered={review.offeredOrganisation} />}
        </>
      ) : review.changes === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('exchange.nothing')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {actions}
          {conflicts.length > 0 && (
            <Section title={t('exchange.conflicts')}>
              <Text>{t('exchange.conflictsHint')}</Text>
              <div className={styles.row}>
                <Button onClick={() => everyConflict('ours')}>{t('exchange.everyOurs')}</Button>
                <Button onClick={() => everyConflict('theirs')}>{t('exchange.everyTheirs')}</Button>
              </div>
              {conflicts.map((c) => (
                <Conflict key={c.key} item={c} review={review} chosen={(choices[c.key] ?? {}) as Record<string, string>} onChoose={(field, side) => choose(c.key, field, side)} />
              ))}
            </Section>
          )}
          {deletions.length > 0 && (
            <Section title={t('exchange.deletions')}>
              {deletions.map((d) => (
                <Deletion key={d.key} item={d} review={review} choice={deletionOf(d)} onChoose={(choice) => choose(d.key, DELETION_FIELD, choice)} />
              ))}
            </Section>
          )}
          {theirs.length > 0 && (
            <ByKind
              title={t('exchange.changedThere')}
              items={theirs}
              names={review.names}
              render={(i) => `${itemText(i)} — ${i.differences.length > 0 ? i.differences.map((d) => fieldName(d.field)).join(', ') : t('exchange.sameChange')}`}
            />
          )}
          {added.length > 0 && (
            <>
              <ByKind
                title={t('exchange.added')}
                items={added}
                names={review.names}
                unlisted={review.unlistedByKind}
                render={(i) => (
                  <>
                    <Badge appearance="tint" size="small" className={styles.badge}>
                      {t(`exchange.collection.${i.collection}`)}
                    </Badge>
                    {itemText(i)}
                  </>
                )}
              />
              {review.unlisted > 0 && <Text>{t('exchange.unlisted', { n: review.unlisted })}</Text>}
            </>
          )}
          {review.files.length > 0 && <Files files={review.files} />}
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
      {!review.data && <ErrorMessage error={review.error} />}
      {review.isPending && <Spinner size="small" label={t('exchange.comparing')} />}
      {review.data && <Review review={review.data} />}
    </>
  )
}
