import type { LoginFormMessages } from '../../components/login-form-messages.js'

/** `LoginForm` in French ("vous"). */
export const loginFormMessages: LoginFormMessages = {
  emailLabel: 'Adresse e-mail',
  passwordLabel: 'Mot de passe',
  showPassword: 'Afficher le mot de passe',
  submit: 'Se connecter',
  pending: 'Connexion en cours…',
  forgotPassword: 'Mot de passe oublié ?',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  passwordRequired: 'Saisissez votre mot de passe.',
  passwordRejected: "Ce mot de passe n'a pas été accepté.",
  invalidCredentials: "L'adresse e-mail ou le mot de passe est incorrect.",
  throttled: 'Trop de tentatives de connexion. Veuillez réessayer plus tard.',
  accountNotConfirmed:
    "Ce compte n'est pas encore confirmé. Ouvrez le lien de l'e-mail de confirmation, puis connectez-vous.",
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    'La boutique ne peut pas vous connecter pour le moment. Veuillez réessayer dans un instant.',
  configuration:
    "La connexion n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  validation: 'Vérifiez les champs signalés.',
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
  resendConfirmation: "Renvoyer l'e-mail de confirmation",
  resendPending: "Envoi d'un nouvel e-mail de confirmation…",
  resendSent:
    'Nous avons envoyé un nouvel e-mail de confirmation. Ouvrez son lien, puis connectez-vous.',
  resendFailed: "L'e-mail de confirmation n'a pas pu être envoyé. Réessayez plus tard.",
}
