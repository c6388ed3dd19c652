import { afterAll, beforeAll, describe, expect } from 'vitest'
import { addUserPermissions } from '@/lib/console/add-user-permissions'
import { createUser, listAttachedUserPolicies, listGroupsForUser } from '@/lib/iam'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const arn = (type: string, name: string) => `arn:aws:iam::${t.accountId}:${type}/${name}`
const AWS = (name: string) => `arn:aws:iam::aws:policy/${name}`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createUser(t.root, { UserName: 'grower' })
})
afterAll(() => t.cleanup())

describe('Add permissions > Add user to groups: one AddUserToGroup per group', () => {
  workflowCases(() => t, {
    run: (caller) => addUserPermissions(caller, 'grower', { permissionsOption: 'group', GroupNames: ['Developers', 'Auditors'] }),
    refused: [{ action: 'iam:AddUserToGroup', resource: () => arn('group', 'Developers') }],
    allowed: {
      changes: ['AddUserToGroup', 'AddUserToGroup'],
      async then() {
        expect((await listGroupsForUser(t.root, { UserName: 'grower' })).Groups.map((g) => g.GroupName).sort()).toEqual(['Auditors', 'Developers'])
      },
    },
  })
})

describe('Add permissions > Attach policies directly: one AttachUserPolicy per policy', () => {
  workflowCases(() => t, {
    run: (caller) => addUserPermissions(caller, 'grower', { permissionsOption: 'attach', PolicyArns: [AWS('ReadOnlyAccess'), AWS('IAMReadOnlyAccess')] }),
    refused: [{ action: 'iam:AttachUserPolicy', resource: () => arn('user', 'grower') }],
    allowed: {
      changes: ['AttachUserPolicy', 'AttachUserPolicy'],
      async then() {
        expect((await listAttachedUserPolicies(t.root, { UserName: 'grower' })).AttachedPolicies.map((p) => p.PolicyName).sort()).toEqual(['IAMReadOnlyAccess', 'ReadOnlyAccess'])
      },
    },
  })
})
