// The engine's one facade: callers (lib/iam's gate, the simulator, the benchmark)
// import from here, never from the stage modules.
export type * from './types'
export { parseJsonWithPositions } from './parse/json-with-positions'
export type { JsonNode, JsonObjectEntry, JsonParseResult } from './parse/json-with-positions'
export { parsePolicy, positionOfPath } from './parse/parse-policy'
export type { ParsedPolicy, PathLocation } from './parse/parse-policy'
export { evaluate } from './evaluate/evaluate-compiled'
export type { EvaluateOptions } from './evaluate/evaluate-compiled'
export { evaluateNaive } from './evaluate/evaluate-naive'
export { invalidateCompiledPolicies, clearCompiledPolicyCache } from './compile/policy-cache'
export { parseConditionOperator, CONDITION_OPERATOR_NAMES } from './conditions/index'
