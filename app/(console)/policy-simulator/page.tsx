import type { Metadata } from 'next'
import { Panel } from '@/components/ui/panel'
import { parseSimulatorReplay } from '@/components/policy-simulator/replay-link'
import { SimulatorForm, type ContextRow } from '@/components/policy-simulator/simulator-form'
import { readUnderGate } from '@/lib/actions/read-under-gate'
import { requireCaller } from '@/lib/auth/current-caller'
import { simulatorPrincipal } from '@/lib/console/simulator-policies'
import { getContextKeysForPrincipalPolicy, listGroups, listRoles } from '@/lib/iam'
import { principalContext } from '@/lib/iam/request-context'
import { listUsers } from '@/lib/iam/users/list-users'
import { catalogueActions, catalogueServices, contextKeyTypeOf, type ContextKeyType } from '@/lib/policy'
import { runSimulationAction } from './actions'

export const metadata: Metadata = { title: 'Policy simulator' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// The request's own values the simulator offers first, as AWS's does: what this very
// request to the console carries.
const REQUEST_KEYS = ['aws:CurrentTime', 'aws:SourceIp', 'aws:MultiFactorAuthPresent', 'aws:SecureTransport']

export default async function PolicySimulatorPage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireCaller()
  const params = await searchParams
  const replay = parseSimulatorReplay(params)
  const policySourceArn = replay?.policySourceArn ?? (typeof params.PolicySourceArn === 'string' ? params.PolicySourceArn : undefined)

  const [users, groups, roles] = await Promise.all([
    readUnderGate(() => listUsers(caller, { pageSize: 100 })),
    readUnderGate(() => listGroups(caller, { MaxItems: 1000 })),
    readUnderGate(() => listRoles(caller, { MaxItems: 1000 })),
  ])
  const principal = policySourceArn ? await readUnderGate(() => simulatorPrincipal(caller, policySourceArn)) : undefined
  const keys = principal?.ok ? await readUnderGate(() => getContextKeysForPrincipalPolicy(caller, { PolicySourceArn: principal.value.arn })) : undefined

  // Values: the replayed request's, else this request's own; then the keys the principal's policies use.
  const own = principalContext(caller, { tags: {} }, new Date())
  const rows = new Map<string, ContextRow>()
  const add = (key: string, type: ContextKeyType, values: string[]) => {
    if (!rows.has(key.toLowerCase())) rows.set(key.toLowerCase(), { key, type, value: values.join(', ') })
  }
  for (const c of replay?.context ?? []) add(c.key, c.type, c.values)
  for (const key of REQUEST_KEYS) if (own[key]) add(key, own[key].type, own[key].values)
  for (const key of keys?.ok ? keys.value.ContextKeyNames : []) if (!key.includes('${')) add(key, contextKeyTypeOf(key), [])

  const service = replay ? replay.actionName.slice(0, replay.actionName.indexOf(':')) : ''
  const firstError = [users, groups, roles].find((r) => !r.ok)
  return (
    <Panel
      title="Policy simulator"
      headingLevel={1}
      description="Test which actions a user, group or role may perform, with its own policies, policies you paste and the context values you give. Nothing is changed: the simulator only evaluates."
    >
      <SimulatorForm
        principals={{
          users: users.ok ? users.value.users.map((u) => ({ name: u.userName, arn: u.arn })) : [],
          groups: groups.ok ? groups.value.Groups.map((g) => ({ name: g.GroupName, arn: g.Arn })) : [],
          roles: roles.ok ? roles.value.Roles.map((r) => ({ name: r.RoleName, arn: r.Arn })) : [],
        }}
        {...(firstError && !firstError.ok ? { principalsError: firstError.error } : {})}
        {...(principal?.ok ? { principal: principal.value } : {})}
        {...(principal && !principal.ok ? { principalError: principal.error } : {})}
        services={catalogueServices()}
        service={service}
        actions={service ? catalogueActions(service) : []}
        selectedActions={replay ? [replay.actionName] : []}
        resources={replay && replay.resourceArn !== '*' ? replay.resourceArn : ''}
        context={[...rows.values()]}
        runAction={runSimulationAction}
      />
    </Panel>
  )
}
