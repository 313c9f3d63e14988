// A stored commitment as the input that edits it: what the form starts from, and what the
// commitment page sends when a step is ticked off there.
import type { Commitment, CommitmentInput } from '../../../../electron/core/schema'

export const toDraft = (c: Commitment): CommitmentInput => {
  const { id: _id, createdAt: _c, updatedAt: _u, sample: _s, _rev: _r, _revisions: _h, deadline, ...rest } = c
  return { ...rest, deadline: { words: deadline.words, rule: deadline.rule } }
}
