// A policy's detail URL is /policies/NAME?arn=ARN: the name for people, the ARN for the
// lookup, since an AWS managed and a customer managed policy can share a name and paths
// make names ambiguous. Without ?arn, NAME means the account's own policy at path /.
import { policyArn } from '@/lib/iam/arn'

export function resolvePolicyArn(name: string, arnParam: string | string[] | undefined, accountId: string): string {
  const arn = Array.isArray(arnParam) ? arnParam[0] : arnParam
  return arn?.startsWith('arn:aws:iam::') ? arn : policyArn(accountId, '/', name)
}
