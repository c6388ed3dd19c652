import { afterAll, beforeAll, expect, test } from 'vitest'
import { CreateUserCommand, GetUserCommand, IAMClient, ListUsersCommand } from '@aws-sdk/client-iam'
import { createAccessKey } from '@/lib/iam'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { startAwsApiServer, type AwsApiServer } from '@/tests/support/aws-api-server'

let t: IamTestContext
let server: AwsApiServer
let iam: IAMClient
beforeAll(async () => {
  t = await setUpIamTest()
  server = await startAwsApiServer()
  const { AccessKey } = await createAccessKey(t.root, { UserName: 'alice' })
  iam = new IAMClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey } })
})
afterAll(async () => {
  await server.close()
  await t.cleanup()
})
test('smoke', async () => {
  const created = await iam.send(new CreateUserCommand({ UserName: 'zed', Tags: [{ Key: 'team', Value: 'a' }] }))
  console.log(created.User)
  console.log((await iam.send(new GetUserCommand({ UserName: 'zed' }))).User)
  console.log((await iam.send(new ListUsersCommand({ MaxItems: 2 }))))
})
