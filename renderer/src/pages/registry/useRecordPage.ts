// What every record page does the same way: find the record named in the URL (or none, for a
// new one), save by updating it or by creating it and moving to its page, and go back to the
// list after a delete.
import { useLocation, useNavigate, useParams } from 'react-router'
import { registryPaths, tabOf, type RegistryKind } from './paths'

export function useRecordPage<R extends { id: string }>(kind: RegistryKind, list: readonly R[] | undefined) {
  const { id } = useParams()
  const navigate = useNavigate()
  const location = useLocation()
  const record = id === undefined ? null : list?.find((r) => r.id === id)
  return {
    /** null on a new record's page; undefined while the list loads or when the id is unknown. */
    record,
    /** Keys the form, so a newly created record's page starts from what was stored. */
    formKey: id ?? 'new',
    notFound: id !== undefined && list !== undefined && record === undefined,
    justCreated: (location.state as { created?: boolean } | null)?.created === true,
    saver:
      <I>(create: (input: I) => Promise<R>, update: (args: { id: string; input: I }) => Promise<R>) =>
      async (input: I): Promise<void> => {
        if (record) {
          await update({ id: record.id, input })
          return
        }
        const created = await create(input)
        // Replace: Back from the new record should not reopen an empty "new" form.
        void navigate(registryPaths.record(kind, created.id), { replace: true, state: { created: true } })
      },
    onDeleted: () => void navigate(registryPaths.list(tabOf[kind])),
  }
}
