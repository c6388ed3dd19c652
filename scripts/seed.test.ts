import { describe, expect, it } from 'vitest'
import { formatSeedReport, type SeedResult } from './seed'

const created: SeedResult = {
  createdAccount: true,
  accountId: '123456789012',
  alias: 'sandbox',
  awsManagedPolicies: { added: 1452, updated: 0, total: 1452 },
  credentials: {
    rootEmail: 'root@sandbox.example',
    rootPassword: 'Root-generated-1',
    users: [
      { userName: 'alice', groupName: 'Admins', password: 'Alice-generated-2' },
      { userName: 'bob', groupName: 'Developers', password: null },
    ],
  },
}

describe('formatSeedReport', () => {
  it('on first start shows the account, both sign-in URLs and the generated passwords', () => {
    const report = formatSeedReport(created, 'http://localhost:3055')
    for (const text of [
      'Account ID:   123456789012',
      'Account alias: sandbox',
      'root@sandbox.example    password: Root-generated-1',
      'sign in at http://localhost:3055/signin\n',
      'sign in at http://localhost:3055/signin?account=sandbox',
      'alice  (Admins    )  password: Alice-generated-2',
    ]) {
      expect(report).toContain(text)
    }
  })

  it('does not repeat a password chosen through SEED_USER_PASSWORD', () => {
    expect(formatSeedReport(created, 'http://localhost:3000')).toContain('bob    (Developers)  password: (SEED_USER_PASSWORD)')
  })

  it('on later starts shows no password at all', () => {
    const { credentials: _, ...later } = { ...created, createdAccount: false, awsManagedPolicies: { added: 0, updated: 0, total: 1452 } }
    const report = formatSeedReport(later, 'http://localhost:3000')
    expect(report).toBe('Account 123456789012 (sandbox): already seeded. AWS managed policies: 1452, up to date.')
  })
})
