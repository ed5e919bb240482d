import type { NewPasswordMessages } from '../../components/new-password-messages.js'

/** The new-password field's strings in Spanish, shared by the forms that have one. */
export const newPasswordMessages: NewPasswordMessages = {
  newPasswordLabel: 'Contraseña',
  showPassword: 'Mostrar contraseña',
  passwordRuleLength: 'Use entre {min} y {max} caracteres.',
  passwordRuleMinLength: 'Use al menos {min} caracteres.',
  passwordRuleClasses:
    'Combine al menos {count} de estos tipos: minúsculas, mayúsculas, números, símbolos.',
  newPasswordRequired: 'Elija una contraseña.',
  passwordTooShort: 'Use al menos {min} caracteres.',
  passwordTooLong: 'Use como máximo {max} caracteres.',
  passwordEdgeWhitespace: 'La contraseña no puede empezar ni terminar con un espacio.',
  passwordCharacterClasses:
    'Combine al menos {count} de estos tipos: minúsculas, mayúsculas, números, símbolos.',
  newPasswordRejected: 'No se aceptó esta contraseña. Elija otra.',
}
