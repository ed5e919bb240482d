import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

// React Testing Library only auto-cleans when globals are enabled; we keep globals off.
afterEach(() => {
  cleanup()
})
