import type { RecoverPasswordFormMessages } from '../../components/recover-password-form-messages.js'

/** `RecoverPasswordForm` in Spanish (neutral, "usted"). */
export const recoverPasswordFormMessages: RecoverPasswordFormMessages = {
  emailLabel: 'Correo electrónico',
  submit: 'Enviar enlace de restablecimiento',
  pending: 'Enviando…',
  signIn: 'Volver a iniciar sesión',
  emailRequired: 'Ingrese su correo electrónico.',
  emailInvalid: 'Ingrese un correo electrónico como nombre@example.com.',
  sent: 'Si existe una cuenta con esta dirección, le enviamos un enlace para elegir una contraseña nueva.',
  throttled: 'Demasiadas solicitudes. Vuelva a intentarlo más tarde.',
  unsupported: 'La recuperación de contraseña no está disponible en esta tienda.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server: 'La tienda no puede enviar el correo en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'La recuperación de contraseña no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  validation: 'Revise el campo marcado.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
}
