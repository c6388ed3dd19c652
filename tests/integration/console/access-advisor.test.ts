// The Access Advisor tab's workflow: Generate and Get are both asked of the gate before the
// job is made (a caller refused either leaves no job), the policies granting each service
// beside its last access, a policy's page granting through the policy itself, and a
// refused ListPoliciesGrantingServiceAccess shown in place of that column.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadAccessAdvisor, type AccessAdvisorView } from '@/lib/console/access-advisor'
import { attachUserPolicy, createUser, getUser, putUserPolicy } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { operatorAllowedAllBut, workflowCases } from './workflow-test-setup'

let t: IamTestContext
const IAM_READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess'
const userArn = () => `arn:aws:iam::${t.accountId}:user/dave`
const service = (view: AccessAdvisorView, ns: string) => view.services.find((s) => s.ServiceNamespace === ns)

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createUser(t.root, { UserName: 'dave' })
  await attachUserPolicy(t.root, { UserName: 'dave', PolicyArn: IAM_READ_ONLY })
  await putUserPolicy(t.root, { UserName: 'dave', PolicyName: 'Objects', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) })
  await getUser(await t.asUser('dave'), { UserName: 'dave' })
})
afterAll(() => t.cleanup())

describe("Access Advisor tab of a user: Generate, then Get, then the policies granting each service", () => {
  workflowCases(() => t, {
    run: (caller) => loadAccessAdvisor(caller, { kind: 'user', arn: userArn() }),
    refused: [
      { action: 'iam:GenerateServiceLastAccessedDetails', resource: userArn },
      { action: 'iam:GetServiceLastAccessedDetails', resource: () => '*' },
    ],
    allowed: {
      changes: ['GenerateServiceLastAccessedDetails'],
      async then(result) {
        const view = result as AccessAdvisorView
        expect(view.policiesError).toBeUndefined()
        expect(service(view, 'iam')).toMatchObject({ LastAuthenticatedEntity: userArn(), policies: [{ PolicyName: 'IAMReadOnlyAccess', PolicyType: 'MANAGED', PolicyArn: IAM_READ_ONLY }] })
        expect(service(view, 'iam')!.TrackedActionsLastAccessed!.find((a) => a.ActionName === 'GetUser')).toMatchObject({ LastAccessedEntity: userArn() })
        expect(service(view, 's3')).toEqual(expect.objectContaining({ TotalAuthenticatedEntities: 0, policies: [{ PolicyName: 'Objects', PolicyType: 'INLINE', EntityType: 'USER', EntityName: 'dave' }] }))
        expect(service(view, 's3')!.LastAuthenticated).toBeUndefined()
      },
    },
  })
  test('refused ListPoliciesGrantingServiceAccess: the report still shows, with the refusal in place of the policies', async () => {
    const caller = await operatorAllowedAllBut(t, 'iam:ListPoliciesGrantingServiceAccess')
    const view = await loadAccessAdvisor(caller, { kind: 'user', arn: userArn() })
    expect(view.policiesError).toMatchObject({ code: 'AccessDenied', message: expect.stringContaining('iam:ListPoliciesGrantingServiceAccess') as string })
    expect(service(view, 'iam')).toMatchObject({ LastAuthenticatedEntity: userArn(), policies: [] })
  })
  test("a managed policy's tab: the policy itself grants each service it allows", async () => {
    const view = await loadAccessAdvisor(t.root, { kind: 'policy', arn: IAM_READ_ONLY, name: 'IAMReadOnlyAccess' })
    expect(view.services.map((s) => s.ServiceNamespace)).toEqual(['iam'])
    expect(service(view, 'iam')!.policies).toEqual([{ PolicyName: 'IAMReadOnlyAccess', PolicyType: 'MANAGED', PolicyArn: IAM_READ_ONLY }])
  })
})
