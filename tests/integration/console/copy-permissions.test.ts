import { afterAll, beforeAll, describe, expect } from 'vitest'
import { copyPermissions } from '@/lib/console/copy-permissions'
import { attachUserPolicy, createUser, listAttachedUserPolicies, listGroupsForUser, listUserPolicies, putUserPolicy } from '@/lib/iam'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const arn = (type: string, name: string) => `arn:aws:iam::${t.accountId}:${type}/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createUser(t.root, { UserName: 'copycat' })
  // carol is in Auditors (the seed); she also gets a managed and an inline policy.
  await attachUserPolicy(t.root, { UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
  await putUserPolicy(t.root, { UserName: 'carol', PolicyName: 'extra', PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }) })
})
afterAll(() => t.cleanup())

describe("Add permissions > Copy permissions: the source's groups, managed and inline policies", () => {
  workflowCases(() => t, {
    run: (caller) => copyPermissions(caller, 'copycat', 'carol'),
    refused: [
      { action: 'iam:ListGroupsForUser', resource: () => arn('user', 'carol') },
      { action: 'iam:GetUserPolicy', resource: () => arn('user', 'carol') },
      { action: 'iam:AddUserToGroup', resource: () => arn('group', 'Auditors') },
      { action: 'iam:AttachUserPolicy', resource: () => arn('user', 'copycat') },
      { action: 'iam:PutUserPolicy', resource: () => arn('user', 'copycat') },
    ],
    allowed: {
      changes: ['AddUserToGroup', 'AttachUserPolicy', 'PutUserPolicy'],
      async then(result) {
        expect(result).toEqual({
          steps: [
            { label: 'Add user to group Auditors', status: 'done' },
            { label: 'Attach policy ReadOnlyAccess', status: 'done' },
            { label: 'Add inline policy extra', status: 'done' },
          ],
        })
        expect((await listGroupsForUser(t.root, { UserName: 'copycat' })).Groups.map((g) => g.GroupName)).toEqual(['Auditors'])
        expect((await listAttachedUserPolicies(t.root, { UserName: 'copycat' })).AttachedPolicies.map((p) => p.PolicyName)).toEqual(['ReadOnlyAccess'])
        expect((await listUserPolicies(t.root, { UserName: 'copycat' })).PolicyNames).toEqual(['extra'])
      },
    },
  })
})
