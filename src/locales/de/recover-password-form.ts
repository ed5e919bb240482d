import type { RecoverPasswordFormMessages } from '../../components/recover-password-form-messages.js'

/** `RecoverPasswordForm` in German (formal "Sie"). */
export const recoverPasswordFormMessages: RecoverPasswordFormMessages = {
  emailLabel: 'E-Mail-Adresse',
  submit: 'Link zum Zurücksetzen senden',
  pending: 'Wird gesendet…',
  signIn: 'Zurück zur Anmeldung',
  emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  sent: 'Falls zu dieser Adresse ein Konto besteht, haben wir einen Link zum Festlegen eines neuen Passworts dorthin gesendet.',
  throttled: 'Zu viele Anfragen. Bitte versuchen Sie es später erneut.',
  unsupported: 'Das Zurücksetzen des Passworts ist in diesem Shop nicht verfügbar.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server:
    'Die E-Mail kann gerade nicht gesendet werden. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Das Zurücksetzen des Passworts ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  validation: 'Bitte prüfen Sie das markierte Feld.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}
