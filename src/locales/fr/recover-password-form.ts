import type { RecoverPasswordFormMessages } from '../../components/recover-password-form-messages.js'

/** `RecoverPasswordForm` in French ("vous"). */
export const recoverPasswordFormMessages: RecoverPasswordFormMessages = {
  emailLabel: 'Adresse e-mail',
  submit: 'Envoyer le lien de réinitialisation',
  pending: 'Envoi en cours…',
  signIn: 'Retour à la connexion',
  emailRequired: 'Saisissez votre adresse e-mail.',
  emailInvalid: 'Saisissez une adresse e-mail comme nom@example.com.',
  sent: 'Si un compte existe pour cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe.',
  throttled: 'Trop de demandes. Veuillez réessayer plus tard.',
  unsupported: "La récupération du mot de passe n'est pas disponible sur cette boutique.",
  network: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  server:
    "La boutique ne peut pas envoyer l'e-mail pour le moment. Veuillez réessayer dans un instant.",
  configuration:
    "La récupération du mot de passe n'est pas disponible sur cette boutique pour le moment. Veuillez contacter la boutique.",
  validation: 'Vérifiez le champ signalé.',
  unknown: "Une erreur s'est produite. Veuillez réessayer.",
}
