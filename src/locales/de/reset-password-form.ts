import type { ResetPasswordFormMessages } from '../../components/reset-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ResetPasswordForm` in German (formal "Sie"). */
export const resetPasswordFormMessages: ResetPasswordFormMessages = {
  ...newPasswordMessages,
  validation: 'Bitte prüfen Sie die markierten Felder.',
  title: 'Neues Passwort festlegen',
  emailLabel: 'E-Mail-Adresse',
  newPasswordLabel: 'Neues Passwort',
  confirmPasswordLabel: 'Neues Passwort wiederholen',
  showPassword: 'Passwörter anzeigen',
  submit: 'Neues Passwort speichern',
  pending: 'Ihr Passwort wird gespeichert…',
  success: 'Ihr neues Passwort ist gespeichert und Sie sind angemeldet.',
  emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  newPasswordRequired: 'Bitte geben Sie ein neues Passwort ein.',
  confirmRequired: 'Bitte wiederholen Sie das neue Passwort.',
  confirmMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  newPasswordRejected: 'Dieses Passwort wurde nicht akzeptiert.',
  linkMissing:
    'Bitte öffnen Sie diese Seite über den Link in der E-Mail zum Zurücksetzen Ihres Passworts.',
  linkExpired:
    'Dieser Link ist abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
  linkOrPasswordRefused:
    'Der Shop hat diesen Link oder dieses Passwort nicht akzeptiert. Der Link ist womöglich abgelaufen: Bitte fordern Sie einen neuen an.',
  requestNewLink: 'Neuen Link senden',
  throttled: 'Zu viele Versuche. Bitte versuchen Sie es später erneut.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server:
    'Ihr Passwort kann gerade nicht gespeichert werden. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Das Zurücksetzen des Passworts ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  unsupported: 'Mit diesem Link kann der Shop kein Passwort zurücksetzen.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
}
