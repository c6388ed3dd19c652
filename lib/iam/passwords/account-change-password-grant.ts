// AllowUsersToChangePassword is a grant, not a check: "Gives IAM users permissions to
// iam:ChangePassword for only their user and to the iam:GetAccountPasswordPolicy
// action. This option does not attach a permissions policy to each user, rather the
// permissions are applied at the account-level for all users by IAM." (API reference,
// PasswordPolicy). When the flag is on, the gate's policy loader adds this document to
// every IAM user's identity-based policies; with it off, a user needs a policy such as
// IAMUserChangePassword, whose statements these are.
export const ACCOUNT_CHANGE_PASSWORD_GRANT_NAME = 'AccountPasswordPolicy:AllowUsersToChangePassword'

export const ACCOUNT_CHANGE_PASSWORD_GRANT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'] },
    { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
  ],
})
