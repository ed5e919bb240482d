import type { ResetPasswordFormMessages } from '../../components/reset-password-form-messages.js'
import { newPasswordMessages } from './new-password.js'

/** `ResetPasswordForm` in Spanish (neutral, "usted"). */
export const resetPasswordFormMessages: ResetPasswordFormMessages = {
  ...newPasswordMessages,
  validation: 'Revise los campos marcados.',
  title: 'Elija una contraseña nueva',
  emailLabel: 'Correo electrónico',
  newPasswordLabel: 'Contraseña nueva',
  confirmPasswordLabel: 'Repita la contraseña nueva',
  showPassword: 'Mostrar contraseñas',
  submit: 'Guardar contraseña nueva',
  pending: 'Guardando su contraseña…',
  success: 'Su contraseña nueva está guardada y ya inició sesión.',
  emailRequired: 'Ingrese su correo electrónico.',
  emailInvalid: 'Ingrese un correo electrónico como nombre@example.com.',
  newPasswordRequired: 'Ingrese una contraseña nueva.',
  confirmRequired: 'Repita la contraseña nueva.',
  confirmMismatch: 'Las dos contraseñas no coinciden.',
  newPasswordRejected: 'No se aceptó esta contraseña.',
  linkMissing: 'Abra esta página desde el enlace del correo para restablecer su contraseña.',
  linkExpired: 'Este enlace venció o ya se usó. Solicite uno nuevo.',
  linkOrPasswordRefused:
    'La tienda no aceptó este enlace o esta contraseña. Es posible que el enlace haya vencido: solicite uno nuevo.',
  requestNewLink: 'Enviarme un enlace nuevo',
  throttled: 'Demasiados intentos. Vuelva a intentarlo más tarde.',
  network: 'No se pudo conectar con la tienda. Revise su conexión y vuelva a intentarlo.',
  server:
    'La tienda no puede guardar su contraseña en este momento. Vuelva a intentarlo en un momento.',
  configuration:
    'El restablecimiento de contraseña no está disponible en esta tienda por ahora. Comuníquese con la tienda.',
  unsupported: 'Esta tienda no puede restablecer una contraseña con este enlace.',
  unknown: 'Algo salió mal. Vuelva a intentarlo.',
}
