import type { NewPasswordMessages } from '../../components/new-password-messages.js'

/** The new-password field's strings in French, shared by the forms that have one. */
export const newPasswordMessages: NewPasswordMessages = {
  newPasswordLabel: 'Mot de passe',
  showPassword: 'Afficher le mot de passe',
  passwordRuleLength: 'Utilisez entre {min} et {max} caractères.',
  passwordRuleMinLength: 'Utilisez au moins {min} caractères.',
  passwordRuleClasses:
    'Combinez au moins {count} types parmi : minuscules, majuscules, chiffres, symboles.',
  newPasswordRequired: 'Choisissez un mot de passe.',
  passwordTooShort: 'Utilisez au moins {min} caractères.',
  passwordTooLong: 'Utilisez au plus {max} caractères.',
  passwordEdgeWhitespace: 'Le mot de passe ne peut ni commencer ni se terminer par un espace.',
  passwordCharacterClasses:
    'Combinez au moins {count} types parmi : minuscules, majuscules, chiffres, symboles.',
  newPasswordRejected: "Ce mot de passe n'a pas été accepté. Choisissez-en un autre.",
}
