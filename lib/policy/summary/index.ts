export * from './summarize-policy'
