// The trusted entity types of the console's Create role wizard, and the trust policy the
// console builds for each choice (IAM User Guide, "Create a role to delegate permissions
// to an AWS service", "... to an IAM user", "... for web identity or OpenID Connect
// federation", "... for SAML 2.0 federation", "Create a role using custom trust policies").
import { accountOfArn, rootArn, samlProviderArn } from '@/lib/iam/arn'

export type TrustedEntityType = 'service' | 'account' | 'webIdentity' | 'saml' | 'custom'

export const TRUSTED_ENTITY_TYPES: { id: TrustedEntityType; label: string; description: string }[] = [
  { id: 'service', label: 'AWS service', description: 'Allow AWS services like EC2, Lambda, or others to perform actions in this account.' },
  { id: 'account', label: 'AWS account', description: 'Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.' },
  { id: 'webIdentity', label: 'Web identity', description: 'Allows users federated by the specified external web identity provider to assume this role to perform actions in this account.' },
  { id: 'saml', label: 'SAML 2.0 federation', description: 'Allow users federated with SAML 2.0 from a corporate directory to perform actions in this account.' },
  { id: 'custom', label: 'Custom trust policy', description: 'Create a custom trust policy to enable others to perform actions in this account.' },
]

export interface ServiceUseCase {
  label: string
  description: string
  principal: string
}

/** Common services and their use cases, with the service principal each use case trusts. */
export const SERVICES: { name: string; useCases: ServiceUseCase[] }[] = [
  { name: 'EC2', useCases: [{ label: 'EC2', description: 'Allows EC2 instances to call AWS services on your behalf.', principal: 'ec2.amazonaws.com' }] },
  { name: 'Lambda', useCases: [{ label: 'Lambda', description: 'Allows Lambda functions to call AWS services on your behalf.', principal: 'lambda.amazonaws.com' }] },
  {
    name: 'Elastic Container Service',
    useCases: [
      { label: 'Elastic Container Service Task', description: 'Allows ECS tasks to call AWS services on your behalf.', principal: 'ecs-tasks.amazonaws.com' },
      { label: 'Elastic Container Service', description: 'Allows ECS to create and manage AWS resources on your behalf.', principal: 'ecs.amazonaws.com' },
    ],
  },
  { name: 'API Gateway', useCases: [{ label: 'API Gateway', description: 'Allows API Gateway to push logs to CloudWatch Logs.', principal: 'apigateway.amazonaws.com' }] },
  { name: 'CloudFormation', useCases: [{ label: 'CloudFormation', description: 'Allows CloudFormation to create and manage AWS stacks and resources on your behalf.', principal: 'cloudformation.amazonaws.com' }] },
  { name: 'CodeBuild', useCases: [{ label: 'CodeBuild', description: 'Allows CodeBuild to call AWS services on your behalf.', principal: 'codebuild.amazonaws.com' }] },
  { name: 'Glue', useCases: [{ label: 'Glue', description: 'Allows Glue to call AWS services on your behalf.', principal: 'glue.amazonaws.com' }] },
  { name: 'SageMaker', useCases: [{ label: 'SageMaker - Execution', description: 'Allows SageMaker notebook instances, training jobs, and models to access S3, ECR, and CloudWatch on your behalf.', principal: 'sagemaker.amazonaws.com' }] },
  { name: 'Step Functions', useCases: [{ label: 'Step Functions', description: 'Allows Step Functions to access AWS resources on your behalf.', principal: 'states.amazonaws.com' }] },
  { name: 'EventBridge', useCases: [{ label: 'EventBridge', description: 'Allows EventBridge to call AWS services on your behalf.', principal: 'events.amazonaws.com' }] },
]

export const WEB_IDENTITY_PROVIDERS = [
  { id: 'cognito', label: 'Amazon Cognito', federated: 'cognito-identity.amazonaws.com', audienceKey: 'cognito-identity.amazonaws.com:aud', audienceLabel: 'Identity pool ID' },
  { id: 'amazon', label: 'Login with Amazon', federated: 'www.amazon.com', audienceKey: 'www.amazon.com:app_id', audienceLabel: 'Application ID' },
  { id: 'facebook', label: 'Facebook', federated: 'graph.facebook.com', audienceKey: 'graph.facebook.com:app_id', audienceLabel: 'Application ID' },
  { id: 'google', label: 'Google', federated: 'accounts.google.com', audienceKey: 'accounts.google.com:aud', audienceLabel: 'Audience' },
] as const

export const SAML_ATTRIBUTES = ['SAML:aud', 'SAML:iss', 'SAML:sub', 'SAML:sub_type', 'SAML:namequalifier'] as const

