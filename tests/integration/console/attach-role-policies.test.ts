import { afterAll, beforeAll, describe, expect } from 'vitest'
import { attachRolePolicies } from '@/lib/console/attach-role-policies'
import { createRole, createUser, listAttachedRolePolicies } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createRole(t.root, { RoleName: 'Runner', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) })
})
afterAll(() => t.cleanup())

describe("A role's Attach policies: one AttachRolePolicy per policy", () => {
  workflowCases(() => t, {
    run: (caller) => attachRolePolicies(caller, 'Runner', [AWS('ReadOnlyAccess'), AWS('IAMReadOnlyAccess')]),
    refused: [{ action: 'iam:AttachRolePolicy', resource: () => `arn:aws:iam::${t.accountId}:role/Runner` }],
    allowed: {
      changes: ['AttachRolePolicy', 'AttachRolePolicy'],
      async then() {
        expect((await listAttachedRolePolicies(t.root, { RoleName: 'Runner' })).AttachedPolicies.map((p) => p.PolicyName).sort()).toEqual(['IAMReadOnlyAccess', 'ReadOnlyAccess'])
      },
    },
  })
})
