/**
 * Null checks presence, not value: "true" means the key must be absent, "false" that it must be
 * present; several values are OR'ed. A key whose value list is empty counts as absent, because
 * AWS recommends `Null: false` precisely to stop "a missing context key or a context key with an
 * empty value" from satisfying ForAllValues:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 * A value other than true/false (case-insensitively) never matches.
 */
export function compileNullTest(policyValues: readonly string[]): (requestValues: string[] | undefined) => boolean {
  let acceptsAbsent = false
  let acceptsPresent = false
  for (const value of policyValues) {
    const lower = value.toLowerCase()
    if (lower === 'true') acceptsAbsent = true
    else if (lower === 'false') acceptsPresent = true
  }
  if (acceptsAbsent && acceptsPresent) return () => true
  if (acceptsAbsent) return (requestValues) => requestValues === undefined || requestValues.length === 0
  if (acceptsPresent) return (requestValues) => requestValues !== undefined && requestValues.length > 0
  return () => false
}
