// Integers and decimals, optionally signed, with an optional exponent. Stricter than Number():
// no hex, no blanks, no "Infinity", no empty string, so a value that is not a number never
// matches by accident ("" would be 0 to Number()).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * The numeric value of a condition value, or undefined when it is not a number. AWS: numeric
 * operators compare "a key to an integer or decimal value".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
export function parseNumber(value: string): number | undefined {
  if (!NUMBER.test(value)) return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}
