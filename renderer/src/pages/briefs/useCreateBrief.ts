// Creating a brief and opening it in the builder: the one step behind "New brief" everywhere.
import { useNavigate } from 'react-router'
import type { ArgsOf } from '../../../../electron/core/ops/contract'
import { useChange } from '../../api/queries'
import { briefPaths } from './paths'

export function useCreateBrief() {
  const navigate = useNavigate()
  const create = useChange('createBrief')
  return {
    ...create,
    /** Resolves once the builder is open; throws (for the caller to show) when the core refuses. */
    start: async (args: ArgsOf<'createBrief'>) => {
      const brief = await create.mutateAsync(args)
      await navigate(briefPaths.view(brief.id))
    },
  }
}
