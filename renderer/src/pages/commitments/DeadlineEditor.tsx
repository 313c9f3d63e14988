// The deadline as the document words it, beside the rule it is read as and the due date that
// rule gives (the last day of the period; the next meeting's date when one is planned). Typing
// the words reads them with the import's parser: the kind and date follow, with what was
// understood, or a word that they could not be read.
import { Dropdown, Field, Input, makeStyles, mergeClasses, Option, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pick } from '../../../../electron/core/domain/dates'
import { computeDueDate } from '../../../../electron/core/domain/deadline'
import { parseDeadlinePhrase, type DeadlineProblem } from '../../../../electron/core/domain/deadlinePhrase'
import { deadlineWords } from '../../../../electron/core/domain/deadlineWords'
import { DeadlineRule, type DeadlineInput, type LocalText, type Meeting } from '../../../../electron/core/schema'
import { useFormat } from '../../i18n/format'
import { useDeadlineReading } from './deadlineReading'
import { DateInput } from '../../components/DateInput'
import { useFieldsetStyles } from '../../forms/fieldsetStyles'

const useStyles = makeStyles({
  fieldset: { gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
})

type Rule = DeadlineInput['rule']
type Kind = Rule['kind']

/** A series as the list of series knows it: the same whatever the interface's language. */
const seriesKey = (series: LocalText) => pick(series, 'ru')

const KINDS = DeadlineRule.options.map((o) => o.shape.kind.value) as Kind[]

/** A sensible rule of each kind, near today, for when the user switches kind. */
function defaultRule(kind: Kind, today: string, meetings: Meeting[]): Rule {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  switch (kind) {
    case 'date':
      return { kind, date: today }
    case 'month':
      return { kind, year, month }
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) }
    case 'half':
      return { kind, year, half: month <= 6 ? 1 : 2 }
    case 'year':
      return { kind, year }
    case 'period':
      return { kind, from: `${year}-01-01`, to: `${year + 2}-12-31` }
    case 'recurring':
      return { kind, frequency: 'annually', until: null }
    case 'next_meeting':
      return { kind, series: meetings[0]?.series ?? { ru: '', en: '' } }
    case 'ongoing':
    case 'none':
      return { kind }
  }
}

interface Props {
  value: DeadlineInput
  onChange: (value: DeadlineInput) => void
  meetings: Meeting[]
  today: string
  /** The date the deadline counts from (the document's date): "the next meeting" is the next after it. */
  setOn: string
  /** The series of the document's meeting: what "до следующей встречи" refers to. */
  series?: LocalText | undefined
  field: (path: string) => object
}

/** What reading the typed words gave: nothing typed yet, a reading, or the reason there is none. */
type Reading = { problem: DeadlineProblem | null } | null

