import type { LoginFormMessages } from '../../components/login-form-messages.js'

/** `LoginForm` in German (formal "Sie"). */
export const loginFormMessages: LoginFormMessages = {
  emailLabel: 'E-Mail-Adresse',
  passwordLabel: 'Passwort',
  showPassword: 'Passwort anzeigen',
  submit: 'Anmelden',
  pending: 'Anmeldung läuft…',
  forgotPassword: 'Passwort vergessen?',
  emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
  passwordRejected: 'Dieses Passwort wurde nicht akzeptiert.',
  invalidCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
  throttled: 'Zu viele Anmeldeversuche. Bitte versuchen Sie es später erneut.',
  accountNotConfirmed:
    'Dieses Konto ist noch nicht bestätigt. Öffnen Sie den Link in der Bestätigungs-E-Mail und melden Sie sich dann an.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server: 'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Die Anmeldung ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  validation: 'Bitte prüfen Sie die markierten Felder.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  resendConfirmation: 'Bestätigungs-E-Mail erneut senden',
  resendPending: 'Eine neue Bestätigungs-E-Mail wird gesendet…',
  resendSent:
    'Wir haben Ihnen eine neue Bestätigungs-E-Mail gesendet. Öffnen Sie den Link darin und melden Sie sich dann an.',
  resendFailed:
    'Die Bestätigungs-E-Mail konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.',
}
