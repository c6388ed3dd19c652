// The signature checks, seen from a client: each case signs (or does not sign) a
// request to the live endpoint and reads AWS's error envelope back, through both of its
// entries: node:http as the production server serves it, and Next's route handler.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GetUserCommand, IAMClient } from '@aws-sdk/client-iam'
import { Hash } from '@smithy/hash-node'
import { HttpRequest } from '@smithy/protocol-http'
import { SignatureV4 } from '@smithy/signature-v4'
import { createAccessKey, updateAccessKey } from '@/lib/iam'
import { setUpIamTest, type IamTestContext } from '../iam/iam-test-setup'
import { startAwsApiServer, type AwsApiEntry, type AwsApiServer } from '@/tests/support/aws-api-server'
import { MAX_BODY_BYTES } from '@/lib/aws-api/handle-query-request'

const PRESIGNED_GET = { method: 'GET', presign: 300, query: { Action: 'GetUser', Version: '2010-05-08', UserName: 'alice' } } as const

describe.each<[string, AwsApiEntry]>([
  ['served by node:http (npm start)', 'node'],
  ['served by the route handler (next dev)', 'route'],
])('%s', (_entry, through) => {
  let t: IamTestContext
  let server: AwsApiServer
  let key: { AccessKeyId: string; SecretAccessKey: string }
  let inactive: { AccessKeyId: string; SecretAccessKey: string }

  beforeAll(async () => {
    t = await setUpIamTest()
    server = await startAwsApiServer(through)
    key = (await createAccessKey(t.root, { UserName: 'alice' })).AccessKey
    inactive = (await createAccessKey(t.root, { UserName: 'carol' })).AccessKey
    await updateAccessKey(t.root, { UserName: 'carol', AccessKeyId: inactive.AccessKeyId, Status: 'Inactive' })
  })
  afterAll(async () => {
    await server.close()
    await t.cleanup()
  })

  interface Send {
    method?: 'GET' | 'POST'
    path?: string
    body?: string
    query?: Record<string, string>
    credentials?: { accessKeyId: string; secretAccessKey: string } | null
    service?: string
    signingDate?: Date
    /** Sign in the query string (a presigned URL) valid for this many seconds, not in the Authorization header. */
    presign?: number
    /** Changes the request after it was signed. */
    tamper?: (request: { body: string; headers: Record<string, string>; query: Record<string, string> }) => void
  }

  async function send(options: Send) {
    const url = new URL(server.endpoint)
    const method = options.method ?? 'POST'
    const body = method === 'POST' ? (options.body ?? 'Action=GetUser&Version=2010-05-08') : ''
    let request = new HttpRequest({
      method, protocol: 'http:', hostname: url.hostname, port: Number(url.port), path: options.path ?? url.pathname, query: options.query ?? {},
      headers: { host: url.host, ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } : {}) }, body,
    })
    const credentials = options.credentials === undefined ? { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } : options.credentials
    if (credentials) {
      const signer = new SignatureV4({ credentials, region: 'us-east-1', service: options.service ?? 'iam', sha256: Hash.bind(null, 'sha256') })
      const signingDate = options.signingDate ?? new Date()
      request = (options.presign !== undefined
        ? await signer.presign(request, { signingDate, expiresIn: options.presign })
        : await signer.sign(request, { signingDate })) as HttpRequest
    }
    const sent = { body, headers: { ...request.headers } as Record<string, string>, query: { ...request.query } as Record<string, string> }
    options.tamper?.(sent)
    delete sent.headers['host']
    const search = new URLSearchParams(sent.query).toString()
    const response = await fetch(`${url.origin}${request.path}${search ? `?${search}` : ''}`, { method, headers: sent.headers, ...(method === 'POST' ? { body: sent.body } : {}) })
    const xml = await response.text()
    return { status: response.status, xml, requestId: response.headers.get('x-amzn-requestid'), code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] }
  }

  describe('refused', () => {
    test.each<[string, Send, number, string, string?]>([
      ['unsigned', { credentials: null }, 403, 'MissingAuthenticationToken', 'Request is missing Authentication Token'],
      ['an unknown key', { credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x'.repeat(40) } }, 403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'],
      ['an inactive key', { credentials: { accessKeyId: '', secretAccessKey: '' } }, 403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'],
      ['a wrong secret', { credentials: { accessKeyId: '', secretAccessKey: 'wrong'.repeat(8) } }, 403, 'SignatureDoesNotMatch'],
      ['a body changed after signing', { tamper: (r) => { r.body = 'Action=GetUser&Version=2010-05-08&UserName=alice' } }, 403, 'SignatureDoesNotMatch'],
      ['a body whose sent hash is not its own', { tamper: (r) => { r.body = 'Action=ListUsers&Version=2010-05-08' ; r.headers['x-amz-content-sha256'] = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } }, 403, 'SignatureDoesNotMatch'],
      ['signed 20 minutes ago', { signingDate: new Date(Date.now() - 20 * 60_000) }, 400, 'RequestExpired'],
      ['another service in the scope', { service: 'ec2' }, 403, 'SignatureDoesNotMatch'],
      ['an action IAM does not have', { body: 'Action=LaunchRockets&Version=2010-05-08' }, 400, 'InvalidAction', 'Could not find operation LaunchRockets for version 2010-05-08'],
      ['no Action', { body: 'Version=2010-05-08' }, 400, 'MissingAction'],
      ['the event history (not an IAM action)', { body: 'Action=LookupEvents&Version=2010-05-08' }, 400, 'InvalidAction'],
      ['a presigned URL whose query changed after signing', { ...PRESIGNED_GET, tamper: (r) => { r.query['UserName'] = 'bob' } }, 403, 'SignatureDoesNotMatch'],
      ['a presigned URL past its X-Amz-Expires', { ...PRESIGNED_GET, presign: 60, signingDate: new Date(Date.now() - 5 * 60_000) }, 400, 'RequestExpired'],
      ['a presigned URL valid for more than seven days', { ...PRESIGNED_GET, tamper: (r) => { r.query['X-Amz-Expires'] = '604801' } }, 400, 'IncompleteSignature'],
      ['a presigned URL without X-Amz-Expires', { ...PRESIGNED_GET, tamper: (r) => { delete r.query['X-Amz-Expires'] } }, 400, 'IncompleteSignature'],
      ['a presigned URL with a wrong secret', { ...PRESIGNED_GET, credentials: { accessKeyId: '', secretAccessKey: 'wrong'.repeat(8) } }, 403, 'SignatureDoesNotMatch'],
    ])('%s: %s %s', async (name, options, status, code, message) => {
      const resolved = { ...options }
      if (name === 'an inactive key') resolved.credentials = { accessKeyId: inactive.AccessKeyId, secretAccessKey: inactive.SecretAccessKey }
      if (name.endsWith('a wrong secret')) resolved.credentials = { accessKeyId: key.AccessKeyId, secretAccessKey: 'wrong'.repeat(8) }
      const answer = await send(resolved)
      expect({ status: answer.status, code: answer.code }).toEqual({ status, code })
      if (message) expect(answer.message).toBe(message)
      expect(answer.xml).toMatch(/^<ErrorResponse xmlns="https:\/\/(iam|sts)\.amazonaws\.com\/doc\/\d{4}-\d\d-\d\d\/"><Error><Type>Sender<\/Type>/)
      expect(answer.xml).toContain(`<RequestId>${answer.requestId}</RequestId>`)
    })
  })

  describe('accepted', () => {
    test.each<[string, Send]>([
      ['POST to /api/aws', {}],
      ['POST to /api/aws/', { path: '/api/aws/' }],
      ['a signed GET with the query string', { method: 'GET', query: { Action: 'GetUser', Version: '2010-05-08', UserName: 'alice' } }],
      ['a presigned GET (the signature in the query string)', PRESIGNED_GET],
      ['a presigned GET used within its X-Amz-Expires', { ...PRESIGNED_GET, presign: 900, signingDate: new Date(Date.now() - 10 * 60_000) }],
    ])('%s', async (_name, options) => {
      const answer = await send(options)
      expect(answer.status).toBe(200)
      expect(answer.xml).toMatch(/^<GetUserResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><GetUserResult><User>.*<UserName>alice<\/UserName>/)
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/)
    })

    // Next adds them to its own responses (next.config.ts, proxy.ts); node:http's entry must too.
    test.runIf(through === 'node')('the answer carries the security headers of every response', async () => {
      const response = await fetch(server.endpoint, { method: 'POST', body: 'Action=GetUser&Version=2010-05-08' })
      expect(response.status).toBe(403)
      expect({
        nosniff: response.headers.get('x-content-type-options'),
        referrer: response.headers.get('referrer-policy'),
        frames: response.headers.get('x-frame-options'),
        hsts: response.headers.get('strict-transport-security'),
      }).toEqual({ nosniff: 'nosniff', referrer: 'same-origin', frames: 'DENY', hsts: null })
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    })

    test('a use records the key’s last used date, region and service', async () => {
      const before = new Date(Date.now() - 1000)
      await new IAMClient({ endpoint: server.endpoint, region: 'eu-west-1', maxAttempts: 1, credentials: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } }).send(new GetUserCommand({}))
      const row = await t.db.prisma.accessKey.findUniqueOrThrow({ where: { id: key.AccessKeyId } })
      expect(row).toMatchObject({ lastUsedService: 'iam', lastUsedRegion: 'eu-west-1' })
      expect(row.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime())
    })
  })

  // Last: the server stops reading an oversized body, so the client's connection ends with it.
  describe('bounded', () => {
    test('a body over the cap is refused before it is parsed', async () => {
      const answer = await send({ body: `Action=GetUser&Version=2010-05-08&Pad=${'x'.repeat(MAX_BODY_BYTES)}` })
      expect({ status: answer.status, code: answer.code }).toEqual({ status: 413, code: 'RequestEntityTooLarge' })
    })
  })
})
