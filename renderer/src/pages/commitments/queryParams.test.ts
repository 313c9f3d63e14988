import { describe, expect, it } from 'vitest'
import { paramsFromQuery, queryFromParams } from './queryParams'

describe('the list query in the URL', () => {
  it('round-trips every kind of filter', () => {
    const query = {
      mine: 'lead' as const,
      status: ['in_progress' as const, 'delayed' as const],
      overdue: true,
      priority: false,
      dueWithin: 90,
      text: 'транспорт логистика',
      sort: 'updated' as const,
      desc: true,
    }
    const params = paramsFromQuery(query)
    expect(params.toString()).toBe('mine=lead&status=in_progress%2Cdelayed&overdue=1&dueWithin=90&priority=0&text=%D1%82%D1%80%D0%B0%D0%BD%D1%81%D0%BF%D0%BE%D1%80%D1%82+%D0%BB%D0%BE%D0%B3%D0%B8%D1%81%D1%82%D0%B8%D0%BA%D0%B0&sort=updated&desc=1')
    expect(queryFromParams(params)).toEqual(query)
  })

  it('drops what is not a valid filter instead of sending it to the core', () => {
    const params = new URLSearchParams('mine=everyone&dueWithin=-5&status=done,completed&ownerId=42&text=ok&evil=1')
    expect(queryFromParams(params)).toEqual({ text: 'ok' })
  })
})
