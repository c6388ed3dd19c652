// What the credential panels show, read through lib/iam (each read is gated, and a
// denied one shows AWS's error in the panel): a principal's MFA devices and access keys.
// userName undefined = the signed-in principal itself (My security credentials).
import { getAccessKeyLastUsed, listAccessKeys, listMFADevices } from '@/lib/iam'
import { parseIamArn } from '@/lib/iam/arn'
import type { Caller } from '@/lib/iam/caller'
import { readUnderGate, type ReadResult } from '@/lib/actions/read-under-gate'
import type { AccessKeyRow, MfaDeviceRow } from '@/components/credentials/credential-rows'

/** arn:aws:iam::ACCOUNT:mfa/NAME (virtual) or arn:aws:iam::ACCOUNT:u2f/user/NAME/DEVICE-SUFFIX (security key). */
export function mfaDeviceRowOf(serialNumber: string, enableDate: string): MfaDeviceRow {
  const parsed = parseIamArn(serialNumber)
  const securityKey = parsed?.resourceType === 'u2f'
  const last = parsed?.name ?? serialNumber
  return { serialNumber, enableDate, type: securityKey ? 'security-key' : 'virtual', name: securityKey ? last.replace(/-[A-Z2-7]{26}$/, '') : last }
}

const target = (userName: string | undefined) => (userName ? { UserName: userName } : {})

export function loadMfaDevices(caller: Caller, userName?: string): Promise<ReadResult<MfaDeviceRow[]>> {
  return readUnderGate(async () => {
    const { MFADevices } = await listMFADevices(caller, { ...target(userName), MaxItems: 1000 })
    return MFADevices.map((d) => mfaDeviceRowOf(d.SerialNumber, d.EnableDate))
  })
}

export function loadAccessKeys(caller: Caller, userName?: string): Promise<ReadResult<AccessKeyRow[]>> {
  return readUnderGate(async () => {
    const { AccessKeyMetadata } = await listAccessKeys(caller, { ...target(userName), MaxItems: 1000 })
    return Promise.all(
      AccessKeyMetadata.map(async (key) => {
        // Last used is a read of its own (GetAccessKeyLastUsed); denied, the column shows "-".
        const used = await readUnderGate(() => getAccessKeyLastUsed(caller, { AccessKeyId: key.AccessKeyId }))
        const last = used.ok ? used.value.AccessKeyLastUsed : null
        return {
          accessKeyId: key.AccessKeyId,
          status: key.Status,
          createDate: key.CreateDate,
          lastUsedDate: last?.LastUsedDate ?? null,
          lastUsedService: last && last.ServiceName !== 'N/A' ? last.ServiceName : null,
          lastUsedRegion: last && last.Region !== 'N/A' ? last.Region : null,
        }
      }),
    )
  })
}