export function DeadlineEditor({ value, onChange, meetings, today, setOn, series, field }: Props) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const styles = useStyles()
  const fieldset = useFieldsetStyles()
  const describe = useDeadlineReading()
  const { rule } = value
  const [reading, setReading] = useState<Reading>(null)
  // The words follow the rule until the user types the document's own.
  const suggested = deadlineWords(rule, f.language)
  const setRule = (next: Rule) => {
    setReading(null)
    onChange({ rule: next, words: value.words === '' || value.words === suggested ? deadlineWords(next, f.language) : value.words })
  }
  const patch = (p: Partial<Rule>) => setRule({ ...rule, ...p } as Rule)
  // The same parser as the import: the words typed give the rule, when they can be read.
  const typeWords = (words: string) => {
    if (words.trim() === '') {
      setReading(null)
      return onChange({ ...value, words })
    }
    const parsed = parseDeadlinePhrase(words, { documentDate: setOn, series })
    const problem = parsed.ok ? null : parsed.problem
    const understood = parsed.ok || (problem === 'ambiguous' && parsed.deadline.rule.kind !== 'none')
    setReading({ problem: understood ? problem : (problem ?? 'unrecognised') })
    onChange({ words, rule: understood ? parsed.deadline.rule : rule })
  }
  const due = computeDueDate(rule, { meetings, after: setOn })
  const seriesList = [...new Map(meetings.map((m) => [seriesKey(m.series), m.series])).values()]

  const yearField = (year: number) => (
    <Field label={t('deadline.year')} {...field('deadline.rule.year')}>
      <Input type="number" value={String(year)} onChange={(_e, d) => patch({ year: Number(d.value) } as Partial<Rule>)} />
    </Field>
  )
  const dateField = (label: string, key: 'date' | 'from' | 'to' | 'until' | 'first', v: string | null, optional = false) => (
    <Field label={label} {...field(`deadline.rule.${key}`)}>
      <DateInput value={v} onChange={(d) => patch({ [key]: d === null && optional ? null : (d ?? '') } as Partial<Rule>)} />
    </Field>
  )
  const choice = (label: string, key: 'month' | 'quarter' | 'half', v: number, options: string[]) => (
    <Field label={label}>
      <Dropdown value={options[v - 1]} selectedOptions={[String(v)]} onOptionSelect={(_e, d) => patch({ [key]: Number(d.optionValue) } as Partial<Rule>)}>
        {options.map((o, i) => (
          <Option key={o} value={String(i + 1)}>
            {o}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )

  let params = null
  switch (rule.kind) {
    case 'date':
      params = dateField(t('deadline.date'), 'date', rule.date)
      break
    case 'month':
      params = (
        <>
          {choice(
            t('deadline.month'),
            'month',
            rule.month,
            f.months(),
          )}
          {yearField(rule.year)}
        </>
      )
      break
    case 'quarter':
      params = (
        <>
          {choice(t('deadline.quarter'), 'quarter', rule.quarter, ['I', 'II', 'III', 'IV'])}
          {yearField(rule.year)}
        </>
      )
      break
    case 'half':
      params = (
        <>
          {choice(t('deadline.half'), 'half', rule.half, ['I', 'II'])}
          {yearField(rule.year)}
        </>
      )
      break
    case 'year':
      params = yearField(rule.year)
      break
    case 'period':
      params = (
        <>
          {dateField(t('deadline.from'), 'from', rule.from)}
          {dateField(t('deadline.to'), 'to', rule.to)}
        </>
      )
      break
    case 'recurring':
      params = (
        <>
          <Field label={t('deadline.frequency')}>
            <Dropdown
              value={t(`deadline.frequency_${rule.frequency}`)}
              selectedOptions={[rule.frequency]}
              onOptionSelect={(_e, d) => patch({ frequency: d.optionValue as 'annually' })}
            >
              {(['annually', 'quarterly', 'monthly'] as const).map((fr) => (
                <Option key={fr} value={fr}>
                  {t(`deadline.frequency_${fr}`)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {dateField(t('deadline.first'), 'first', rule.first ?? null, true)}
          {dateField(t('deadline.until'), 'until', rule.until, true)}
        </>
      )
      break
    case 'next_meeting':
      params = (
        <Field label={t('deadline.series')} {...field('deadline.rule.series')}>
          <Dropdown
            value={f.pick(rule.series)}
            selectedOptions={[seriesKey(rule.series)]}
            onOptionSelect={(_e, d) => {
              const series = seriesList.find((s) => seriesKey(s) === d.optionValue)
              if (series) patch({ series })
            }}
          >
            {seriesList.map((s) => (
              <Option key={seriesKey(s)} value={seriesKey(s)}>
                {f.pick(s)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )
      break
  }

  const understood = reading && (reading.problem === null || reading.problem === 'ambiguous')
  const readingText = understood ? t(reading.problem === null ? 'deadline.readAs' : 'deadline.readAmbiguous', { reading: describe(rule, due) }) : null
  const dueText = rule.kind === 'recurring' && due ? t('deadline.firstDueIs', { date: f.day(due) }) : due ? t('deadline.dueIs', { date: f.day(due) }) : t('deadline.noDue')
  return (
    <fieldset className={mergeClasses(fieldset.bare, fieldset.column, styles.fieldset)}>
      <legend className={fieldset.legend}>{t('deadline.legend')}</legend>
      <Field
        label={t('deadline.words')}
        hint={t('deadline.wordsHint')}
        validationState={reading && !understood ? 'warning' : 'none'}
        validationMessage={reading && !understood ? t(reading.problem === 'invalid_date' ? 'deadline.invalid' : 'deadline.unrecognised') : undefined}
        {...field('deadline.words')}
      >
        <Input value={value.words} onChange={(_e, d) => typeWords(d.value)} />
      </Field>
      <div className={styles.grid}>
        <Field label={t('deadline.kind')}>
          <Dropdown value={t(`deadline.kind_${rule.kind}`)} selectedOptions={[rule.kind]} onOptionSelect={(_e, d) => setRule(defaultRule(d.optionValue as Kind, today, meetings))}>
            {KINDS.map((k) => (
              <Option key={k} value={k}>
                {t(`deadline.kind_${k}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {params}
      </div>
      <Text role="status" className={reading?.problem === 'ambiguous' ? styles.warning : undefined}>
        {readingText ? `${readingText}. ` : ''}
        {dueText}
      </Text>
    </fieldset>
  )
}
