// The deadline as the document words it, beside the rule it is read as and the due date that
// rule gives (the last day of the period; the next meeting's date when one is planned).
import { Dropdown, Field, Input, Option, Text } from '@fluentui/react-components'
import { format } from 'date-fns'
import { enGB, ru } from 'date-fns/locale'
import { useTranslation } from 'react-i18next'
import { computeDueDate } from '../../../../electron/core/domain/deadline'
import { deadlineWords } from '../../../../electron/core/domain/deadlineWords'
import { DeadlineRule, type DeadlineInput, type Meeting } from '../../../../electron/core/schema'
import { useFormat } from '../../i18n/format'

type Rule = DeadlineInput['rule']
type Kind = Rule['kind']

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
  field: (path: string) => object
}

export function DeadlineEditor({ value, onChange, meetings, today, setOn, field }: Props) {
  const { t } = useTranslation('commitments')
  const f = useFormat()
  const locale = f.language === 'ru' ? ru : enGB
  const { rule } = value
  // The words follow the rule until the user types the document's own.
  const suggested = deadlineWords(rule, f.language)
  const setRule = (next: Rule) => onChange({ rule: next, words: value.words === '' || value.words === suggested ? deadlineWords(next, f.language) : value.words })
  const patch = (p: Partial<Rule>) => setRule({ ...rule, ...p } as Rule)
  const due = computeDueDate(rule, { meetings, after: setOn })
  const seriesList = [...new Map(meetings.map((m) => [m.series.ru || m.series.en, m.series])).values()]

  const yearField = (year: number) => (
    <Field label={t('deadline.year')} {...field('deadline.rule.year')}>
      <Input type="number" value={String(year)} onChange={(_e, d) => patch({ year: Number(d.value) } as Partial<Rule>)} />
    </Field>
  )
  const dateField = (label: string, key: 'date' | 'from' | 'to' | 'until', v: string | null, optional = false) => (
    <Field label={label} {...field(`deadline.rule.${key}`)}>
      <Input type="date" value={v ?? ''} onChange={(_e, d) => patch({ [key]: d.value === '' && optional ? null : d.value } as Partial<Rule>)} />
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
            Array.from({ length: 12 }, (_x, i) => format(new Date(2000, i, 1), 'LLLL', { locale })),
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
          {dateField(t('deadline.until'), 'until', rule.until, true)}
        </>
      )
      break
    case 'next_meeting':
      params = (
        <Field label={t('deadline.series')} {...field('deadline.rule.series')}>
          <Dropdown
            value={f.pick(rule.series)}
            selectedOptions={[rule.series.ru || rule.series.en]}
            onOptionSelect={(_e, d) => {
              const series = seriesList.find((s) => (s.ru || s.en) === d.optionValue)
              if (series) patch({ series })
            }}
          >
            {seriesList.map((s) => (
              <Option key={s.ru || s.en} value={s.ru || s.en}>
                {f.pick(s)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )
      break
  }

  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
      <legend style={{ fontWeight: 600, marginBottom: 4 }}>{t('deadline.legend')}</legend>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 10, alignItems: 'end' }}>
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
      <Field label={t('deadline.words')} hint={t('deadline.wordsHint')} {...field('deadline.words')}>
        <Input value={value.words} onChange={(_e, d) => onChange({ ...value, words: d.value })} />
      </Field>
      <Text role="status">{due ? t('deadline.dueIs', { date: f.day(due) }) : t('deadline.noDue')}</Text>
    </fieldset>
  )
}
