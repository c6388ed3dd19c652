// The Content-Security-Policy of every page, with a fresh nonce per request: Next reads
// the nonce from the request's own Content-Security-Policy header (set by proxy.ts) and
// puts it on the scripts it writes (nextjs.org/docs/app/guides/content-security-policy).
// 'strict-dynamic' lets those scripts load the chunks they import; nothing else runs.
// A nonce makes every page dynamic (rendered per request), which the console's pages
// already are: each one reads the session.

/** 128 random bits, base64: unguessable, and new for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

export interface ContentSecurityPolicyOptions {
  /** `next dev` evaluates code for React's error overlay and fast refresh. */
  development: boolean
  /** Served over HTTPS: subresources named with http:// are fetched over https too. */
  secure: boolean
}

export function contentSecurityPolicy(nonce: string, options: ContentSecurityPolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    // No inline event handlers (onclick="…"), whatever else script-src allows.
    "script-src-attr 'none'",
    // Tailwind's stylesheet is a file; Next's own inline <style> tags carry the nonce.
    `style-src 'self' 'nonce-${nonce}'`,
    // data: for the MFA QR code (a PNG data URL, as AWS's CreateVirtualMFADevice returns it).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No other site may frame the console (clickjacking); X-Frame-Options is CSP's older twin.
    "frame-ancestors 'none'",
    ...(options.secure ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}
