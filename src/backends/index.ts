// Each backend lives in its own module graph: importing one never pulls in the other's
// documents or error mapping (checked by backends-tree-shaking.test.ts).
export * from './shopify-storefront/index.js'
export * from './adobe-commerce/index.js'
