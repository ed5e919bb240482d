import { createContext } from 'react'
import type { ComponentMessagesOverrides } from './component-messages.js'

/** The strings `CustomerAuthMessages` provides; empty outside one, so English applies. */
export const ComponentMessagesContext = createContext<ComponentMessagesOverrides>({})
