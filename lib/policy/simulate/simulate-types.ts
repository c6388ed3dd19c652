// IAM SimulateCustomPolicy's request and response, field for field as in the IAM API
// Reference (API_SimulateCustomPolicy.html, API_EvaluationResult.html,
// API_ResourceSpecificResult.html, API_Statement.html, API_ContextEntry.html).

import type { ContextKeyType, Decision } from '../types'

export interface SimulateCustomPolicyRequest {
  PolicyInputList: string[]
  PermissionsBoundaryPolicyInputList?: string[]
  ActionNames: string[]
  ResourceArns?: string[]
  ResourcePolicy?: string
  ResourceOwner?: string
  CallerArn?: string
  ContextEntries?: ContextEntry[]
  ResourceHandlingOption?: string
  MaxItems?: number
  Marker?: string
}

export interface ContextEntry {
  ContextKeyName: string
  ContextKeyValues: string[]
  ContextKeyType: ContextKeyType
}

export interface Position {
  Line: number
  Column: number
}

export interface SimulatedStatement {
  SourcePolicyId: string
  SourcePolicyType: string
  StartPosition: Position
  EndPosition: Position
}

export interface ResourceSpecificResult {
  EvalResourceName: string
  EvalResourceDecision: Decision
  MatchedStatements: SimulatedStatement[]
  MissingContextValues: string[]
  EvalDecisionDetails?: Record<string, Decision>
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean }
}

export interface EvaluationResultShape {
  EvalActionName: string
  EvalResourceName?: string
  EvalDecision: Decision
  MatchedStatements: SimulatedStatement[]
  MissingContextValues: string[]
  EvalDecisionDetails?: Record<string, Decision>
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean }
  ResourceSpecificResults?: ResourceSpecificResult[]
}

export interface SimulateCustomPolicyResponse {
  EvaluationResults: EvaluationResultShape[]
  IsTruncated: boolean
  Marker?: string
}

export interface SimulateErrorResponse {
  Error: { Type: 'Sender'; Code: 'MalformedPolicyDocument' | 'InvalidInput'; Message: string }
}
