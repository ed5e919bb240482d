import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator, type OutboxMail } from './index.js'
import { storefrontClient } from './test-support/graphql-over-http.js'
import { recover } from './test-support/storefront-operations.js'

let emulator: Emulator | undefined
afterEach(() => emulator?.close())

async function mailsOf(response: Response): Promise<OutboxMail[]> {
  expect(response.status).toBe(200)
  return ((await response.json()) as { mails: OutboxMail[] }).mails
}

describe('the outbox over HTTP (GET /emulator/outbox)', () => {
  it('serves over listen() the mails the shop sent, oldest first, the same as emulator.outbox', async () => {
    emulator = createEmulator()
    const baseUrl = await emulator.listen()
    await storefrontClient(baseUrl, emulator)(recover, { email: 'ada@example.com' })

    const response = await fetch(baseUrl + emulator.outboxPath)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const mails = await mailsOf(response)
    // The seeded invitation first, then Ada's recovery mail with the URL customerResetByUrl takes.
    expect(mails.map((mail) => [mail.to, mail.kind])).toEqual([
      ['invited@example.com', 'activate'],
      ['ada@example.com', 'recover'],
    ])
    expect(mails).toEqual(emulator.outbox.mails)
    expect(mails[1]?.url).toMatch(/^https:\/\/emulator\.myshopify\.com\/account\/reset\//)
  })

  it('answers the in-page fetch the same way, filtered by ?to= whatever the case', async () => {
    emulator = createEmulator()
    const mails = await mailsOf(
      await emulator.fetch(`${emulator.outboxPath}?to=INVITED@example.com`),
    )
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatchObject({ api: 'shopify', kind: 'activate', to: 'invited@example.com' })
    expect(
      await mailsOf(await emulator.fetch(`${emulator.outboxPath}?to=ada@example.com`)),
    ).toEqual([])
  })

  it('is not an API call: not counted in requests, and faults do not reach it', async () => {
    emulator = createEmulator()
    emulator.faults.add({ kind: 'status', status: 503, times: Infinity })
    await mailsOf(await emulator.fetch(emulator.outboxPath))
    expect(emulator.requests.entries).toHaveLength(0)
  })

  it('is read-only: a POST gets 405', async () => {
    emulator = createEmulator()
    const response = await emulator.fetch(emulator.outboxPath, { method: 'POST', body: '{}' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
    expect(emulator.outbox.mails).toHaveLength(1)
  })
})
