import type { ChangePasswordFormMessages } from '../../components/change-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ChangePasswordForm` in Spanish (neutral, "usted"). */
export const changePasswordFormMessages: ChangePasswordFormMessages = {
  ...newPasswordMessages,
  title: 'Cambie su contraseña',
  currentPasswordLabel: 'Contraseña actual',
  newPasswordLabel: 'Contraseña nueva',
  showPassword: 'Mostrar contraseñas',
  submit: 'Cambiar contraseña',
  pending: 'Cambiando su contraseña…',
  success: 'Se cambió su contraseña.',
  currentPasswordRequired: 'Ingrese su contraseña actual.',
  currentPasswordIncorrect: 'La contraseña actual no es correcta.',
  newPasswordRequired: 'Elija una contraseña nueva.',
  signedOut: 'Inicie sesión para cambiar su contraseña.',
  signIn: 'Iniciar sesión',
  sessionEnded: 'Su sesión terminó. Vuelva a iniciar sesión y luego cambie su contraseña.',
  throttled: 'Demasiados intentos. Vuelva a intentarlo más tarde.',
  unsupported: 'Esta tienda no le permite cambiar su contraseña aquí.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server:
    'La tienda no puede cambiar su contraseña en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'El cambio de contraseña no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  validation: 'Revise los campos marcados.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
}
