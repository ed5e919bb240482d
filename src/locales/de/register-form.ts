import type { RegisterFormMessages } from '../../components/register-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `RegisterForm` in German (formal "Sie"). */
export const registerFormMessages: RegisterFormMessages = {
  ...newPasswordMessages,
  firstNameLabel: 'Vorname',
  lastNameLabel: 'Nachname',
  emailLabel: 'E-Mail-Adresse',
  acceptsMarketingLabel: 'Ich möchte Neuigkeiten und Angebote per E-Mail erhalten',
  submit: 'Konto erstellen',
  pending: 'Ihr Konto wird erstellt…',
  signIn: 'Sie haben bereits ein Konto? Anmelden',
  firstNameRequired: 'Bitte geben Sie Ihren Vornamen ein.',
  lastNameRequired: 'Bitte geben Sie Ihren Nachnamen ein.',
  nameRejected: 'Dieser Name wurde nicht akzeptiert. Bitte verwenden Sie nur Buchstaben.',
  emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  emailTaken: 'Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich an.',
  throttled: 'Zu viele Versuche. Bitte versuchen Sie es später erneut.',
  unsupported: 'In diesem Shop können keine Konten erstellt werden.',
  network:
    'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server: 'Ihr Konto kann gerade nicht erstellt werden. Bitte versuchen Sie es gleich noch einmal.',
  configuration:
    'Das Erstellen eines Kontos ist in diesem Shop derzeit nicht verfügbar. Bitte wenden Sie sich an den Shop.',
  validation: 'Bitte prüfen Sie die markierten Felder.',
  unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  signedIn: 'Ihr Konto ist eingerichtet. Sie sind angemeldet.',
  checkEmail:
    'Ihr Konto wurde erstellt. Bitte öffnen Sie den Link in der E-Mail, die wir Ihnen gesendet haben, und melden Sie sich dann an.',
}
