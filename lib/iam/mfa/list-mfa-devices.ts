// ListMFADevices: the enabled devices of a user (UserName omitted: the caller's own,
// which is how the root user lists its devices), virtual devices and security keys.
import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems, ZUserName } from '../schemas'
import { mfaOwnerArn, ownedDevicesWhere, requireMfaOwner } from './mfa-devices'

export const ZListMFADevicesInput = z.object({ UserName: ZUserName.optional(), Marker: ZMarker.optional(), MaxItems: ZMaxItems.optional() })

export interface MfaDeviceDto {
  /** Absent for the root user's devices. */
  UserName?: string
  SerialNumber: string
  EnableDate: string
}

export const listMFADevices = defineIamOperation({
  name: 'ListMFADevices',
  readOnly: true,
  input: ZListMFADevicesInput,
  resource: (db, input, caller) => mfaOwnerArn(db, caller, input.UserName),
  async run(tx, input, caller): Promise<{ MFADevices: MfaDeviceDto[] } & ListResult> {
    const owner = await requireMfaOwner(tx, caller, input.UserName)
    const rows = await tx.mfaDevice.findMany({ where: ownedDevicesWhere(owner), orderBy: [{ enabledAt: 'asc' }, { id: 'asc' }] })
    const { items, ...rest } = page(rows, input.Marker, input.MaxItems)
    return {
      MFADevices: items.map((d) => ({
        ...(owner.userName !== null ? { UserName: owner.userName } : {}),
        SerialNumber: d.serialNumber,
        EnableDate: (d.enabledAt ?? d.createdAt).toISOString(),
      })),
      ...rest,
    }
  },
})
