export * from './summarize-policy'
export * from './allowed-services'
