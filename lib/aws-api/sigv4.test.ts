import { describe, expect, test } from 'vitest'
import suite from './sigv4-test-vectors.json'
import { checkClock, expectedSignature, parseAuthorization, signaturesMatch, type SignedRequest } from './sigv4'

const requestOf = (v: (typeof suite.vectors)[number]): SignedRequest => ({
  method: v.method, path: v.path, query: v.query as [string, string][], headers: { ...v.headers, authorization: v.authorization }, body: v.body,
})

describe('AWS SigV4 test suite', () => {
  test.each(suite.vectors)('$name: the expected signature is the published one', async (v) => {
    const request = requestOf(v)
    const auth = parseAuthorization(request)
    expect(auth.scope).toEqual({ accessKeyId: 'AKIDEXAMPLE', date: '20150830', region: 'us-east-1', service: 'service' })
    const signature = await expectedSignature(request, auth, suite.credentials.secretAccessKey)
    expect(signaturesMatch(signature, auth.signature)).toBe(true)
    expect(await expectedSignature(request, auth, `${suite.credentials.secretAccessKey}x`)).not.toBe(auth.signature)
  })
})

const vanilla = suite.vectors[0]!
const withAuthorization = (authorization: string | undefined, extra: Record<string, string> = {}): SignedRequest => {
  const { authorization: _, ...headers } = requestOf(vanilla).headers
  return { ...requestOf(vanilla), headers: { ...headers, ...(authorization === undefined ? {} : { authorization }), ...extra } }
}

describe('parseAuthorization refuses', () => {
  test.each([
    ['no Authorization header', undefined, 'MissingAuthenticationToken'],
    ['another algorithm', 'AWS4-HMAC-SHA512 Credential=a/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00', 'IncompleteSignature'],
    ['no Signature', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date', 'IncompleteSignature'],
    ['a scope without a region', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=00', 'IncompleteSignature'],
    ['a scope date that is not X-Amz-Date\'s', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150831/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=00', 'SignatureDoesNotMatch'],
    ['host not signed', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=x-amz-date, Signature=00', 'SignatureDoesNotMatch'],
  ])('%s: %s', (_name, authorization, code) => {
    expect(() => parseAuthorization(withAuthorization(authorization))).toThrow(expect.objectContaining({ code }))
  })
  test('a malformed X-Amz-Date', () => {
    const request = withAuthorization(vanilla.authorization, { 'x-amz-date': '2015-08-30T12:36:00Z' })
    expect(() => parseAuthorization(request)).toThrow(expect.objectContaining({ code: 'IncompleteSignature' }))
  })
})

describe('checkClock', () => {
  const at = new Date('2015-08-30T12:36:00Z')
  test.each([
    [0, true], [14 * 60_000, true], [-14 * 60_000, true], [16 * 60_000, false], [-16 * 60_000, false],
  ])('now - X-Amz-Date = %i ms: accepted %s', (skew, accepted) => {
    const run = () => checkClock(at, new Date(at.getTime() + skew))
    if (accepted) expect(run).not.toThrow()
    else expect(run).toThrow(expect.objectContaining({ code: 'RequestExpired' }))
  })
})

describe('the body hash', () => {
  test('an x-amz-content-sha256 that is not the body\'s is refused', async () => {
    const request = { ...requestOf(vanilla), headers: { ...requestOf(vanilla).headers, 'x-amz-content-sha256': '0'.repeat(64) } }
    await expect(expectedSignature(request, parseAuthorization(request), suite.credentials.secretAccessKey)).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' })
  })
})
