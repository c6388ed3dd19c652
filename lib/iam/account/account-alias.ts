// The AccountAlias parameter of CreateAccountAlias and DeleteAccountAlias (IAM API
// Reference, accountAliasType): 3 to 63 lower-case letters, digits and hyphens, neither
// starting nor ending with a hyphen, never two in a row. The pattern is AWS's own.
import { awsString } from '../schemas'

export const ACCOUNT_ALIAS_PATTERN_TEXT = '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$'

export const ACCOUNT_ALIAS_PATTERN = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/

export const ZAccountAlias = awsString({ min: 3, max: 63, pattern: ACCOUNT_ALIAS_PATTERN, patternText: ACCOUNT_ALIAS_PATTERN_TEXT })
