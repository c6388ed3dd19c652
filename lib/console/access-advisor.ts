// The Access Advisor tab of a user, group, role or managed policy: as the AWS console
// does, GenerateServiceLastAccessedDetails (at ACTION_LEVEL, so IAM's actions can be shown
// too), then GetServiceLastAccessedDetails page by page, then, for a user, group or role,
// ListPoliciesGrantingServiceAccess for the "Policies granting permissions" column (a
// managed policy's page grants through the policy itself). Both report calls are asked of
// the gate before the job is made, so a caller who may generate but not read the report
// leaves no job behind.
import {
  generateServiceLastAccessedDetails,
  getServiceLastAccessedDetails,
  listPoliciesGrantingServiceAccess,
  type GrantingPolicy,
  type ServiceLastAccessed,
} from '@/lib/iam'
import type { Caller } from '@/lib/iam/caller'
import { readUnderGate, type IamErrorDetails } from '@/lib/actions/read-under-gate'

export interface AccessAdvisorService extends ServiceLastAccessed {
  /** The policies that allow it (none known when they may not be listed: see policiesError). */
  policies: GrantingPolicy[]
}

export interface AccessAdvisorView {
  /** When the report was made (JobCompletionDate). */
  generatedAt: string
  services: AccessAdvisorService[]
  /** Why the policies granting each service could not be listed. */
  policiesError?: IamErrorDetails
}

export type AccessAdvisorSubject = { kind: 'user' | 'group' | 'role'; arn: string } | { kind: 'policy'; arn: string; name: string }

// ListPoliciesGrantingServiceAccess takes at most 200 namespaces a call.
const NAMESPACES_PER_CALL = 200
// A report pages at most 1,000 services a call; every service AWS has fits in one.
const SERVICES_PER_PAGE = 1000
// Any 36 characters: Get's gate question does not depend on the job (resource "*").
const ANY_JOB_ID = '00000000-0000-0000-0000-000000000000'

export async function loadAccessAdvisor(caller: Caller, subject: AccessAdvisorSubject): Promise<AccessAdvisorView> {
  await generateServiceLastAccessedDetails.authorizeOnly(caller, { Arn: subject.arn })
  await getServiceLastAccessedDetails.authorizeOnly(caller, { JobId: ANY_JOB_ID })
  const { JobId } = await generateServiceLastAccessedDetails(caller, { Arn: subject.arn, Granularity: 'ACTION_LEVEL' })
  const services: ServiceLastAccessed[] = []
  let generatedAt = ''
  let marker: string | undefined
  do {
    const page = await getServiceLastAccessedDetails(caller, { JobId, MaxItems: SERVICES_PER_PAGE, ...(marker ? { Marker: marker } : {}) })
    services.push(...page.ServicesLastAccessed)
    generatedAt = page.JobCompletionDate
    marker = page.IsTruncated ? page.Marker : undefined
  } while (marker)

  const granting = new Map<string, GrantingPolicy[]>()
  let policiesError: IamErrorDetails | undefined
  if (subject.kind === 'policy') {
    for (const s of services) granting.set(s.ServiceNamespace, [{ PolicyName: subject.name, PolicyType: 'MANAGED', PolicyArn: subject.arn }])
  } else {
    for (let i = 0; i < services.length && !policiesError; i += NAMESPACES_PER_CALL) {
      const namespaces = services.slice(i, i + NAMESPACES_PER_CALL).map((s) => s.ServiceNamespace)
      const listed = await readUnderGate(() => listPoliciesGrantingServiceAccess(caller, { Arn: subject.arn, ServiceNamespaces: namespaces }))
      if (!listed.ok) policiesError = listed.error
      else for (const p of listed.value.PoliciesGrantingServiceAccess) granting.set(p.ServiceNamespace, p.Policies)
    }
  }
  return {
    generatedAt,
    services: services.map((s) => ({ ...s, policies: granting.get(s.ServiceNamespace) ?? [] })),
    ...(policiesError ? { policiesError } : {}),
  }
}
