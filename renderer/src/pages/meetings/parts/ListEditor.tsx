// A list inside a form (participants, agenda items, parties): add, remove and, where order
// matters, move up and down. Each item is a named group; the focus follows the item moved, and a
// new item's first field takes it, so the list works from the keyboard alone.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DismissRegular } from '@fluentui/react-icons'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  number: { minWidth: '1.5em', paddingTop: tokens.spacingVerticalSNudge },
  fields: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  issue: { color: tokens.colorPaletteRedForeground1 },
  itemButtons: { display: 'flex', gap: tokens.spacingHorizontalXS, paddingTop: tokens.spacingVerticalXXS },
  listButtons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
})

interface Props<T> {
  items: T[]
  onChange: (items: T[]) => void
  newItem: () => T
  /** The group's name for item `index`: "Agenda item 2". */
  itemLabel: (index: number) => string
  addLabel: string
  /** Stable keys keep each item's inputs (and focus) with it when the list is reordered. */
  itemKey: (item: T, index: number) => string
  reorderable?: boolean
  /** A problem with the item as a whole (neither country nor organisation chosen). */
  itemIssue?: (index: number) => string | undefined
  renderItem: (item: T, index: number, update: (next: T) => void) => ReactNode
  /** More buttons beside "Add". */
  extraActions?: ReactNode
}

type FocusTarget = { index: number; control: 'first' | 'up' | 'down' } | { index: -1; control: 'add' }

export function ListEditor<T>({ items, onChange, newItem, itemLabel, addLabel, itemKey, reorderable, itemIssue, renderItem, extraActions }: Props<T>) {
  const { t } = useTranslation('meetings')
  const styles = useStyles()
  const ref = useRef<HTMLDivElement>(null)
  // Where the focus goes once the changed list is on screen (the parent re-renders us).
  const pendingFocus = useRef<FocusTarget | null>(null)

  useEffect(() => {
    const focus = pendingFocus.current
    if (!focus) return
    pendingFocus.current = null
    const within = (selector: string) => ref.current?.querySelector<HTMLElement>(selector)
    const item = `[data-list-item="${focus.index}"]`
    const target =
      focus.control === 'add'
        ? within('[data-list-add]')
        : focus.control === 'first'
          ? within(`${item} :is(input, textarea, select, button)`)
          : // The same arrow, or the other one when the item reached the end of the list.
            (within(`${item} [data-list-move="${focus.control}"]:not(:disabled)`) ?? within(`${item} [data-list-move]:not(:disabled)`))
    target?.focus()
  })

  const setFocusAfter = (target: FocusTarget) => {
    pendingFocus.current = target
  }
  const update = (index: number, next: T) => onChange(items.map((item, i) => (i === index ? next : item)))
  const move = (index: number, by: -1 | 1) => {
    const next = [...items]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item as T)
    onChange(next)
    setFocusAfter({ index: index + by, control: by < 0 ? 'up' : 'down' })
  }
  const remove = (index: number) => {
    onChange(items.filter((_item, i) => i !== index))
    setFocusAfter(items.length > 1 ? { index: Math.min(index, items.length - 2), control: 'first' } : { index: -1, control: 'add' })
  }
  const add = () => {
    onChange([...items, newItem()])
    setFocusAfter({ index: items.length, control: 'first' })
  }

  return (
    <div ref={ref} className={styles.list}>
      {items.map((item, index) => {
        const name = itemLabel(index)
        const issue = itemIssue?.(index)
        return (
          <div
            key={itemKey(item, index)}
            role="group"
            aria-label={name}
            data-list-item={index}
            className={styles.item}
          >
            <Text weight="semibold" aria-hidden className={styles.number}>
              {index + 1}.
            </Text>
            <div className={styles.fields}>
              {renderItem(item, index, (next) => update(index, next))}
              {issue && (
                <Text role="alert" size={200} className={styles.issue}>
                  {issue}
                </Text>
              )}
            </div>
            <div className={styles.itemButtons}>
              {reorderable && (
                <>
                  <Button data-list-move="up" appearance="subtle" icon={<ArrowUpRegular />} aria-label={t('list.moveUp', { item: name })} title={t('list.moveUp', { item: name })} disabled={index === 0} onClick={() => move(index, -1)} />
                  <Button
                    data-list-move="down"
                    appearance="subtle"
                    icon={<ArrowDownRegular />}
                    aria-label={t('list.moveDown', { item: name })}
                    title={t('list.moveDown', { item: name })}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  />
                </>
              )}
              <Button appearance="subtle" icon={<DismissRegular />} aria-label={t('list.remove', { item: name })} title={t('list.remove', { item: name })} onClick={() => remove(index)} />
            </div>
          </div>
        )
      })}
      <div className={styles.listButtons}>
        <Button data-list-add icon={<AddRegular />} onClick={add}>
          {addLabel}
        </Button>
        {extraActions}
      </div>
    </div>
  )
}
