// Issuing the draft as the next version, for one audience's edition: what goes into it is frozen.
// Sections of that edition not yet cleared are named before anything is issued.
import { MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Field } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { AUDIENCES, unclearedSections } from '../../../../electron/core/briefs/audience'
import type { Audience, Brief } from '../../../../electron/core/schema'
import { ConfirmDialog } from '../../forms/ConfirmDialog'

interface Props {
  brief: Brief
  open: boolean
  edition: Audience
  onEdition: (edition: Audience) => void
  busy: boolean
  onIssue: () => void
  onCancel: () => void
}

export function IssueDialog({ brief, open, edition, onEdition, busy, onIssue, onCancel }: Props) {
  const { t } = useTranslation('briefs')
  const next = (brief.issued.at(-1)?.number ?? 0) + 1
  const uncleared = unclearedSections(brief.sections, edition)
  return (
    <ConfirmDialog open={open} title={t('outputs.issueQuestion', { number: next })} confirmLabel={t('outputs.issueConfirm', { number: next })} busy={busy} onCancel={onCancel} onConfirm={onIssue}>
      <Field label={t('edition.label')}>
        <RadioGroup value={edition} onChange={(_e, d) => onEdition(d.value as Audience)}>
          {AUDIENCES.map((a) => (
            <Radio key={a} value={a} label={t(`edition.${a}`)} />
          ))}
        </RadioGroup>
      </Field>
      {uncleared.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('outputs.uncleared', { count: uncleared.length })}</MessageBarTitle>
            {uncleared.map((s) => s.title.trim() || t(`kind.${s.kind}`)).join(', ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <p>{t('outputs.issueConsequence', { number: next })}</p>
    </ConfirmDialog>
  )
}
