import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { SeedCustomer } from '../testing/seed-customer.js'
import { CliError } from './cli-error.js'

const stringFields = ['email', 'password', 'firstName', 'lastName', 'phone'] as const
const booleanFields = ['acceptsMarketing', 'confirmed', 'allowRemoteShoppingAssistance'] as const
const states = ['enabled', 'disabled', 'invited'] as const
const knownFields = new Set<string>([...stringFields, ...booleanFields, 'state'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks a seed file's customers and says exactly which entry and field is wrong: an emulator that
 * starts with a typo'd field silently ignored would fail later in a confusing way.
 */
export function parseSeedCustomers(json: unknown, file: string): SeedCustomer[] {
  const list = isRecord(json) && 'customers' in json ? json.customers : json
  if (!Array.isArray(list))
    throw new CliError(`${file}: expected an array of customers (or { "customers": [...] }).`)
  if (list.length === 0) throw new CliError(`${file}: the customer list is empty.`)
  const seen = new Set<string>()
  return list.map((entry: unknown, index): SeedCustomer => {
    const at = `${file}: customer [${index}]`
    if (!isRecord(entry)) throw new CliError(`${at} is not an object.`)
    for (const key of Object.keys(entry))
      if (!knownFields.has(key))
        throw new CliError(
          `${at} has an unknown field "${key}" (known: ${[...knownFields].join(', ')}).`,
        )
    for (const key of stringFields)
      if (entry[key] !== undefined && typeof entry[key] !== 'string')
        throw new CliError(`${at}: "${key}" must be a string.`)
    for (const key of booleanFields)
      if (entry[key] !== undefined && typeof entry[key] !== 'boolean')
        throw new CliError(`${at}: "${key}" must be true or false.`)
    const email = entry.email
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email))
      throw new CliError(`${at}: "email" must be an email address.`)
    const key = email.toLowerCase()
    if (seen.has(key)) throw new CliError(`${at}: the email ${email} appears twice.`)
    seen.add(key)
    if (entry.state !== undefined && !states.includes(entry.state as (typeof states)[number]))
      throw new CliError(`${at}: "state" must be one of ${states.join(', ')}.`)
    if (typeof entry.phone === 'string' && !/^\+[1-9]\d{1,14}$/.test(entry.phone))
      throw new CliError(`${at}: "phone" must be E.164, like +16135550123.`)
    return entry as unknown as SeedCustomer
  })
}

export async function readSeedFile(path: string, cwd: string): Promise<SeedCustomer[]> {
  let text: string
  try {
    text = await readFile(resolve(cwd, path), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file.`
        : `${path}: cannot be read (${code ?? 'error'}).`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message}).`)
  }
  return parseSeedCustomers(json, path)
}
