// The event history's lookups (CloudTrail's LookupEvents over the recorded events):
// filters, newest first, paging by NextToken, CloudTrail's record shape, no secrets, and
// the gate (cloudtrail:LookupEvents).
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { attachUserPolicy, createLoginProfile, createUser, lookupEvents, type LookedUpEvent } from '@/lib/iam'
import type { UserCaller } from '@/lib/iam/caller'
import { doc, iamErrorOf, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let dave: UserCaller
const record = (e: LookedUpEvent) => JSON.parse(e.CloudTrailEvent) as Record<string, unknown> & { userIdentity: Record<string, unknown> }

beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'dave' })
  await attachUserPolicy(t.root, { UserName: 'dave', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' })
  dave = await t.asUser('dave', { sessionId: 'dave-session', request: { sourceIp: '203.0.113.7', userAgent: 'story-browser' } })
  await expect(createUser(dave, { UserName: 'erin' })).rejects.toMatchObject({ code: 'AccessDenied' })
  await createUser(t.root, { UserName: 'frank' })
  await createLoginProfile(t.root, { UserName: 'frank', Password: 'Frank-password-1!' })
})
afterAll(() => t.cleanup())

describe('LookupEvents', () => {
  test("dave's refused CreateUser, by user name: AccessDenied, his identity, the time, as CloudTrail records it", async () => {
    const { Events } = await lookupEvents(t.root, { Username: 'dave', EventName: 'CreateUser' })
    expect(Events).toHaveLength(1)
    const [e] = Events
    expect(e).toMatchObject({ EventName: 'CreateUser', ReadOnly: 'false', EventSource: 'iam.amazonaws.com', Username: 'dave', EventTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) })
    expect(record(e!)).toMatchObject({
      eventVersion: '1.10',
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateUser',
      awsRegion: 'us-east-1',
      sourceIPAddress: '203.0.113.7',
      userAgent: 'story-browser',
      errorCode: 'AccessDenied',
      errorMessage: expect.stringContaining('user/dave is not authorized to perform: iam:CreateUser'),
      userIdentity: { type: 'IAMUser', userName: 'dave', arn: dave.arn, accountId: t.accountId, principalId: dave.userId, sessionContext: { attributes: { mfaAuthenticated: 'false' } } },
      // CloudTrail writes request parameters in camelCase.
      requestParameters: { userName: 'erin' },
      requestID: expect.stringMatching(/^[0-9a-f-]{36}$/),
      eventID: e!.EventId,
      readOnly: false,
      eventType: 'AwsApiCall',
      recipientAccountId: t.accountId,
    })
  })

  const filters: { name: string; input: object; every: (e: LookedUpEvent) => boolean; some?: string }[] = [
    { name: 'error code', input: { ErrorCode: 'AccessDenied' }, every: (e) => record(e).errorCode === 'AccessDenied', some: 'CreateUser' },
    { name: 'read-only', input: { ReadOnly: 'false' }, every: (e) => e.ReadOnly === 'false', some: 'CreateLoginProfile' },
    { name: 'resource name', input: { ResourceName: 'frank' }, every: (e) => e.Resources.some((r) => r.ResourceName.endsWith('/frank')), some: 'CreateLoginProfile' },
    { name: 'event name', input: { EventName: 'CreateUser' }, every: (e) => e.EventName === 'CreateUser' },
  ]
  for (const f of filters) {
    test(`filters by ${f.name}`, async () => {
      const { Events } = await lookupEvents(t.root, f.input)
      expect(Events.length).toBeGreaterThan(0)
      expect(Events.every(f.every)).toBe(true)
      if (f.some) expect(Events.map((e) => e.EventName)).toContain(f.some)
    })
  }

  test('newest first, page by page with NextToken, no event twice', async () => {
    // Changes only: each lookup is itself recorded (a read), and would join the pages.
    const all = (await lookupEvents(t.root, { ReadOnly: 'false', MaxResults: 50 })).Events
    const seen: string[] = []
    let NextToken: string | undefined
    do {
      const page = await lookupEvents(t.root, { ReadOnly: 'false', MaxResults: 3, ...(NextToken ? { NextToken } : {}) })
      expect(page.Events.length).toBeLessThanOrEqual(3)
      seen.push(...page.Events.map((e) => e.EventId))
      NextToken = page.NextToken
    } while (NextToken && seen.length < all.length)
    expect(seen.slice(0, all.length)).toEqual(all.map((e) => e.EventId))
    const times = all.map((e) => e.EventTime)
    expect([...times].sort().reverse()).toEqual(times)
  })

  test('a password never appears: CreateLoginProfile records it hidden', async () => {
    const { Events } = await lookupEvents(t.root, { EventName: 'CreateLoginProfile' })
    expect(Events[0]!.CloudTrailEvent).not.toContain('Frank-password-1!')
    expect(record(Events[0]!).requestParameters).toMatchObject({ userName: 'frank', password: 'HIDDEN_DUE_TO_SECURITY_REASONS' })
  })

  const invalid: { name: string; input: object; code: string; field?: string }[] = [
    { name: 'a NextToken that was not given out', input: { NextToken: 'bm90LWEtdG9rZW4' }, code: 'InvalidInput', field: 'NextToken' },
    { name: 'MaxResults over 50', input: { MaxResults: 51 }, code: 'ValidationError' },
    { name: 'a StartTime that is no time', input: { StartTime: 'yesterday' }, code: 'ValidationError' },
  ]
  for (const c of invalid) {
    test(`refuses ${c.name}`, async () => {
      expect(await iamErrorOf(lookupEvents(t.root, c.input))).toMatchObject({ code: c.code, ...(c.field ? { field: c.field } : {}) })
    })
  }

  test('a user without cloudtrail:LookupEvents (IAMReadOnlyAccess) is refused, with the gate\'s words', async () => {
    const error = await iamErrorOf(lookupEvents(dave, {}))
    expect(error.code).toBe('AccessDenied')
    expect(error.message).toBe(`User: ${dave.arn} is not authorized to perform: cloudtrail:LookupEvents on resource: * because no identity-based policy allows the cloudtrail:LookupEvents action`)
  })

  test('a user allowed cloudtrail:LookupEvents reads the events', async () => {
    await createUser(t.root, { UserName: 'auditor' })
    const { putUserPolicy } = await import('@/lib/iam')
    await putUserPolicy(t.root, { UserName: 'auditor', PolicyName: 'Events', PolicyDocument: doc({ Effect: 'Allow', Action: 'cloudtrail:LookupEvents', Resource: '*' }) })
    expect((await lookupEvents(await t.asUser('auditor'), { Username: 'dave' })).Events.length).toBeGreaterThan(0)
  })
})
