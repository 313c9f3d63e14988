// A long operation under way: what it is doing, how far (a bar that fills when the step counts
// something, a moving one when it does not), and Cancel while stopping would change nothing.
// The rest of the window stays usable.
import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { LongWork } from '../api/queries'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, maxWidth: '560px' },
  bar: { flexGrow: 1 },
})

export function WorkProgress({ work }: { work: Pick<LongWork, 'isPending' | 'progress' | 'cancel'> }) {
  const { t } = useTranslation()
  const styles = useStyles()
  if (!work.isPending) return null
  const { progress } = work
  const counted = progress?.done != null && progress.total ? progress.done / progress.total : undefined
  const label = progress
    ? progress.total
      ? t('progress.counted', { step: t(`progress.step.${progress.step}`), done: progress.done, total: progress.total })
      : t(`progress.step.${progress.step}`)
    : t('progress.working')
  return (
    <div className={styles.root} role="status">
      <Field className={styles.bar} label={label}>
        <ProgressBar value={counted} thickness="large" />
      </Field>
      {progress?.cancellable && <Button onClick={work.cancel}>{t('progress.cancel')}</Button>}
    </div>
  )
}
