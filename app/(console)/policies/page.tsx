import type { Metadata } from 'next'
import Link from 'next/link'
import { ReadResultView } from '@/components/read-result-view'
import { policyHref, policyTypeLabel } from '@/components/policies/policy-type'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { listPolicies } from '@/lib/iam'
import type { PolicyDto } from '@/lib/iam/dto'
import { listPoliciesFilter, markerForPage, POLICIES_PAGE_SIZE, POLICY_TYPE_FILTERS, policiesHref, readPoliciesQuery } from './policies-query'
import { Button, buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/text-field'

export const metadata: Metadata = { title: 'Policies' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

function usedAs(p: PolicyDto): string {
  const uses = [
    p.AttachmentCount ? `Permissions policy (${p.AttachmentCount})` : '',
    p.PermissionsBoundaryUsageCount ? `Permissions boundary (${p.PermissionsBoundaryUsageCount})` : '',
  ].filter(Boolean)
  return uses.join(', ') || 'None'
}

export default async function PoliciesPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const query = readPoliciesQuery(await searchParams)
  const marker = markerForPage(query.page, POLICIES_PAGE_SIZE)
  const result = await readUnderGate(() =>
    listPolicies(caller, {
      ...listPoliciesFilter(query.type),
      ...(query.search ? { Search: query.search } : {}),
      MaxItems: POLICIES_PAGE_SIZE,
      ...(marker ? { Marker: marker } : {}),
    }),
  )
  return (
    <section className="rounded-lg border border-console-line bg-white">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 pt-4">
        <div>
          <h1 className="text-xl font-bold">Policies</h1>
          <p className="mt-1 max-w-2xl text-console-muted">A policy is an object in AWS that defines permissions.</p>
        </div>
        <Link href="/policies/create" className={buttonClass('primary')}>
          Create policy
        </Link>
      </div>
      <form action="/policies" method="get" role="search" className="flex flex-wrap items-end gap-2 px-5 py-4">
        <label>
          <span className="block font-bold">Filter by Type</span>
          <select name="type" defaultValue={query.type} className={inputClass}>
            {POLICY_TYPE_FILTERS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <input type="search" name="search" defaultValue={query.search} aria-label="Search policies" placeholder="Filter policies by property or policy name" className={inputClass} />
        <Button type="submit">
          Search
        </Button>
      </form>
      {!result.ok ? (
        <div className="mx-5 mb-4">
          <ReadResultView result={result} />
        </div>
      ) : (
        <>
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-console-line">
                <th scope="col" className="px-4 py-2">Policy name</th>
                <th scope="col" className="px-4 py-2">Type</th>
                <th scope="col" className="px-4 py-2">Used as</th>
                <th scope="col" className="px-4 py-2">Description</th>
              </tr>
            </thead>
            <tbody>
              {result.value.Policies.length === 0 ? (
                <tr>
                  <td colSpan={4} className="px-4 py-8 text-center text-console-muted">
                    No policies to display.
                  </td>
                </tr>
              ) : (
                result.value.Policies.map((p) => (
                  <tr key={p.Arn} className="border-b border-console-line hover:bg-[#f2f8fd]">
                    <td className="px-4 py-2">
                      <Link href={policyHref(p.Arn)} className="text-console-link hover:underline">
                        {p.PolicyName}
                      </Link>
                    </td>
                    <td className="whitespace-nowrap px-4 py-2">{policyTypeLabel(p.Arn, p.Path)}</td>
                    <td className="whitespace-nowrap px-4 py-2">{usedAs(p)}</td>
                    <td className="px-4 py-2 text-console-muted">{p.Description ?? ''}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <nav aria-label="Pagination" className="flex items-center justify-end gap-3 px-5 py-3">
            {query.page > 1 ? (
              <Link className="text-console-link" href={policiesHref({ ...query, page: query.page - 1 })}>
                Previous
              </Link>
            ) : (
              <span className="text-gray-400">Previous</span>
            )}
            <span>Page {query.page}</span>
            {result.value.IsTruncated ? (
              <Link className="text-console-link" href={policiesHref({ ...query, page: query.page + 1 })}>
                Next
              </Link>
            ) : (
              <span className="text-gray-400">Next</span>
            )}
          </nav>
        </>
      )}
    </section>
  )
}
