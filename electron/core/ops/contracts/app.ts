// The app itself: its state at start, first run, settings and saved list views.
import { z } from 'zod'
import { CountryInput, Id, InterfaceLanguage, OrganisationInput, ReminderSettings, SavedView, ThemeChoice, type Settings } from '../../schema'
import { byId, CallId, noArgs, op } from '../spec'
import type { AppStatus } from '../views'

/** Who we are, asked at first run: our country and our organisation in it. */
export const WhoWeAre = z
  .object({ country: CountryInput, organisation: OrganisationInput.pick({ name: true, shortName: true, kind: true }) })
  .strict()
export type WhoWeAre = z.infer<typeof WhoWeAre>

export const appContract = {
  getStatus: op<AppStatus>()(noArgs),
  /** Stops a long call made with this id, if it is still running and can stop with nothing changed. */
  cancelCall: op<{ cancelled: boolean }>()(z.object({ callId: CallId }).strict()),
  loadDemo: op<AppStatus>()(noArgs),
  /** An empty registry; with `us`, holding our country and organisation, which becomes ours. */
  startEmpty: op<AppStatus>()(z.object({ us: WhoWeAre.optional() }).strict()),

  getSettings: op<Settings>()(noArgs),
  updateSettings: op<Settings>()(
    z
      .object({
        ourOrganisationId: Id.nullable().optional(),
        language: InterfaceLanguage.nullable().optional(),
        theme: ThemeChoice.optional(),
        /** The day last seen is the core's to keep. */
        reminders: ReminderSettings.omit({ seenOn: true }).partial().strict().optional(),
      })
      .strict(),
  ),
  /** Saves the commitments list's current query under a name. */
  saveView: op<Settings>()(SavedView.omit({ id: true }).strict()),
  deleteView: op<Settings>()(byId),
}
