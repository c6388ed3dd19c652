// AWS Query protocol responses: <XResponse xmlns=…><XResult>…</XResult>
// <ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></XResponse>, lists as
// <member>, maps as <entry><key/><value/></entry>, and the error envelope. Policy
// documents are URL-encoded, as IAM's API returns them (RFC 3986: encodeURIComponent
// leaves !'()* as they are, which RFC 3986 reserves).
export const IAM_XMLNS = 'https://iam.amazonaws.com/doc/2010-05-08/'
export const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/'

const URL_ENCODED_MEMBERS = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'Document'])

export function urlEncodePolicyDocument(document: string): string {
  return encodeURIComponent(document).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
/**
 * Blob members go over the wire base64-encoded. lib/iam gives Base32StringSeed as the
 * base32 text (AWS base64-encodes those characters) and QRCodePNG as a data: URL.
 */
const BLOB_MEMBERS: Record<string, (text: string) => string> = {
  Base32StringSeed: (text) => Buffer.from(text, 'utf8').toString('base64'),
  QRCodePNG: (text) => (text.startsWith('data:') ? text.slice(text.indexOf(',') + 1) : Buffer.from(text, 'utf8').toString('base64')),
}
/** Members that are maps in IAM's shapes (GetAccountSummary's SummaryMap). */
const MAP_MEMBERS = new Set(['SummaryMap'])

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#xD;' })[c]!)
}

function scalar(name: string, value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value)
  const blob = Object.hasOwn(BLOB_MEMBERS, name) ? BLOB_MEMBERS[name]! : undefined
  if (blob) return escapeXml(blob(text))
  return escapeXml(URL_ENCODED_MEMBERS.has(name) ? urlEncodePolicyDocument(text) : text)
}

/** The members of a result, in order; secrets kept non-enumerable (SecretAccessKey) are members of the answer too. */
function members(value: object): [string, unknown][] {
  return Object.getOwnPropertyNames(value).map((name) => [name, (value as Record<string, unknown>)[name]])
}

export function xmlOfValue(name: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return `<${name}>${value.map((v) => xmlOfValue('member', v)).join('')}</${name}>`
  if (typeof value === 'object' && !(value instanceof Date)) {
    if (MAP_MEMBERS.has(name)) {
      return `<${name}>${members(value).map(([k, v]) => `<entry><key>${escapeXml(k)}</key>${xmlOfValue('value', v)}</entry>`).join('')}</${name}>`
    }
    return `<${name}>${members(value).map(([k, v]) => xmlOfValue(k, v)).join('')}</${name}>`
  }
  return `<${name}>${scalar(name, value)}</${name}>`
}

export function queryResponseXml(action: string, result: unknown, requestId: string, xmlns: string): string {
  const body = result !== null && typeof result === 'object' && members(result).length > 0
    ? xmlOfValue(`${action}Result`, result)
    : ''
  return `<${action}Response xmlns="${xmlns}">${body}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
}

export function queryErrorXml(error: { type: 'Sender' | 'Receiver'; code: string; message: string }, requestId: string, xmlns: string): string {
  return `<ErrorResponse xmlns="${xmlns}"><Error><Type>${error.type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
}
