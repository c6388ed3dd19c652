// A PasswordPolicyViolation, one unmet rule per line: the API joins the rules with "; "
// (lib/credentials/password-policy.ts passwordPolicyViolationMessage), the console lists them.
export function PasswordRuleList({ message }: { message: string }) {
  const rules = message.split('; ').filter(Boolean)
  return (
    <div role="alert" aria-label="Password requirements not met" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-bold">The password does not meet the account password policy:</p>
      <ul className="mt-1 list-disc pl-5">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </div>
  )
}
