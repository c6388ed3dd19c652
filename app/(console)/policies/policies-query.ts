// The Policies list's state in the URL: ?type=&search=&page=. "type" is the console's
// "Filter by Type"; each maps onto ListPolicies' Scope (and PathPrefix for job functions).
export const POLICY_TYPE_FILTERS = [
  { id: 'all', label: 'All types' },
  { id: 'aws', label: 'AWS managed' },
  { id: 'customer', label: 'Customer managed' },
  { id: 'job-function', label: 'AWS managed - job function' },
] as const

export type PolicyTypeFilter = (typeof POLICY_TYPE_FILTERS)[number]['id']

export const POLICIES_PAGE_SIZE = 25

export interface PoliciesQuery {
  type: PolicyTypeFilter
  search: string
  page: number
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export function readPoliciesQuery(params: Record<string, string | string[] | undefined>): PoliciesQuery {
  const type = first(params.type)
  const page = Number(first(params.page))
  return {
    type: POLICY_TYPE_FILTERS.some((f) => f.id === type) ? (type as PolicyTypeFilter) : 'all',
    search: first(params.search)?.trim() ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

export function policiesHref(q: PoliciesQuery): string {
  const p = new URLSearchParams()
  if (q.type !== 'all') p.set('type', q.type)
  if (q.search) p.set('search', q.search)
  if (q.page > 1) p.set('page', String(q.page))
  const s = p.toString()
  return s ? `/policies?${s}` : '/policies'
}

export function listPoliciesFilter(type: PolicyTypeFilter): { PolicyType?: 'AWSManaged' | 'AWSManagedJobFunction' | 'CustomerManaged' } {
  if (type === 'aws') return { PolicyType: 'AWSManaged' }
  if (type === 'customer') return { PolicyType: 'CustomerManaged' }
  if (type === 'job-function') return { PolicyType: 'AWSManagedJobFunction' }
  return {}
}

/**
 * The ListPolicies Marker for a page. Markers are opaque in IAM's API; lib/iam's are the
 * base64url offset of the next item (lib/iam/dto.ts markerOffset), which lets the list
 * jump to page N as the console does instead of walking the pages.
 */
export function markerForPage(page: number, size: number): string | undefined {
  return page > 1 ? Buffer.from(String((page - 1) * size)).toString('base64url') : undefined
}
