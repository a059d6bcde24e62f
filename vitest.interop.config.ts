import { defineConfig } from 'vitest/config'

/** The Postfix interoperability test; `npm run test:postfix` starts the servers it needs. */
export default defineConfig({
  test: {
    include: ['__tests__/postfix.interop.ts'],
    testTimeout: 60_000,
    // One Postfix instance, one mailbox: the tests count the messages in it.
    fileParallelism: false
  }
})
