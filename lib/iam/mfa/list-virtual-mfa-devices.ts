// ListVirtualMFADevices: the account's virtual devices by assignment status (default
// Any), each assigned one with the principal it is assigned to.
import { z } from 'zod'
import { page, type ListResult } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems } from '../schemas'
import { rootArn } from '../arn'

export const ZListVirtualMFADevicesInput = z.object({
  AssignmentStatus: z.enum(['Assigned', 'Unassigned', 'Any'], { error: 'Member must satisfy enum value set: [Assigned, Unassigned, Any]' }).optional(),
  Marker: ZMarker.optional(),
  MaxItems: ZMaxItems.optional(),
})

export interface VirtualMfaDeviceDto {
  SerialNumber: string
  /** The assigned principal; for the root user, its ARN and the account id. */
  User?: { UserName?: string; UserId: string; Arn: string; Path?: string; CreateDate?: string }
  EnableDate?: string
}

export const listVirtualMFADevices = defineIamOperation({
  name: 'ListVirtualMFADevices',
  readOnly: true,
  input: ZListVirtualMFADevicesInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<{ VirtualMFADevices: VirtualMfaDeviceDto[] } & ListResult> {
    const status = input.AssignmentStatus ?? 'Any'
    const rows = await tx.mfaDevice.findMany({
      where: { accountId: caller.accountId, type: 'virtual', ...(status === 'Any' ? {} : { enabled: status === 'Assigned' }) },
      include: { user: true },
      orderBy: [{ serialNumber: 'asc' }],
    })
    const { items, ...rest } = page(rows, input.Marker, input.MaxItems)
    return {
      VirtualMFADevices: items.map((d) => ({
        SerialNumber: d.serialNumber,
        ...(d.enabled
          ? {
              User: d.user
                ? { UserName: d.user.name, UserId: d.user.id, Arn: d.user.arn, Path: d.user.path, CreateDate: d.user.createdAt.toISOString() }
                : { UserId: caller.accountId, Arn: rootArn(caller.accountId) },
              EnableDate: (d.enabledAt ?? d.createdAt).toISOString(),
            }
          : {}),
      })),
      ...rest,
    }
  },
})
