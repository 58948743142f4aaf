import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React's server build; tests run server code directly.
      { find: /^server-only$/, replacement: `${root}/server/testing/server-only-stub.ts` },
    ],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    environment: "node",
    testTimeout: 30_000,
    // Fixed keys so tests never generate secrets into the repository's .data folder.
    env: {
      SESSION_SECRET: "test-session-secret-0123456789abcdefghijklmnop",
      TOKEN_ENCRYPTION_KEY: "test-token-key-0123456789abcdefghijklmnopqrst",
      DATA_DIR: ".data/vitest",
    },
    hookTimeout: 60_000,
  },
});
