// The visual policy editor's pure part, loaded on demand by the editor in the browser
// (it carries the Service Authorization Reference's index).
export type * from './visual-model'
export { emptyVisualStatement } from './visual-model'
export { documentToVisual } from './document-to-visual'
export { visualToDocument } from './visual-to-document'
export { arnFormatPieces, arnParts, arnPartLabel, buildArn } from './arn-builder'
export type { ArnFormatPiece } from './arn-builder'
export { actionsByAccessLevel, conditionKeyPlaceholder, conditionKeysForActions, fillConditionKey, operatorsForKeyType, resourceTypesForActions, resourceTypesOfPolicyArn, visualServiceName, visualServices } from './visual-catalogue'
export type { VisualActionGroup, VisualConditionKey, VisualResourceType, VisualService } from './visual-catalogue'
