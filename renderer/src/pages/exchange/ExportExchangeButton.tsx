// "Export for exchange…": a meeting, a document or everything, with what it refers to, in one
// .ddx file for another laptop, sealed with a transfer passphrase unless the user asks otherwise.
// Where it was saved shows beside the button, not in the page's layout (the button sits in page
// headers).
import { Button, Popover, PopoverSurface, PopoverTrigger } from '@fluentui/react-components'
import { ArrowUploadRegular } from '@fluentui/react-icons'
import { useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArgsOf } from '../../../../electron/core/ops/contract'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TransferProtectionDialog } from '../../components/TransferProtectionDialog'
import { WorkProgress } from '../../components/WorkProgress'

interface Props {
  scope: ArgsOf<'exportExchange'>['scope']
  label?: string
  icon?: ReactElement
}

export function ExportExchangeButton({ scope, label, icon }: Props) {
  const { t } = useTranslation('exchange')
  const save = useLongWork('exportExchange')
  const [protecting, setProtecting] = useState(false)
  return (
    <>
      {/* Opened only by a finished save; a click elsewhere or Escape closes it. */}
      <Popover open={Boolean(save.data)} onOpenChange={(_e, d) => !d.open && save.reset()} positioning="below-end" withArrow>
        <PopoverTrigger disableButtonEnhancement>
          <Button icon={icon ?? <ArrowUploadRegular />} disabled={save.isPending} onClick={() => setProtecting(true)}>
            {label ?? t('exchange.export')}
          </Button>
        </PopoverTrigger>
        <PopoverSurface role="status">{save.data && t('exchange.saved', { path: save.data.path })}</PopoverSurface>
      </Popover>
      <TransferProtectionDialog
        open={protecting}
        onCancel={() => setProtecting(false)}
        onSave={(protection) => {
          setProtecting(false)
          save.mutate({ scope, protection })
        }}
      />
      <WorkProgress work={save} />
      <ErrorMessage error={save.error} />
    </>
  )
}
