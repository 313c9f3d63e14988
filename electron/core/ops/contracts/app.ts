// The app itself: its state at start, first run, settings and saved list views.
import { z } from 'zod'
import { Id, Language, SavedView, type Settings } from '../../schema'
import { byId, CallId, noArgs, op } from '../spec'
import type { AppStatus } from '../views'

export const appContract = {
  getStatus: op<AppStatus>()(noArgs),
  /** Stops a long call made with this id, if it is still running and can stop with nothing changed. */
  cancelCall: op<{ cancelled: boolean }>()(z.object({ callId: CallId }).strict()),
  loadDemo: op<AppStatus>()(noArgs),
  startEmpty: op<AppStatus>()(noArgs),

  getSettings: op<Settings>()(noArgs),
  updateSettings: op<Settings>()(
    z
      .object({
        ourOrganisationId: Id.nullable().optional(),
        language: Language.nullable().optional(),
      })
      .strict(),
  ),
  /** Saves the commitments list's current query under a name. */
  saveView: op<Settings>()(SavedView.omit({ id: true }).strict()),
  deleteView: op<Settings>()(byId),
}
