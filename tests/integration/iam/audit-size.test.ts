// Every gated call is recorded, denied and invalid ones included, so a client repeating
// large requests it may not make must not grow the event history by their size. Each
// case sends one large request, allowed or not, and reads the one event it wrote: the
// stored fields stay within lib/iam/audit.ts's limits, say they were cut (CloudTrail's
// "omitted": true) and how large the original was, and keep the short members that
// say what was asked of what. The last case guards against over-trimming: an ordinary
// request is stored whole.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createUser, putUserPolicy } from '@/lib/iam'
import { MAX_RECORDED_ERROR_MESSAGE_BYTES, MAX_RECORDED_FIELD_BYTES } from '@/lib/iam/audit'
import type { Caller } from '@/lib/iam/caller'
import { doc, setUpIamTest, type IamTestContext } from './iam-test-setup'

let t: IamTestContext
let nobody: Caller
beforeAll(async () => {
  t = await setUpIamTest()
  await createUser(t.root, { UserName: 'nobody' })
  nobody = await t.asUser('nobody')
})
afterAll(() => t.cleanup())

const MB = 1024 * 1024
const bytes = (text: string | null) => Buffer.byteLength(text ?? '', 'utf8')
/** A policy document of about `size` characters: one statement, padded with white space (valid JSON). */
const paddedPolicy = (size: number) => doc({ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }).replace('{', '{' + ' '.repeat(size))

interface SizeCase {
  name: string
  send: () => Promise<unknown>
  eventName: string
  errorCode: string | null
  /** Members the stored requestParameters still hold, with their values. */
  kept: Record<string, unknown>
  /** Whether the stored requestParameters is the omitted marker. */
  omitted: boolean
}

const cases: SizeCase[] = [
  {
    name: 'a denied PutUserPolicy with a 1 MB request (unknown member padding it)',
    send: () => putUserPolicy(nobody, { UserName: 'nobody', PolicyName: 'Big', PolicyDocument: paddedPolicy(100), Padding: 'x'.repeat(MB) } as never),
    eventName: 'PutUserPolicy',
    errorCode: 'AccessDenied',
    kept: { userName: 'nobody', policyName: 'Big' },
    omitted: true,
  },
  {
    name: 'an invalid PutUserPolicy with a 1 MB document (over the 131,072-character limit)',
    send: () => putUserPolicy(nobody, { UserName: 'nobody', PolicyName: 'Huge', PolicyDocument: paddedPolicy(MB) }),
    eventName: 'PutUserPolicy',
    errorCode: 'ValidationError',
    kept: { userName: 'nobody', policyName: 'Huge' },
    omitted: true,
  },
  {
    name: 'an allowed PutUserPolicy whose document is valid but mostly white space (120 KB)',
    send: () => putUserPolicy(t.root, { UserName: 'nobody', PolicyName: 'Spacious', PolicyDocument: paddedPolicy(120 * 1024) }),
    eventName: 'PutUserPolicy',
    errorCode: null,
    kept: { userName: 'nobody', policyName: 'Spacious' },
    omitted: true,
  },
  {
    name: 'an invalid CreateUser with 1 MB of tags (64 tags, over the 50 allowed)',
    send: () => createUser(nobody, { UserName: 'padded', Tags: Array.from({ length: 64 }, (_, i) => ({ Key: `k${i}`, Value: 'v'.repeat(MB / 64) })) }),
    eventName: 'CreateUser',
    errorCode: 'ValidationError',
    kept: { userName: 'padded' },
    omitted: true,
  },
  {
    name: 'an ordinary request is stored whole',
    send: () => putUserPolicy(nobody, { UserName: 'nobody', PolicyName: 'Small', PolicyDocument: paddedPolicy(10) }),
    eventName: 'PutUserPolicy',
    errorCode: 'AccessDenied',
    kept: { userName: 'nobody', policyName: 'Small', policyDocument: paddedPolicy(10) },
    omitted: false,
  },
]

for (const c of cases) {
  test(c.name, async () => {
    const before = await t.db.prisma.auditEvent.count()
    await c.send().catch(() => undefined)
    const events = await t.db.prisma.auditEvent.findMany({ orderBy: { eventTime: 'asc' }, skip: before })
    expect(events.map((e) => [e.eventName, e.errorCode])).toEqual([[c.eventName, c.errorCode]])
    const event = events[0]!
    expect(bytes(event.requestParameters)).toBeLessThanOrEqual(MAX_RECORDED_FIELD_BYTES)
    expect(bytes(event.responseElements)).toBeLessThanOrEqual(MAX_RECORDED_FIELD_BYTES)
    expect(bytes(event.errorMessage)).toBeLessThanOrEqual(MAX_RECORDED_ERROR_MESSAGE_BYTES)
    const stored = JSON.parse(event.requestParameters!) as Record<string, unknown>
    expect(stored).toMatchObject(c.kept)
    if (c.omitted) {
      expect(stored.omitted).toBe(true)
      expect(stored.originalSizeBytes).toBeGreaterThan(MAX_RECORDED_FIELD_BYTES)
    } else {
      expect(stored).not.toHaveProperty('omitted')
    }
  })
}

test('a ValidationError quoting a 1 MB value is stored cut, saying how long it was', async () => {
  const before = await t.db.prisma.auditEvent.count()
  const error = await putUserPolicy(nobody, { UserName: 'nobody', PolicyName: 'Huge', PolicyDocument: paddedPolicy(MB) }).catch((e: Error) => e)
  // The caller still gets AWS's whole message; only the record is cut.
  expect(bytes((error as Error).message)).toBeGreaterThan(MB)
  const [event] = await t.db.prisma.auditEvent.findMany({ orderBy: { eventTime: 'asc' }, skip: before })
  expect(event!.errorMessage).toMatch(/^1 validation error detected: Value '\{/)
  expect(event!.errorMessage).toMatch(/\[truncated: \d+ bytes\]$/)
})
