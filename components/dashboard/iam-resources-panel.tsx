// The dashboard's "IAM resources": GetAccountSummary's counts, each linking to its list.
import Link from 'next/link'
import type { AccountSummaryKey } from '@/lib/iam'
import { Panel } from '@/components/ui/panel'

const RESOURCES: { label: string; key: AccountSummaryKey; href: string }[] = [
  { label: 'User groups', key: 'Groups', href: '/groups' },
  { label: 'Users', key: 'Users', href: '/users' },
  { label: 'Roles', key: 'Roles', href: '/roles' },
  { label: 'Policies', key: 'Policies', href: '/policies' },
  { label: 'Identity providers', key: 'Providers', href: '/identity-providers' },
]

export function IamResourcesPanel({ summary }: { summary: Record<AccountSummaryKey, number> }) {
  return (
    <Panel title="IAM resources" description="Resources in this AWS account">
      <dl className="grid grid-cols-5 gap-4">
        {RESOURCES.map((r) => (
          <div key={r.key}>
            <dt className="text-sm text-console-muted">{r.label}</dt>
            <dd className="text-2xl">
              <Link href={r.href} className="text-console-link hover:underline" aria-label={`${r.label}: ${summary[r.key]}`}>
                {summary[r.key]}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  )
}
