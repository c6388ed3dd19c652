// A principal's MFA devices and access keys as the credential panels show them
// (app/(console)/security-credentials/load-credentials.ts reads them).
export interface MfaDeviceRow {
  serialNumber: string
  name: string
  type: 'virtual' | 'security-key'
  enableDate: string
}

export interface AccessKeyRow {
  accessKeyId: string
  status: 'Active' | 'Inactive'
  createDate: string
  lastUsedDate: string | null
  lastUsedService: string | null
  lastUsedRegion: string | null
}
