import { describe, expect, it } from 'vitest'
import {
  checkNewPassword,
  newPasswordProblemMessage,
  passwordRulesHint,
} from './new-password-check.js'
import { defaultNewPasswordMessages as messages } from './new-password-messages.js'

const shopify = { minLength: 5, maxLength: 40, refusesEdgeWhitespace: true }
const magento = { minLength: 10, requiredCharacterClasses: 4, refusesEdgeWhitespace: true }

describe('the new-password field texts', () => {
  it('states the backend’s rules with its numbers before anything is typed', () => {
    expect(passwordRulesHint(shopify, messages)).toBe('Use 5 to 40 characters.')
    expect(passwordRulesHint(magento, messages)).toBe(
      'Use at least 10 characters. Mix at least 4 of: lower-case letters, upper-case letters, digits, symbols.',
    )
    expect(passwordRulesHint(null, messages)).toBe('')
  })

  it('explains a broken rule with the rule’s own number', () => {
    expect(checkNewPassword('', shopify)).toBe('newPasswordRequired')
    expect(newPasswordProblemMessage('tooShort', magento, messages)).toBe(
      'Use at least 10 characters.',
    )
    expect(checkNewPassword('x'.repeat(41), shopify)).toBe('tooLong')
    expect(newPasswordProblemMessage('tooLong', shopify, messages)).toBe(
      'Use at most 40 characters.',
    )
  })

  it('checks only that a password was given when the backend states no rules', () => {
    expect(checkNewPassword('a', null)).toBeNull()
  })
})
