// A returned workbook dropped anywhere on the window: reviewed against the request it names, on
// the requests page, as if opened from its row.
import { useState, type DragEvent } from 'react'
import { useNavigate } from 'react-router'
import type { ReplyReviewView } from '../../../../electron/core/ops/contracts/reporting'
import { useLongWork } from '../../api/queries'
import { ErrorMessage } from '../../components/ErrorMessage'
import { WorkProgress } from '../../components/WorkProgress'
import { base64Of } from '../exchange/useOpenExchange'

const isWorkbook = (file: File) => file.name.toLowerCase().endsWith('.xlsx')

/** What the requests page is handed when it opens on a dropped reply's review. */
export interface DroppedReply {
  review: ReplyReviewView
}

export function useDroppedReply() {
  const navigate = useNavigate()
  const read = useLongWork('readReplyFile')
  const [error, setError] = useState<unknown>(null)
  const onDrop = (e: DragEvent) => {
    const file = [...e.dataTransfer.files].find(isWorkbook)
    if (!file) return
    e.preventDefault()
    setError(null)
    base64Of(file)
      .then((base64) => read.mutateAsync({ name: file.name, base64 }))
      .then((review) => navigate('/requests', { state: { review } satisfies DroppedReply }))
      .catch(setError)
  }
  const banner = (
    <>
      <WorkProgress work={read} />
      <ErrorMessage error={error} onClose={() => setError(null)} />
    </>
  )
  return { onDrop, banner }
}
