// The visual policy editor's model of a permissions policy: one block per statement, each
// naming one service, its actions, its resources ("*" for All resources) and its request
// conditions, as the IAM console's visual editor shows them. A document is converted to
// this model only when nothing of it would be lost (document-to-visual.ts); the model is
// written back as JSON (visual-to-document.ts).
import type { Effect } from '../types'

export interface VisualCondition {
  /** As written, e.g. "IpAddress" or "ForAnyValue:StringLike". */
  operator: string
  key: string
  values: string[]
}

export interface VisualStatement {
  sid?: string
  effect: Effect
  /** The service prefix the actions are written with ("s3"); "" before a service is chosen. */
  service: string
  /** Action names after the prefix, as written; ["*"] stands for all the service's actions. */
  actions: string[]
  /** "*" = All resources; otherwise the ARNs, as written. */
  resources: '*' | string[]
  conditions: VisualCondition[]
}

export interface VisualPolicy {
  version?: string
  id?: string
  statements: VisualStatement[]
}

export type ToVisualResult = { ok: true; policy: VisualPolicy } | { ok: false; reason: string }

/** A new block of "Add more permissions": nothing chosen yet. */
export function emptyVisualStatement(effect: Effect = 'Allow'): VisualStatement {
  return { effect, service: '', actions: [], resources: [], conditions: [] }
}
