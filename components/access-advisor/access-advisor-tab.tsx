// The Access Advisor tab, as the AWS console shows it: the services the entity's
// permissions policies allow, the policies granting each, and when each was last
// accessed (and by whom), or "Not accessed in the tracking period"; IAM's actions one
// click away.
import { IamErrorAlert } from '@/components/iam-error-alert'
import { relativeTimeText } from '@/components/relative-time'
import { Panel } from '@/components/ui/panel'
import { Table, type TableColumn } from '@/components/ui/table'
import type { AccessAdvisorService, AccessAdvisorView } from '@/lib/console/access-advisor'
import type { GrantingPolicy, TrackedActionLastAccessed } from '@/lib/iam'

export const NOT_ACCESSED = 'Not accessed in the tracking period'
const DAY_MS = 24 * 60 * 60 * 1000

/** The console's words: Today, Yesterday, N days ago (whole UTC days), then the relative time. */
export function lastAccessedText(iso: string | undefined, now: Date): string {
  if (!iso) return NOT_ACCESSED
  const day = (d: Date) => Math.floor(d.getTime() / DAY_MS)
  const days = day(now) - day(new Date(iso))
  if (days <= 0) return 'Today'
  if (days === 1) return 'Yesterday'
  if (days < 365) return `${days} days ago`
  return relativeTimeText(iso, now)
}

const entityName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1)

function LastAccessed({ iso, entity, now }: { iso?: string; entity?: string; now: Date }) {
  if (!iso) return <span className="text-console-muted">{NOT_ACCESSED}</span>
  return (
    <span>
      <time dateTime={iso} title={new Date(iso).toUTCString()}>
        {lastAccessedText(iso, now)}
      </time>
      {entity ? <span className="block text-sm text-console-muted">by {entityName(entity)}</span> : null}
    </span>
  )
}

function policyLabel(p: GrantingPolicy): string {
  return p.PolicyType === 'INLINE' ? `${p.PolicyName} (inline, ${p.EntityType?.toLowerCase()} ${p.EntityName})` : p.PolicyName
}

function TrackedActions({ service, actions, now }: { service: string; actions: TrackedActionLastAccessed[]; now: Date }) {
  const columns: TableColumn<TrackedActionLastAccessed>[] = [
    { header: 'Action', cell: (a) => a.ActionName },
    { header: 'Last accessed', cell: (a) => <LastAccessed iso={a.LastAccessedTime} entity={a.LastAccessedEntity} now={now} /> },
  ]
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-console-link">Actions ({actions.length})</summary>
      <Table caption={`${service} actions last accessed`} columns={columns} rows={actions} rowKey={(a) => a.ActionName} empty="No tracked actions." />
    </details>
  )
}

export function AccessAdvisorTab({ view, now }: { view: AccessAdvisorView; now: Date }) {
  const columns: TableColumn<AccessAdvisorService>[] = [
    {
      header: 'Service',
      cell: (s) => (
        <div>
          <span className="font-bold">{s.ServiceName}</span>
          {s.TrackedActionsLastAccessed ? <TrackedActions service={s.ServiceName} actions={s.TrackedActionsLastAccessed} now={now} /> : null}
        </div>
      ),
    },
    { header: 'Policies granting permissions', cell: (s) => (s.policies.length ? s.policies.map(policyLabel).join(', ') : '-') },
    { header: 'Last accessed', cell: (s) => <LastAccessed iso={s.LastAuthenticated} entity={s.LastAuthenticatedEntity} now={now} /> },
  ]
  return (
    <Panel
      title={`Allowed services (${view.services.length})`}
      description="Service last accessed information helps you identify unused permissions. It includes every attempt, allowed or denied, by the entities that have these permissions, over a tracking period of 400 days."
    >
      <div className="space-y-3">
        {view.policiesError ? <IamErrorAlert code={view.policiesError.code} message={view.policiesError.message} denial={view.policiesError.denial} /> : null}
        <Table caption="Allowed services" columns={columns} rows={view.services} rowKey={(s) => s.ServiceNamespace} empty="No policies grant access to any service." />
        <p className="text-sm text-console-muted">
          Generated <time dateTime={view.generatedAt}>{new Date(view.generatedAt).toUTCString()}</time>.
        </p>
      </div>
    </Panel>
  )
}
