// DeleteVirtualMFADevice: only an unassigned device can go; an assigned one must be
// deactivated first (AWS answers DeleteConflict).
import { z } from 'zod'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { noSuchVirtualMfaDevice, ZSerialNumber } from './mfa-devices'

export const ZDeleteVirtualMFADeviceInput = z.object({ SerialNumber: ZSerialNumber })

export const deleteVirtualMFADevice = defineIamOperation({
  name: 'DeleteVirtualMFADevice',
  readOnly: false,
  input: ZDeleteVirtualMFADeviceInput,
  // A virtual device's serial number is its ARN (arn:aws:iam::ACCOUNT:mfa/NAME).
  resource: (_db, input) => input.SerialNumber,
  async run(tx, input, caller): Promise<Record<string, never>> {
    const device = await tx.mfaDevice.findFirst({ where: { accountId: caller.accountId, serialNumber: input.SerialNumber, type: 'virtual' } })
    if (!device) throw noSuchVirtualMfaDevice(input.SerialNumber)
    if (device.enabled) {
      throw new IamError('DeleteConflict', 'MFA device is still in use; deactivate it before deleting it.', { field: 'SerialNumber' })
    }
    await tx.mfaDevice.delete({ where: { id: device.id } })
    return {}
  },
})
