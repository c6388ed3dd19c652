// The event of an STS call, as CloudTrail records it (eventSource sts.amazonaws.com).
import type { AuditEntry } from '../audit'
import type { Caller } from '../caller'

export const stsEvent = (eventName: string, caller: Caller, input: unknown, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  caller, eventName, readOnly: true, requestParameters: input, eventSource: 'sts.amazonaws.com', ...extra,
})
