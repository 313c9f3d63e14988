// Countries, organisations and people: the registry the owner pickers draw on.
import { z } from 'zod'
import { CountryInput, Id, OrganisationInput, PersonInput, type Country, type Organisation, type Person } from '../../schema'
import { byId, noArgs, op } from '../spec'

export const registryContract = {
  listCountries: op<Country[]>()(noArgs),
  createCountry: op<Country>()(CountryInput.strict()),
  updateCountry: op<Country>()(z.object({ id: Id, input: CountryInput }).strict()),
  /** Refused, with what depends on it, while anything points to the country. */
  deleteCountry: op<void>()(byId),

  listOrganisations: op<Organisation[]>()(noArgs),
  createOrganisation: op<Organisation>()(OrganisationInput.strict()),
  updateOrganisation: op<Organisation>()(z.object({ id: Id, input: OrganisationInput }).strict()),
  deleteOrganisation: op<void>()(byId),

  listPeople: op<Person[]>()(noArgs),
  createPerson: op<Person>()(PersonInput.strict()),
  updatePerson: op<Person>()(z.object({ id: Id, input: PersonInput }).strict()),
  deletePerson: op<void>()(byId),
}
