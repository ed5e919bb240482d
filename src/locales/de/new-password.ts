import type { NewPasswordMessages } from '../../components/new-password-messages.js'

/** The new-password field's strings in German, shared by the forms that have one. */
export const newPasswordMessages: NewPasswordMessages = {
  newPasswordLabel: 'Passwort',
  showPassword: 'Passwort anzeigen',
  passwordRuleLength: 'Verwenden Sie {min} bis {max} Zeichen.',
  passwordRuleMinLength: 'Verwenden Sie mindestens {min} Zeichen.',
  passwordRuleClasses:
    'Kombinieren Sie mindestens {count} davon: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.',
  newPasswordRequired: 'Bitte wählen Sie ein Passwort.',
  passwordTooShort: 'Verwenden Sie mindestens {min} Zeichen.',
  passwordTooLong: 'Verwenden Sie höchstens {max} Zeichen.',
  passwordEdgeWhitespace: 'Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.',
  passwordCharacterClasses:
    'Kombinieren Sie mindestens {count} davon: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.',
  newPasswordRejected: 'Dieses Passwort wurde nicht akzeptiert. Bitte wählen Sie ein anderes.',
}
