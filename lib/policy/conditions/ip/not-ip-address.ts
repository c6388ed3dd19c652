import { negatedOperator } from '../condition-operator'
import { compileIpComparison } from './compile-ip-comparison'

/** The request's address is in none of the policy's CIDR blocks. */
export const notIpAddress = negatedOperator('NotIpAddress', 'ip', compileIpComparison)
