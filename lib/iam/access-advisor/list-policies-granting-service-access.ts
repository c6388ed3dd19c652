// ListPoliciesGrantingServiceAccess (IAM API Reference): for each namespace asked, the
// user's, group's or role's permissions policies that allow some action of it (a user's
// include its groups'; an inline policy names the entity it is embedded in) — the
// "Policies granting permissions" of the console's Access Advisor. Gated on the ARN (the
// Service Authorization Reference gives the action the group, role and user resource types).
import { z } from 'zod'
import { allowedServices } from '@/lib/policy/summary'
import { defineIamOperation } from '../operation'
import { ZArn, ZMarker } from '../schemas'
import { accessAdvisorResource, loadAccessAdvisorEntity, type GrantingPolicy } from './access-advisor-entity'
import { ZServiceNamespace } from './get-service-last-accessed-details-with-entities'

export const ZListPoliciesGrantingServiceAccessInput = z
  .object({
    Arn: ZArn,
    // serviceNamespaceListType: 1 to 200 namespaces.
    ServiceNamespaces: z
      .array(ZServiceNamespace)
      .min(1, { error: 'Member must have length greater than or equal to 1' })
      .max(200, { error: 'Member must have length less than or equal to 200' }),
    Marker: ZMarker.optional(),
  })
  .strict()

export type TListPoliciesGrantingServiceAccessInput = z.input<typeof ZListPoliciesGrantingServiceAccessInput>

export interface ListPoliciesGrantingServiceAccessResponse {
  PoliciesGrantingServiceAccess: { ServiceNamespace: string; Policies: GrantingPolicy[] }[]
  IsTruncated: boolean
}

const ENTITY_TYPES = ['user', 'group', 'role'] as const

export const listPoliciesGrantingServiceAccess = defineIamOperation({
  name: 'ListPoliciesGrantingServiceAccess',
  readOnly: true,
  input: ZListPoliciesGrantingServiceAccessInput,
  resource: accessAdvisorResource(ENTITY_TYPES),
  async run(tx, input, caller): Promise<ListPoliciesGrantingServiceAccessResponse> {
    const entity = await loadAccessAdvisorEntity(tx, caller, input.Arn, ENTITY_TYPES)
    const granting = new Map(allowedServices(entity.policies).map((s) => [s.prefix, s.policies]))
    // At most 200 namespaces: one page holds them all.
    return {
      PoliciesGrantingServiceAccess: [...new Set(input.ServiceNamespaces)].map((ns) => ({ ServiceNamespace: ns, Policies: granting.get(ns) ?? [] })),
      IsTruncated: false,
    }
  },
})
