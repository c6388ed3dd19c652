// STS on the Query API, driven by @aws-sdk/client-sts and @aws-sdk/client-iam: the
// temporary credentials it issues sign later calls as the assumed role (or, from
// GetSessionToken, as the user), limited by the session policy; a wrong, missing or
// expired session token is refused as AWS refuses it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GetUserCommand, IAMClient, ListUsersCommand, CreateUserCommand } from '@aws-sdk/client-iam'
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts'
import { createAccessKey, createRole, createUser, putRolePolicy, putUserPolicy } from '@/lib/iam'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { doc, setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { startAwsApiServer, type AwsApiServer } from '@/tests/support/aws-api-server'

let t: IamTestContext
let server: AwsApiServer
let userKey: { accessKeyId: string; secretAccessKey: string }
let userArn: string

interface Credentials { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
const sts = (credentials: Credentials) => new STSClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, credentials })
const iam = (credentials: Credentials) => new IAMClient({ endpoint: server.endpoint, region: 'us-east-1', maxAttempts: 1, credentials })
const roleArn = () => `arn:aws:iam::${t.accountId}:role/api-reader`

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await promise
  } catch (e) {
    const error = e as Error & { $metadata?: { httpStatusCode?: number } }
    return { name: error.name, message: error.message, status: error.$metadata?.httpStatusCode }
  }
  throw new Error('expected the call to fail')
}

async function assumed(input: Partial<ConstructorParameters<typeof AssumeRoleCommand>[0]> = {}): Promise<Credentials & { arn: string }> {
  const r = await sts(userKey).send(new AssumeRoleCommand({ RoleArn: roleArn(), RoleSessionName: 'api-session', ...input }))
  expect(r.Credentials!.Expiration).toBeInstanceOf(Date)
  return { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken!, arn: r.AssumedRoleUser!.Arn! }
}

