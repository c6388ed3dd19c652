// The console's own defences in the browser: a page of another origin that frames the
// console shows nothing (clickjacking: frame-ancestors 'none'), the console's pages work
// under their Content-Security-Policy without a single violation (a policy that broke a
// page would be turned off, so over-blocking is guarded as well), and a client's
// X-Forwarded-For does not change the address the console records.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { E2E_PORT } from './fixtures/e2e-environment'
import { e2eDatabase, sandboxAccountId } from './fixtures/e2e-database'
import { MANAGE_OWN_CREDENTIALS_POLICY, assignAuthenticatorApp, deleteUserInlinePolicy, putUserInlinePolicy, removeMfaDevicesOf, revokeSessionsOf } from './fixtures/credentials'
import { expectConsoleShell, signInAsIamUser, signInAsRoot, signedInAsIamUser } from './fixtures/sign-in'

/** Every CSP violation the page's documents report, from the browser's own event. */
async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}${event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''}`,
      )
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  return violations
}

test.afterEach(async () => {
  await revokeSessionsOf('carol')
  await deleteUserInlinePolicy('carol', 'ManageOwnCredentials')
  await removeMfaDevicesOf('carol', ['carol-csp-phone'])
})

test('[SECURITY]: a page of another origin that frames the console shows nothing of it', async ({ page }) => {
  // An attacker's page on another origin (its own server on 127.0.0.1; the console is
  // http://localhost) that frames the sign-in page and the users list.
  const attacker = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html')
    res.end(`<!doctype html><h1>Win a prize</h1>
      <iframe title="signin" src="http://localhost:${E2E_PORT}/signin"></iframe>
      <iframe title="users" src="http://localhost:${E2E_PORT}/users"></iframe>`)
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  try {
    const refused: string[] = []
    page.on('console', (message) => {
      if (message.text().includes("frame-ancestors 'none'")) refused.push(message.text())
    })
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`)
    await expect(page.getByRole('heading', { name: 'Win a prize' })).toBeVisible()
    // The browser says why each frame stays empty.
    await expect.poll(() => refused.length).toBe(2)
    for (const title of ['signin', 'users']) {
      const frame = page.frameLocator(`iframe[title="${title}"]`)
      await expect(frame.getByRole('heading', { name: 'Sign in' })).toHaveCount(0)
      await expect(frame.getByLabel('Password')).toHaveCount(0)
    }
  } finally {
    await new Promise((resolve) => attacker.close(resolve))
  }
})

test('[SECURITY]: root signs in, opens the users list and a policy, with no CSP violation and the security headers on', async ({ page }) => {
  const violations = await collectCspViolations(page)
  const signInPage = await page.goto('/signin')
  const headers = signInPage!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('same-origin')
  expect(headers['x-powered-by']).toBeUndefined()
  // Served over plain HTTP here: no HSTS, which would lock browsers out of http://localhost.
  expect(headers['strict-transport-security']).toBeUndefined()

  await signInAsRoot(page)
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Users \(\d+\)$/ })).toBeVisible()
  await page.getByRole('table').getByRole('link', { name: 'alice', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'alice' })).toBeVisible()
  await page.goto('/policies/IAMReadOnlyAccess?arn=arn:aws:iam::aws:policy/IAMReadOnlyAccess')
  await expect(page.getByRole('heading', { name: 'IAMReadOnlyAccess' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Policies', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Policies/ })).toBeVisible()
  expect(violations).toEqual([])
})

test('[SECURITY]: carol sets up an authenticator app (QR code and all) with no CSP violation', async ({ page }) => {
  await removeMfaDevicesOf('carol', ['carol-csp-phone'])
  await putUserInlinePolicy('carol', 'ManageOwnCredentials', MANAGE_OWN_CREDENTIALS_POLICY)
  const violations = await collectCspViolations(page)
  await signedInAsIamUser(page, 'carol')
  await assignAuthenticatorApp(page, 'carol-csp-phone')
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'carol-csp-phone' })).toContainText('Virtual')
  expect(violations).toEqual([])
})

test('[SECURITY]: carol claims an office address with X-Forwarded-For; the console records the address she connects from', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '10.1.1.1', 'X-Forwarded-Proto': 'https' })
  await signInAsIamUser(page, 'carol')
  await expectConsoleShell(page, 'carol @ sandbox')
  const session = await e2eDatabase().consoleSession.findFirstOrThrow({
    where: { accountId: await sandboxAccountId(), user: { nameKey: 'carol' }, revokedAt: null },
    orderBy: { createdAt: 'desc' },
  })
  expect(session.sourceIp).toBe('127.0.0.1')
  const login = await e2eDatabase().auditEvent.findFirstOrThrow({ where: { eventName: 'ConsoleLogin' }, orderBy: { eventTime: 'desc' } })
  expect(login.sourceIPAddress).toBe('127.0.0.1')
})
