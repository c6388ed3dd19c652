// Whether a user can sign in to the console, as the user's summary and Security credentials tab show it.
export type ConsoleAccess = { state: 'enabled'; createDate: string; passwordResetRequired: boolean } | { state: 'disabled' }
