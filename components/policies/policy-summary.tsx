'use client'
// The IAM console's policy summary: per service, under Explicit deny and Allow, the access
// level, resource and request condition; choosing a service shows its service summary
// (the actions by access level). Services and actions the service reference does not know
// are listed apart.
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Table, type TableColumn } from '@/components/ui/table'
import type { PolicySummary, ServiceSummary, SummaryAction, UncategorizedService } from '@/lib/policy/summary'

type Section = 'explicitDeny' | 'allow'

const SECTION_LABEL: Record<Section, string> = { explicitDeny: 'Explicit deny', allow: 'Allow' }

export function PolicySummaryTable({ summary }: { summary: PolicySummary }) {
  const [chosen, setChosen] = useState<{ section: Section; prefix: string } | null>(null)
  const service = chosen ? summary[chosen.section].find((s) => s.prefix === chosen.prefix) : undefined
  if (chosen && service) return <ServiceSummaryView service={service} section={chosen.section} onBack={() => setChosen(null)} />

  const sections = (['explicitDeny', 'allow'] as const).filter((s) => summary[s].length > 0)
  const uncategorizedActions = sections.flatMap((section) => summary[section].flatMap((s) => s.uncategorizedActions.map((action) => ({ section, action }))))
  const columns = (section: Section): TableColumn<ServiceSummary>[] => [
    {
      header: 'Service',
      cell: (s) => (
        <Button variant="link" className="px-0" onClick={() => setChosen({ section, prefix: s.prefix })}>
          {s.service}
        </Button>
      ),
    },
    { header: 'Access level', cell: (s) => s.accessLevel },
    { header: 'Resource', cell: (s) => <span className="break-all">{s.resource}</span> },
    { header: 'Request condition', cell: (s) => <span className="break-all">{s.condition}</span> },
  ]
  return (
    <section aria-label="Policy summary" className="space-y-4">
      {sections.length === 0 && summary.uncategorizedServices.length === 0 ? <p className="text-console-muted">This policy defines no permissions.</p> : null}
      {sections.map((section) => (
        <div key={section}>
          <h3 className="font-bold">
            {SECTION_LABEL[section]} ({summary[section].length} of {summary.totalServices} services)
          </h3>
          <Table caption={`Policy summary: ${SECTION_LABEL[section]}`} columns={columns(section)} rows={summary[section]} rowKey={(s) => s.prefix} empty="No services." />
        </div>
      ))}
      {summary.uncategorizedServices.length > 0 ? (
        <div>
          <h3 className="font-bold">Uncategorized services</h3>
          <p className="text-sm text-console-muted">IAM does not recognize these services; check the service prefix for a typo.</p>
          <Table<UncategorizedService>
            caption="Uncategorized services"
            columns={[
              { header: 'Service', cell: (u) => u.prefix },
              { header: 'Effect', cell: (u) => u.effect },
              { header: 'Actions', cell: (u) => u.actions.join(', ') },
            ]}
            rows={summary.uncategorizedServices}
            rowKey={(u) => `${u.effect}-${u.prefix}`}
            empty="None."
          />
        </div>
      ) : null}
      {uncategorizedActions.length > 0 ? (
        <div>
          <h3 className="font-bold">Uncategorized actions</h3>
          <p className="text-sm text-console-muted">IAM does not recognize these actions of their services; check the action name for a typo.</p>
          <Table
            caption="Uncategorized actions"
            columns={[
              { header: 'Action', cell: (u: (typeof uncategorizedActions)[number]) => u.action },
              { header: 'Effect', cell: (u) => (u.section === 'allow' ? 'Allow' : 'Deny') },
            ]}
            rows={uncategorizedActions}
            rowKey={(u) => `${u.section}-${u.action}`}
            empty="None."
          />
        </div>
      ) : null}
    </section>
  )
}

function ServiceSummaryView({ service, section, onBack }: { service: ServiceSummary; section: Section; onBack: () => void }) {
  const columns: TableColumn<SummaryAction>[] = [
    { header: 'Action', cell: (a) => a.name },
    { header: 'Resource', cell: (a) => <span className="break-all">{a.resource}</span> },
    { header: 'Request condition', cell: (a) => <span className="break-all">{a.condition}</span> },
  ]
  const heading = `${service.service}${section === 'explicitDeny' ? ' (Explicit deny)' : ''}`
  return (
    <section aria-label={`Service summary: ${service.service}`} className="space-y-4">
      <div className="flex items-center gap-3">
        <Button variant="link" className="px-0" onClick={onBack}>
          ‹ Back to policy summary
        </Button>
      </div>
      <h3 className="text-lg font-bold">{heading}</h3>
      <p>
        Access level: <span className="font-bold">{service.accessLevel}</span>
      </p>
      {service.uncategorizedActions.length > 0 ? (
        <div>
          <h4 className="font-bold">Uncategorized actions ({service.uncategorizedActions.length})</h4>
          <ul className="list-disc pl-6">
            {service.uncategorizedActions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {service.levels.map((level) => (
        <div key={level.level}>
          <h4 className="font-bold">
            {level.level} ({level.actions.length} of {level.total} actions)
          </h4>
          <Table caption={`${level.level} actions`} columns={columns} rows={level.actions} rowKey={(a) => a.name} empty="None." />
        </div>
      ))}
    </section>
  )
}