beforeAll(async () => {
  t = await setUpIamTest()
  server = await startAwsApiServer()
  await createUser(t.root, { UserName: 'api-sts' })
  await putUserPolicy(t.root, { UserName: 'api-sts', PolicyName: 'assume', PolicyDocument: doc({ Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' }) })
  const key = (await createAccessKey(t.root, { UserName: 'api-sts' })).AccessKey
  userKey = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey }
  userArn = `arn:aws:iam::${t.accountId}:user/api-sts`
  await createRole(t.root, { RoleName: 'api-reader', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${t.accountId}:root` }, Action: ['sts:AssumeRole', 'sts:TagSession'] }) })
  await putRolePolicy(t.root, { RoleName: 'api-reader', PolicyName: 'read', PolicyDocument: doc({ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListUsers'], Resource: '*' }) })
})
afterAll(async () => {
  await server.close()
  await t.cleanup()
})

describe('GetCallerIdentity', () => {
  test('for a user: its id, account and ARN', async () => {
    const user = await t.db.prisma.user.findFirstOrThrow({ where: { accountId: t.accountId, name: 'api-sts' } })
    expect(await sts(userKey).send(new GetCallerIdentityCommand({}))).toMatchObject({ UserId: user.id, Account: t.accountId, Arn: userArn })
  })
  test('for an assumed role: ROLEID:SESSION and the assumed-role ARN', async () => {
    const session = await assumed()
    const role = await t.db.prisma.role.findFirstOrThrow({ where: { accountId: t.accountId, name: 'api-reader' } })
    expect(await sts(session).send(new GetCallerIdentityCommand({}))).toMatchObject({
      UserId: `${role.id}:api-session`, Account: t.accountId, Arn: `arn:aws:sts::${t.accountId}:assumed-role/api-reader/api-session`,
    })
  })
})

describe('AssumeRole', () => {
  test('the temporary credentials sign calls the role allows', async () => {
    const session = await assumed()
    expect(session.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect((await iam(session).send(new GetUserCommand({ UserName: 'api-sts' }))).User!.Arn).toBe(userArn)
    const denied = await errorOf(iam(session).send(new CreateUserCommand({ UserName: 'api-never' })))
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 })
    expect(denied.message).toContain(`User: arn:aws:sts::${t.accountId}:assumed-role/api-reader/api-session is not authorized to perform: iam:CreateUser`)
  })

  test('a session policy limits the session below the role, with AWS\'s message', async () => {
    const r = await sts(userKey).send(new AssumeRoleCommand({
      RoleArn: roleArn(), RoleSessionName: 'scoped', Policy: doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }),
    }))
    expect(r.PackedPolicySize).toBeGreaterThan(0)
    const session = { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken! }
    await expect(iam(session).send(new GetUserCommand({ UserName: 'api-sts' }))).resolves.toHaveProperty('User')
    const denied = await errorOf(iam(session).send(new ListUsersCommand({})))
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 })
    expect(denied.message).toBe(`User: arn:aws:sts::${t.accountId}:assumed-role/api-reader/scoped is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${t.accountId}:user/ because no session policy allows the iam:ListUsers action`)
  })

  test('PolicyArns, Tags, TransitiveTagKeys and DurationSeconds reach the session as sent', async () => {
    const before = Date.now()
    const r = await sts(userKey).send(new AssumeRoleCommand({
      RoleArn: roleArn(), RoleSessionName: 'managed', DurationSeconds: 900,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }],
      Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'env', Value: 'dev' }], TransitiveTagKeys: ['team'],
    }))
    expect(r.PackedPolicySize).toBeGreaterThan(0)
    expect(r.Credentials!.Expiration!.getTime() - before).toBeLessThanOrEqual(901_000)
    const row = await t.db.prisma.roleSession.findUniqueOrThrow({ where: { accessKeyId: r.Credentials!.AccessKeyId! }, include: { policyArns: true } })
    expect(row.policyArns.map((p) => p.policyArn)).toEqual(['arn:aws:iam::aws:policy/IAMReadOnlyAccess'])
    expect(JSON.parse(row.sessionTags!)).toEqual({ team: 'blue', env: 'dev' })
    expect(JSON.parse(row.transitiveTagKeys!)).toEqual(['team'])
    const session = { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken! }
    await expect(iam(session).send(new ListUsersCommand({}))).resolves.toHaveProperty('Users')
  })

  test.each([
    { name: 'a role the caller may not assume', input: { RoleArn: `arn:aws:iam::${'0'.repeat(12)}:role/nope` }, error: 'AccessDenied', status: 403 },
    { name: 'DurationSeconds over the role\'s maximum', input: { DurationSeconds: 7200 }, error: 'ValidationError', status: 400 },
    { name: 'a one-character RoleSessionName', input: { RoleSessionName: 'x' }, error: 'ValidationError', status: 400 },
    { name: 'a malformed session policy', input: { Policy: '{"Statement":' }, error: 'MalformedPolicyDocument', status: 400 },
  ])('$name: $error', async ({ input, error, status }) => {
    const e = await errorOf(sts(userKey).send(new AssumeRoleCommand({ RoleArn: roleArn(), RoleSessionName: 'err', ...input })))
    expect(e).toMatchObject({ name: expect.stringContaining(error), status })
  })
})

describe('session tokens', () => {
  test.each([
    { name: 'no session token', token: () => undefined },
    { name: 'a wrong session token', token: (s: string) => `A${s.slice(1)}` === s ? `B${s.slice(1)}` : `A${s.slice(1)}` },
  ])('$name: InvalidClientTokenId', async ({ token }) => {
    const session = await assumed()
    const sent = token(session.sessionToken!)
    const e = await errorOf(sts({ accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, ...(sent ? { sessionToken: sent } : {}) }).send(new GetCallerIdentityCommand({})))
    expect(e).toEqual({ name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', status: 403 })
  })

  // A presigned GetCallerIdentity (as EKS-style tokens are made): the session token rides in the query string.
  test.each([
    { name: 'with its session token: the assumed role', keep: true, status: 200, expected: /<Arn>arn:aws:sts::\d{12}:assumed-role\/api-reader\/api-session<\/Arn>/ },
    { name: 'without it: InvalidClientTokenId', keep: false, status: 403, expected: /<Code>InvalidClientTokenId<\/Code>/ },
  ])('a presigned GetCallerIdentity $name', async ({ keep, status, expected }) => {
    const session = await assumed()
    const url = new URL(server.endpoint)
    const signer = new SignatureV4({ credentials: session, region: 'us-east-1', service: 'sts', sha256: Hash.bind(null, 'sha256') })
    const presigned = await signer.presign(new HttpRequest({
      method: 'GET', protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: url.pathname,
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' }, headers: { host: url.host },
    }), { expiresIn: 60 })
    const query = { ...presigned.query } as Record<string, string>
    expect(query['X-Amz-Security-Token']).toBe(session.sessionToken)
    if (!keep) delete query['X-Amz-Security-Token']
    const response = await fetch(`${url.origin}${url.pathname}?${new URLSearchParams(query)}`)
    expect(response.status).toBe(status)
    expect(await response.text()).toMatch(expected)
  })

  test('an expired token: ExpiredToken', async () => {
    const session = await assumed({ RoleSessionName: 'expiring', DurationSeconds: 900 })
    await t.db.prisma.roleSession.update({ where: { accessKeyId: session.accessKeyId }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const e = await errorOf(sts(session).send(new GetCallerIdentityCommand({})))
    expect(e).toEqual({ name: 'ExpiredToken', message: 'The security token included in the request is expired', status: 403 })
  })

  test('GetSessionToken: credentials that act as the user', async () => {
    const r = await sts(userKey).send(new GetSessionTokenCommand({ DurationSeconds: 900 }))
    const session = { accessKeyId: r.Credentials!.AccessKeyId!, secretAccessKey: r.Credentials!.SecretAccessKey!, sessionToken: r.Credentials!.SessionToken! }
    expect((await sts(session).send(new GetCallerIdentityCommand({}))).Arn).toBe(userArn)
    expect(await errorOf(sts(session).send(new GetSessionTokenCommand({})))).toMatchObject({ name: 'AccessDenied', message: 'Cannot call GetSessionToken with session credentials', status: 403 })
    // Without MFA, such credentials may not call IAM at all.
    expect(await errorOf(iam(session).send(new ListUsersCommand({})))).toMatchObject({ name: 'InvalidClientTokenId', status: 403 })
    await expect(sts(session).send(new AssumeRoleCommand({ RoleArn: roleArn(), RoleSessionName: 'from-gst' }))).resolves.toHaveProperty('Credentials')
  })
})
