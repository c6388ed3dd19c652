import { describe, expect, it } from 'vitest'
import { constraintViolation, validationError } from './validation-error'

describe('validationError', () => {
  it.each([
    {
      name: 'one problem, with its value (a name that breaks the pattern)',
      problems: [constraintViolation('userName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+', 'a b')],
      message: "1 validation error detected: Value 'a b' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    },
    {
      name: 'a missing member',
      problems: [constraintViolation('actionNames', 'Member must not be null', null)],
      message: "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null",
    },
    {
      // Recorded from AWS (UpdateAccountPasswordPolicy): the values are left out, the problems joined by "; ".
      name: 'three problems without their values',
      problems: [
        constraintViolation('minimumPasswordLength', 'Member must have value less than or equal to 128'),
        constraintViolation('passwordReusePrevention', 'Member must have value less than or equal to 24'),
        constraintViolation('maxPasswordAge', 'Member must have value less than or equal to 1095'),
      ],
      message:
        "3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
    },
  ])('$name', ({ problems, message }) => {
    expect(validationError(problems)).toEqual({ code: 'ValidationError', message })
  })
})
