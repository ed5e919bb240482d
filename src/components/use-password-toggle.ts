import { useState } from 'react'

/** What `usePasswordToggle` returns: the input's type and the toggle button's props. */
export interface UsePasswordToggleResult {
  /** `text` while the password is shown, else `password`. */
  readonly inputType: 'password' | 'text'
  readonly isPasswordVisible: boolean
  /** A real toggle button: its label stays the same and `aria-pressed` tells the state. */
  readonly toggleProps: {
    readonly type: 'button'
    readonly 'aria-pressed': boolean
    readonly 'aria-controls': string
    /** Shows or hides the password. */
    readonly onClick: () => void
  }
}

/** The show-password toggle of a password field whose input has the id `inputId`. */
export function usePasswordToggle(inputId: string): UsePasswordToggleResult {
  const [isPasswordVisible, setPasswordVisible] = useState(false)
  return {
    inputType: isPasswordVisible ? 'text' : 'password',
    isPasswordVisible,
    toggleProps: {
      type: 'button',
      'aria-pressed': isPasswordVisible,
      'aria-controls': inputId,
      onClick: () => setPasswordVisible((visible) => !visible),
    },
  }
}
