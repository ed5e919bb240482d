import {
  passwordRuleProblem,
  type PasswordRuleProblem,
  type PasswordRules,
} from '../core/password-rules.js'
import { formatMessage } from './format-message.js'
import type { NewPasswordMessages } from './new-password-messages.js'

/** Why a new password cannot be sent: empty, or a backend rule it breaks. */
export type NewPasswordProblem = 'newPasswordRequired' | PasswordRuleProblem

/** Checks a new password before any request; `rules` `null` checks only that one was given. */
export function checkNewPassword(
  password: string,
  rules: PasswordRules | null,
): NewPasswordProblem | null {
  if (password === '') return 'newPasswordRequired'
  return rules ? passwordRuleProblem(password, rules) : null
}

const problemMessage = {
  newPasswordRequired: 'newPasswordRequired',
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  edgeWhitespace: 'passwordEdgeWhitespace',
  characterClasses: 'passwordCharacterClasses',
} as const satisfies Record<NewPasswordProblem, keyof NewPasswordMessages>

/** Whether a field problem is one of a new password's (narrows a form's own problem union). */
export function isNewPasswordProblem(problem: string | undefined): problem is NewPasswordProblem {
  return problem !== undefined && Object.hasOwn(problemMessage, problem)
}

const ruleValues = (rules: PasswordRules | null) => ({
  min: rules?.minLength ?? '',
  max: rules?.maxLength ?? '',
  count: rules?.requiredCharacterClasses ?? '',
})

/** The text of a new-password problem, with the rule's numbers filled in. */
export function newPasswordProblemMessage(
  problem: NewPasswordProblem,
  rules: PasswordRules | null,
  messages: NewPasswordMessages,
): string {
  return formatMessage(messages[problemMessage[problem]], ruleValues(rules))
}

/** The backend's rules as shown under the field before submit (`''` when it states none). */
export function passwordRulesHint(
  rules: PasswordRules | null,
  messages: NewPasswordMessages,
): string {
  if (!rules) return ''
  const length =
    rules.maxLength === undefined ? messages.passwordRuleMinLength : messages.passwordRuleLength
  const parts = [length]
  if (rules.requiredCharacterClasses !== undefined && rules.requiredCharacterClasses > 1)
    parts.push(messages.passwordRuleClasses)
  return parts.map((part) => formatMessage(part, ruleValues(rules))).join(' ')
}
