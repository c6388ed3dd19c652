import { entityArn } from '../entities'

export const customerPolicyArn = (accountId: string, path: string, name: string) => entityArn(accountId, 'policy', path, name)

/** v1, v2, ... the next one after the highest ever used by this policy's current versions. */
export function nextVersionId(existing: string[]): string {
  const max = existing.reduce((m, v) => Math.max(m, Number.parseInt(v.slice(1), 10) || 0), 0)
  return `v${max + 1}`
}
