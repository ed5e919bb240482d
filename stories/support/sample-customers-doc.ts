/** The seeded customers, for story descriptions (kept in one place with the emulator's list). */
export const sampleCustomersDoc = `
**Sample customers** seeded in the emulator (email / password):

| email | password | notes |
| --- | --- | --- |
| ada@example.com | analytical-engine | Ada Lovelace |
| grace@example.com | compiler-1952 | Grace Hopper |
| nameless@example.com | no-name-given | no name: the email is shown |
| maria.de.los.angeles.long-surname@example.com | very-long-name | a very long name |
| disabled@example.com | disabled-pass | Shopify: disabled, refused like a wrong password |
| invited@example.com | — | Shopify: invited, activation mail in the outbox |
| unconfirmed@example.com | confirm-me-first | Adobe Commerce: email not confirmed |
`
