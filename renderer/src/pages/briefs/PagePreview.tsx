// The brief's pages on screen: the print view (the very pages that are printed and saved as PDF)
// in a frame. A new document loads a fresh frame, as paged.js lays out one document per page.
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrintableBrief } from '../../../../electron/core/briefs/printable'
import type { PrintView } from '../../print/printView'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  frame: { width: '100%', height: 'calc(100vh - 260px)', minHeight: '420px', border: `1px solid ${tokens.colorNeutralStroke1}`, background: '#e6e6e6' },
})

// Queries keep the same object while the content is unchanged (structural sharing), so the
// object's identity says when to lay out again.
const frameKeys = new WeakMap<PrintableBrief, number>()
let lastKey = 0
const frameKey = (doc: PrintableBrief) => {
  if (!frameKeys.has(doc)) frameKeys.set(doc, ++lastKey)
  return frameKeys.get(doc)!
}

export function PagePreview({ doc }: { doc: PrintableBrief }) {
  const { t } = useTranslation('briefs')
  const styles = useStyles()
  const [pages, setPages] = useState<{ doc: PrintableBrief; count: number | null } | null>(null)
  const ready = pages?.doc === doc
  const render = (frame: HTMLIFrameElement) => {
    const view = frame.contentWindow as (Window & PrintView) | null
    void view?.renderBrief(doc).then((count) => setPages({ doc, count }))
  }
  return (
    <div className={styles.root}>
      <Text size={200} aria-live="polite">
        {ready ? pages.count !== null && t('preview.pages', { count: pages.count }) : <Spinner size="extra-tiny" label={t('preview.laying')} />}
      </Text>
      <iframe key={frameKey(doc)} src="print.html" title={t('preview.label')} onLoad={(e) => render(e.currentTarget)} className={styles.frame} />
    </div>
  )
}
