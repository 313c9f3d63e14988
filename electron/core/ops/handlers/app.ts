// The app's own operations: first run, settings and saved list views.
import { current } from 'immer'
import { buildDemoData } from '../../demo/demoData'
import type { DeskData } from '../../schema'
import type { appContract } from '../contracts/app'
import { DeskError } from '../errors'
import type { HandlerContext, HandlersOf } from './context'
import { checkRefs, findOrThrow, stamp } from './records'

type AppOperations = Omit<typeof appContract, 'getStatus' | 'cancelCall'>

export function appHandlers(ctx: HandlerContext): HandlersOf<AppOperations> {
  const { store } = ctx
  const requireFirstRun = () => {
    if (store.onDisk) throw new DeskError('conflict', 'The data folder already holds data; the demo loads only into an empty one.')
  }
  return {
    loadDemo: async () => {
      requireFirstRun()
      // This installation keeps its own exchange identity.
      const { exchange: _exchange, ...demo }: DeskData = buildDemoData()
      await store.update((draft) => {
        Object.assign(draft, demo)
      })
      return ctx.status()
    },

    startEmpty: async ({ us }) => {
      requireFirstRun()
      if (!us) await store.persist()
      else {
        const country = { ...stamp(ctx.clock()), ...us.country }
        const organisation = { ...stamp(ctx.clock()), ...us.organisation, countryId: country.id, parentId: null }
        await store.update((draft) => {
          draft.countries.push(country)
          draft.organisations.push(organisation)
          draft.settings.ourOrganisationId = organisation.id
        })
      }
      return ctx.status()
    },

    getSettings: () => store.data.settings,

    updateSettings: async ({ ourOrganisationId, language, theme, reminders }) =>
      store.update((draft) => {
        if (ourOrganisationId !== undefined) {
          checkRefs(draft, [{ path: 'ourOrganisationId', collection: 'organisations', id: ourOrganisationId }])
          draft.settings.ourOrganisationId = ourOrganisationId
        }
        if (language !== undefined) draft.settings.language = language
        if (theme !== undefined) draft.settings.theme = theme
        // A member given as undefined is one not given: it must not erase the setting.
        for (const [key, value] of Object.entries(reminders ?? {})) if (value !== undefined) Object.assign(draft.settings.reminders, { [key]: value })
        return current(draft.settings)
      }),

    saveView: async (view) =>
      store.update((draft) => {
        draft.settings.savedViews.push({ id: stamp(ctx.clock()).id, ...view })
        return current(draft.settings)
      }),

    deleteView: async ({ id }) =>
      store.update((draft) => {
        const views = draft.settings.savedViews
        views.splice(views.indexOf(findOrThrow(views, id, 'saved view')), 1)
        return current(draft.settings)
      }),
  }
}
