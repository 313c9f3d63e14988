// A brief's Word file, with docx loaded when the first one is made rather than at every start of
// the core (it is a third of the core's code).
import type { PrintableBrief } from './printable'

export const wordFileOf = async (doc: PrintableBrief): Promise<Buffer> => (await import('./docx')).briefToDocx(doc)
