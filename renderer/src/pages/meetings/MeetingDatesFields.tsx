// A meeting's dates as far as they are known: exact days (with the summit day), or, while it is
// planned, only its month or year ("VIII meeting, 2026"), which the core stores as the span.
import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DatePrecision, spanOf, type MeetingInput } from '../../../../electron/core/schema'
import { useFormat } from '../../i18n/format'
import { DateField, FieldRow, type FormState } from './parts/EditForm'

type Form = FormState<typeof MeetingInput>

export function MeetingDatesFields({ form }: { form: Form }) {
  const { t } = useTranslation('meetings')
  const f = useFormat()
  const m = form.value
  const precision = m.datePrecision ?? 'day'
  const [year = new Date().getFullYear() + 1, month = 1] = m.startDate ? m.startDate.split('-').map(Number) : []
  // The year as typed: "202" on the way to "2026" is no year yet.
  const [yearText, setYearText] = useState(String(year))
  const setSpan = (next: DatePrecision, y: number, mo: number) =>
    form.setValue((prev) => ({ ...prev, datePrecision: next, summitDate: null, ...(next === 'day' ? {} : Number.isInteger(y) && y > 999 ? spanOf(next, y, mo) : { startDate: '', endDate: '' }) }))
  return (
    <>
      {m.status === 'planned' && (
        <Field label={t('dates.known')} {...form.field('datePrecision')}>
          <RadioGroup layout="horizontal" value={precision} onChange={(_e, d) => setSpan(DatePrecision.parse(d.value), Number(yearText), month)}>
            {DatePrecision.options.map((p) => (
              <Radio key={p} value={p} label={t(`dates.precision_${p}`)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {precision === 'day' ? (
        <FieldRow>
          <DateField label={t('meetings.startDate')} required value={m.startDate} onChange={(v) => form.set('startDate', v ?? '')} fieldProps={form.field('startDate')} />
          <DateField label={t('meetings.endDate')} required value={m.endDate} onChange={(v) => form.set('endDate', v ?? '')} fieldProps={form.field('endDate')} />
          <DateField label={t('dates.summit')} hint={t('dates.summitHint')} value={m.summitDate ?? null} onChange={(v) => form.set('summitDate', v)} fieldProps={form.field('summitDate')} />
        </FieldRow>
      ) : (
        <FieldRow>
          {precision === 'month' && (
            <Field label={t('dates.month')}>
              <Select value={String(month)} onChange={(_e, d) => setSpan('month', Number(yearText), Number(d.value))}>
                {f.months().map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('dates.year')} required {...form.field('startDate')}>
            <Input
              type="number"
              min={2000}
              max={2100}
              value={yearText}
              onChange={(_e, d) => {
                setYearText(d.value)
                setSpan(precision, Number(d.value), month)
              }}
            />
          </Field>
        </FieldRow>
      )}
    </>
  )
}
