/** 123456789012 -> 1234-5678-9012, as the AWS console shows account IDs. */
export function formatAccountId(accountId: string): string {
  return /^\d{12}$/.test(accountId) ? accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3') : accountId
}
