// Laying out a long pack takes seconds; restamping it as another numbered copy takes next to
// nothing. A shell (Electron's hidden window, the test host's page) keeps its last laid-out pages
// here for a while: a document that differs from the last one only in its copy is restamped, any
// other is laid out afresh. One use at a time, so a restamp never lands in the middle of a print.
import type { CopyStamp, PrintableBrief } from './printable'

export interface PagesHost<P> {
  /** Lays the document out (with its own copy's marks) in new pages. */
  open(doc: PrintableBrief): Promise<P>
  /** Puts another copy's marks on pages already laid out. */
  stamp(pages: P, copy: CopyStamp | null): Promise<void>
  close(pages: P): Promise<void>
}

/** What copies of one document share: everything but the copy. */
const layoutKey = (doc: PrintableBrief) => JSON.stringify({ ...doc, copy: null })

/** Pages are let go this long after their last use. */
const KEEP_MS = 30_000

export function reusedLayout<P>(host: PagesHost<P>, keepMs = KEEP_MS) {
  let last: { key: string; pages: P } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let queue: Promise<unknown> = Promise.resolve()

  const release = async () => {
    const pages = last?.pages
    last = null
    if (pages !== undefined) await host.close(pages).catch(() => undefined)
  }

  const run = async <T>(doc: PrintableBrief, use: (pages: P) => Promise<T>): Promise<T> => {
    if (timer) clearTimeout(timer)
    const key = layoutKey(doc)
    try {
      if (last && last.key === key) {
        await host.stamp(last.pages, doc.copy)
      } else {
        await release()
        last = { key, pages: await host.open(doc) }
      }
      return await use(last.pages)
    } catch (error) {
      // Pages that failed once are not trusted again.
      await release()
      throw error
    } finally {
      timer = setTimeout(() => void (queue = queue.then(release)), keepMs)
      // Waiting to let go never keeps a process alive.
      timer.unref?.()
    }
  }

  return {
    /** Runs `use` on pages showing `doc`, laid out now or restamped from the last time. */
    with<T>(doc: PrintableBrief, use: (pages: P) => Promise<T>): Promise<T> {
      const result = queue.then(() => run(doc, use))
      queue = result.catch(() => undefined)
      return result
    },
    /** Lets the pages go now. */
    close: () => (queue = queue.then(release)),
  }
}