/** The sign-in endpoint a console-capable SAML role must be the audience of. */
export const SAML_SIGNIN_AUDIENCE = 'https://signin.aws.amazon.com/saml'

/** The console's starting point for "Custom trust policy": a statement with an empty Principal to fill in. */
export const CUSTOM_TRUST_POLICY_TEMPLATE = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Principal": {},
            "Action": "sts:AssumeRole"
        }
    ]
}`

export interface TrustedEntityChoice {
  type: TrustedEntityType
  service: { useCasePrincipal: string }
  account: { which: 'this' | 'another'; otherAccountId: string; requireExternalId: boolean; externalId: string; requireMfa: boolean }
  webIdentity: { provider: (typeof WEB_IDENTITY_PROVIDERS)[number]['id']; audience: string }
  saml: { provider: string; access: 'programmatic' | 'console'; attribute: (typeof SAML_ATTRIBUTES)[number]; value: string }
  custom: { document: string }
}

export const initialTrustedEntityChoice = (): TrustedEntityChoice => ({
  type: 'service',
  service: { useCasePrincipal: 'ec2.amazonaws.com' },
  account: { which: 'this', otherAccountId: '', requireExternalId: false, externalId: '', requireMfa: false },
  webIdentity: { provider: 'cognito', audience: '' },
  saml: { provider: '', access: 'console', attribute: 'SAML:aud', value: '' },
  custom: { document: CUSTOM_TRUST_POLICY_TEMPLATE },
})

const json = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4)

/** The trust policy document for the choice, as the console builds it; accountId is the caller's. */
export function buildTrustPolicy(choice: TrustedEntityChoice, accountId: string): string {
  switch (choice.type) {
    case 'service':
      return json({ Effect: 'Allow', Principal: { Service: [choice.service.useCasePrincipal] }, Action: ['sts:AssumeRole'] })
    case 'account': {
      const a = choice.account
      const trusted = a.which === 'this' ? accountId : a.otherAccountId.trim()
      const condition: Record<string, Record<string, string>> = {}
      if (a.requireExternalId) condition.StringEquals = { 'sts:ExternalId': a.externalId }
      if (a.requireMfa) condition.Bool = { 'aws:MultiFactorAuthPresent': 'true' }
      return json({
        Effect: 'Allow',
        Principal: { AWS: rootArn(trusted) },
        Action: 'sts:AssumeRole',
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
      })
    }
    case 'webIdentity': {
      const p = WEB_IDENTITY_PROVIDERS.find((x) => x.id === choice.webIdentity.provider)!
      return json({
        Effect: 'Allow',
        Principal: { Federated: p.federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [p.audienceKey]: choice.webIdentity.audience } },
      })
    }
    case 'saml': {
      const s = choice.saml
      const provider = s.provider.trim()
      const arn = provider.startsWith('arn:') ? provider : samlProviderArn(accountId, provider)
      // Console access means the AWS sign-in endpoint is the SAML audience; programmatic
      // access only may instead pin one SAML attribute the provider asserts.
      const condition = s.access === 'console'
        ? { StringEquals: { 'SAML:aud': SAML_SIGNIN_AUDIENCE } }
        : s.value.trim()
          ? { StringEquals: { [s.attribute]: s.value.trim() } }
          : null
      return json({ Effect: 'Allow', Principal: { Federated: arn }, Action: 'sts:AssumeRoleWithSAML', ...(condition ? { Condition: condition } : {}) })
    }
    case 'custom':
      return choice.custom.document
  }
}

/** "AWS Service: ec2", "Account: 123456789012", "Identity Provider: ..." for the roles list. */
export function describeTrustedEntities(document: string): string {
  try {
    const parsed = JSON.parse(document) as { Statement?: unknown }
    const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement]
    const out: string[] = []
    for (const s of statements as { Principal?: unknown }[]) {
      const principal = s?.Principal
      if (principal === '*') out.push('Anyone')
      if (!principal || typeof principal !== 'object') continue
      for (const [kind, raw] of Object.entries(principal as Record<string, unknown>)) {
        for (const value of Array.isArray(raw) ? raw : [raw]) {
          if (typeof value !== 'string') continue
          if (kind === 'Service') out.push(`AWS Service: ${value.replace(/\.amazonaws\.com$/, '')}`)
          else if (kind === 'AWS') out.push(/^\d{12}$/.test(value) ? `Account: ${value}` : /:root$/.test(value) ? `Account: ${accountOfArn(value)}` : value)
          else if (kind === 'Federated') out.push(`Identity Provider: ${value}`)
          else out.push(value)
        }
      }
    }
    return [...new Set(out)].join(', ') || '-'
  } catch {
    return '-'
  }
}
