// Countries, organisations and people.
import type { CountryInput, OrganisationInput, PersonInput } from '../../schema'
import type { registryContract } from '../contracts/registry'
import { DeskError } from '../errors'
import type { HandlerContext, HandlersOf } from './context'
import { recordOps } from './records'

/** Organisations' create, update and delete with their checks: also what an import adds through. */
export const organisationRecords = (ctx: HandlerContext) =>
  recordOps<'organisations', OrganisationInput>(ctx, {
    collection: 'organisations',
    kind: 'organisation',
    what: 'organisation',
    refs: (input) => [
      { path: 'countryId', collection: 'countries', id: input.countryId },
      { path: 'parentId', collection: 'organisations', id: input.parentId },
    ],
    check: (d, input, id) => {
      // An organisation cannot be part of itself, directly or through its parents.
      const parents = new Map(d.organisations.map((o) => [o.id, o.parentId]))
      for (let at = input.parentId, steps = 0; at !== null && at !== undefined && steps <= parents.size; at = parents.get(at) ?? null, steps++) {
        if (at === id) throw new DeskError('invalid_arguments', 'The organisation would be part of itself', [{ path: 'parentId', message: 'validation.parentCycle' }])
      }
    },
  })

export function registryHandlers(ctx: HandlerContext): HandlersOf<typeof registryContract> {
  const data = () => ctx.store.data

  const countries = recordOps<'countries', CountryInput>(ctx, {
    collection: 'countries',
    kind: 'country',
    what: 'country',
    refs: () => [],
    check: (d, input, id) => {
      if (d.countries.some((c) => c.code === input.code && c.id !== id)) {
        throw new DeskError('invalid_arguments', `Country ${input.code} exists`, [{ path: 'code', message: 'validation.duplicateCode' }])
      }
    },
  })

  const organisations = organisationRecords(ctx)


  const people = recordOps<'people', PersonInput>(ctx, {
    collection: 'people',
    kind: 'person',
    what: 'person',
    refs: (input) => [
      { path: 'organisationId', collection: 'organisations', id: input.organisationId },
      ...input.meetingIds.map((id, i) => ({ path: `meetingIds.${i}`, collection: 'meetings' as const, id })),
    ],
  })

  return {
    listCountries: () => data().countries,
    createCountry: countries.create,
    updateCountry: countries.update,
    deleteCountry: countries.remove,

    listOrganisations: () => data().organisations,
    createOrganisation: organisations.create,
    updateOrganisation: organisations.update,
    deleteOrganisation: organisations.remove,

    listPeople: () => data().people,
    createPerson: people.create,
    updatePerson: people.update,
    deletePerson: people.remove,
  }
}
