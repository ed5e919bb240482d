import { describe, expect, it } from 'vitest'
import type { Customer } from '../core/customer.js'
import { customerInitials, customerName } from './customer-name.js'

const customer = (fields: Partial<Customer>): Customer => ({
  id: 'gid://shopify/Customer/1',
  email: null,
  firstName: null,
  lastName: null,
  displayName: '',
  phone: null,
  acceptsMarketing: null,
  raw: {},
  ...fields,
})

describe('customerName', () => {
  it('prefers the displayName', () => {
    expect(customerName(customer({ displayName: 'Ada L.', firstName: 'Ada' }))).toBe('Ada L.')
  })
  it('falls back to first and last name, then to the email', () => {
    expect(customerName(customer({ firstName: 'Grace', lastName: 'Hopper' }))).toBe('Grace Hopper')
    expect(customerName(customer({ lastName: 'Hopper' }))).toBe('Hopper')
    expect(customerName(customer({ displayName: '  ', email: 'n@example.com' }))).toBe(
      'n@example.com',
    )
  })
})

describe('customerInitials', () => {
  it('takes the first letters of first and last name', () => {
    expect(customerInitials(customer({ firstName: 'ada', lastName: 'lovelace' }))).toBe('AL')
  })
  it('uses the first and last word of a displayName when the parts are missing', () => {
    expect(customerInitials(customer({ displayName: 'María de los Ángeles' }))).toBe('MÁ')
  })
  it('uses the first letter of an email-only customer', () => {
    expect(customerInitials(customer({ email: 'nameless@example.com' }))).toBe('N')
  })
  it('never splits a character made of two code units', () => {
    expect(customerInitials(customer({ firstName: '𝒜da', lastName: 'Ł' }))).toBe('𝒜Ł')
  })
})
