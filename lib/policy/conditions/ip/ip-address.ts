import { positiveOperator } from '../condition-operator'
import { compileIpComparison } from './compile-ip-comparison'

/** The request's address is in one of the policy's IPv4 or IPv6 CIDR blocks. */
export const ipAddress = positiveOperator('IpAddress', 'ip', compileIpComparison)
