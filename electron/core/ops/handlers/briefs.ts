// Briefing packs.
import type { briefsContract } from '../contracts/briefs'
import type { HandlerContext, HandlersOf } from './context'

export function briefsHandlers(ctx: HandlerContext): HandlersOf<typeof briefsContract> {
  return {
    listBriefs: () => ctx.store.data.briefs,
  }
}
