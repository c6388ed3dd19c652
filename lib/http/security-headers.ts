// The headers every response carries, whoever serves it: next.config.ts adds them to
// Next's responses, lib/aws-api/serve-query-api.ts to the AWS API's, which do not pass
// through Next. The Content-Security-Policy is per request (a nonce): proxy.ts sets it
// for Next's responses.
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  // For browsers without CSP frame-ancestors; the Content-Security-Policy says the same.
  { key: 'X-Frame-Options', value: 'DENY' },
] as const

// HSTS only over HTTPS (RFC 6797: a browser ignores it over HTTP anyway, and a console on
// http://localhost must stay reachable).
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000' } as const
