// IAM Access Analyzer's ValidatePolicy, as a pure function over policy text.
import type { Finding, PolicyType } from '../types.ts'

export interface ValidatePolicyOptions {
  /** characters without white space; default per policy type (identity managed 6144, trust 2048, SCP 5120, ...) */
  maxLength?: number
}

export function validatePolicy(text: string, policyType: PolicyType, options?: ValidatePolicyOptions): Finding[] {
  void text; void policyType; void options
  throw new Error('validatePolicy: not implemented yet')
}

/** True when any finding is an ERROR: AWS rejects such a policy. */
export function hasBlockingFindings(findings: Finding[]): boolean {
  return findings.some((f) => f.findingType === 'ERROR')
}
