// The recovery key, shown once, right after encryption is switched on: to print and keep in a
// safe. It opens the data if the passphrase is forgotten or the key file lost; the app cannot
// show it again.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components'
import { PrintRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    letterSpacing: '0.05em',
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    wordBreak: 'break-word',
    userSelect: 'all',
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export function RecoveryKeyDialog({ recoveryKey, onDone }: { recoveryKey: string | null; onDone: () => void }) {
  const { t } = useTranslation('security')
  const styles = useStyles()
  return (
    <Dialog open={recoveryKey !== null} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('recovery.title')}</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>{t('recovery.explain')}</Text>
            <div className={styles.key} role="textbox" aria-readonly aria-label={t('recovery.label')} tabIndex={0}>
              {recoveryKey}
            </div>
            <Text weight="semibold">{t('recovery.once')}</Text>
          </DialogContent>
          <DialogActions>
            <Button icon={<PrintRegular />} onClick={() => window.print()}>
              {t('recovery.print')}
            </Button>
            <Button appearance="primary" onClick={onDone}>
              {t('recovery.done')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
