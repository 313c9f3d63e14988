// A meeting's agenda: items in order, each with a title in both languages and notes.
import { Field, Textarea } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../../electron/core/schema'
import { LocalTextField } from '../../forms/LocalTextField'
import type { FieldProps } from './parts/EditForm'
import { ListEditor } from './parts/ListEditor'

interface Props {
  value: AgendaItem[]
  onChange: (value: AgendaItem[]) => void
  field: (path: string) => FieldProps
  /** The first problem at a path or under it (a title in either language). */
  fieldUnder: (path: string) => FieldProps
}

const newItem = (): AgendaItem => ({ id: crypto.randomUUID(), title: { ru: '', en: '' }, notes: '' })

export function AgendaEditor({ value, onChange, field, fieldUnder }: Props) {
  const { t } = useTranslation('meetings')
  return (
    <ListEditor
      items={value}
      onChange={onChange}
      newItem={newItem}
      itemLabel={(i) => t('meetings.agendaItemN', { n: i + 1 })}
      addLabel={t('meetings.addAgendaItem')}
      itemKey={(item) => item.id}
      reorderable
      renderItem={(item, i, update) => (
        <>
          <LocalTextField label={t('meetings.agendaItemTitle')} required value={item.title} onChange={(title) => update({ ...item, title })} fieldProps={fieldUnder(`agenda.${i}.title`)} />
          <Field label={t('meetings.agendaItemNotes')} {...field(`agenda.${i}.notes`)}>
            <Textarea value={item.notes} resize="vertical" onChange={(_e, d) => update({ ...item, notes: d.value })} />
          </Field>
        </>
      )}
    />
  )
}
