// The distribution register of a brief: which copy of which version went to whom, when and how,
// and whether it came back or was destroyed; printable as the register sheet.
import { Button, makeStyles, MessageBar, MessageBarBody, Text, Title3, Toolbar, tokens } from '@fluentui/react-components'
import { DocumentPdfRegular, PrintRegular } from '@fluentui/react-icons'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Brief, BriefCopy, CopyState } from '../../../../electron/core/schema'
import { useChange, useLongWork } from '../../api/queries'
import { DataTable } from '../../components/DataTable'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { useFormat } from '../../i18n/format'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  toolbar: { flexWrap: 'wrap', padding: 0, gap: tokens.spacingHorizontalXS },
})

export function CopiesRegister({ brief }: { brief: Brief }) {
  const { t } = useTranslation('briefs')
  const f = useFormat()
  const styles = useStyles()
  const headingId = useId()
  const setState = useChange('setCopyState')
  const pdf = useLongWork('saveRegisterPdf')
  const print = useLongWork('printRegister')
  const [saved, setSaved] = useState<string | null>(null)
  const copies = [...brief.copies].sort((a, b) => a.version - b.version || a.number - b.number)
  const name = (c: BriefCopy) => t('register.copyName', { number: c.number, version: c.version, recipient: c.recipient })
  const mark = (c: BriefCopy, state: CopyState) => setState.mutate({ id: brief.id, copyId: c.id, state })
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Title3 as="h2" id={headingId} className={styles.title}>
        {t('register.title')}
      </Title3>
      {copies.length === 0 ? (
        <Text>{t('register.empty')}</Text>
      ) : (
        <DataTable
          label={t('register.title')}
          rows={copies}
          rowKey={(c) => c.id}
          columns={[
            { key: 'version', header: t('register.version'), render: (c) => c.version },
            { key: 'number', header: t('register.number'), render: (c) => c.number },
            { key: 'recipient', header: t('register.recipient'), render: (c) => c.recipient },
            { key: 'issuedOn', header: t('register.issuedOn'), render: (c) => f.day(c.issuedOn) },
            { key: 'medium', header: t('register.medium'), render: (c) => t(`copies.media.${c.medium}`) },
            { key: 'state', header: t('register.state'), render: (c) => (c.stateOn ? t(`register.states.${c.state}On`, { date: f.day(c.stateOn) }) : t('register.states.held')) },
            {
              key: 'actions',
              header: t('register.actions'),
              render: (c) => (
                <div className={styles.actions}>
                  {c.state === 'held' ? (
                    <>
                      <Button size="small" disabled={setState.isPending} aria-label={t('register.returnOf', { copy: name(c) })} onClick={() => mark(c, 'returned')}>
                        {t('register.return')}
                      </Button>
                      <Button size="small" disabled={setState.isPending} aria-label={t('register.destroyOf', { copy: name(c) })} onClick={() => mark(c, 'destroyed')}>
                        {t('register.destroy')}
                      </Button>
                    </>
                  ) : (
                    <Button size="small" disabled={setState.isPending} aria-label={t('register.heldOf', { copy: name(c) })} onClick={() => mark(c, 'held')}>
                      {t('register.held')}
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
      <Toolbar aria-label={t('register.sheet')} className={styles.toolbar}>
        <Button icon={<PrintRegular />} disabled={print.isPending || pdf.isPending} onClick={() => print.mutate({ id: brief.id })}>
          {t('register.print')}
        </Button>
        <Button
          icon={<DocumentPdfRegular />}
          disabled={print.isPending || pdf.isPending}
          onClick={() => {
            setSaved(null)
            pdf.mutate({ id: brief.id }, { onSuccess: (file) => setSaved(file?.path ?? null) })
          }}
        >
          {t('register.pdf')}
        </Button>
      </Toolbar>
      <WorkProgress work={print.isPending ? print : pdf} />
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('outputs.saved', { path: saved })}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={setState.error ?? pdf.error ?? print.error} />
    </section>
  )
}
