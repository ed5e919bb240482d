import { describe, expect, it } from 'vitest'
import { passwordRuleProblem, type PasswordRules } from './password-rules.js'

const shopify: PasswordRules = { minLength: 5, maxLength: 40, refusesEdgeWhitespace: true }
const magento: PasswordRules = {
  minLength: 8,
  maxLength: 256,
  requiredCharacterClasses: 3,
  refusesEdgeWhitespace: true,
}

describe('passwordRuleProblem', () => {
  it('takes a password within the length limits', () => {
    expect(passwordRuleProblem('hunter', shopify)).toBeNull()
    expect(passwordRuleProblem('x'.repeat(40), shopify)).toBeNull()
  })

  it('names the first rule broken: length, then white space, then character classes', () => {
    expect(passwordRuleProblem('abcd', shopify)).toBe('tooShort')
    expect(passwordRuleProblem('x'.repeat(41), shopify)).toBe('tooLong')
    expect(passwordRuleProblem(' hunter2 ', shopify)).toBe('edgeWhitespace')
    expect(passwordRuleProblem('alllowercase', magento)).toBe('characterClasses')
    expect(passwordRuleProblem('Lower1upper', magento)).toBeNull()
    expect(passwordRuleProblem('lower-case-1', magento)).toBeNull()
  })
})
