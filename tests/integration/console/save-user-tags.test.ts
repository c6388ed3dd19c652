import { afterAll, beforeAll, describe, expect } from 'vitest'
import { saveUserTags } from '@/lib/console/save-user-tags'
import { createUser, listUserTags } from '@/lib/iam'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { workflowCases } from './workflow-test-setup'

let t: IamTestContext
const userArn = () => `arn:aws:iam::${t.accountId}:user/tagged`

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'workflow-operator' })
  await createUser(t.root, { UserName: 'tagged', Tags: [{ Key: 'team', Value: 'a' }, { Key: 'old', Value: 'x' }] })
})
afterAll(() => t.cleanup())

describe('Manage tags: the keys no longer listed are removed, new and changed ones written', () => {
  workflowCases(() => t, {
    run: (caller) => saveUserTags(caller, 'tagged', [{ Key: 'team', Value: 'b' }, { Key: 'cost', Value: '42' }]),
    refused: ['iam:ListUserTags', 'iam:UntagUser', 'iam:TagUser'].map((action) => ({ action, resource: userArn })),
    allowed: {
      changes: ['UntagUser', 'TagUser'],
      async then(result) {
        expect(result).toEqual({ steps: [{ label: 'Remove tags old', status: 'done' }, { label: 'Save tags team, cost', status: 'done' }] })
        expect((await listUserTags(t.root, { UserName: 'tagged' })).Tags).toEqual(
          expect.arrayContaining([{ Key: 'team', Value: 'b' }, { Key: 'cost', Value: '42' }]),
        )
        expect((await listUserTags(t.root, { UserName: 'tagged' })).Tags).toHaveLength(2)
      },
    },
  })
})
