// One lint configuration for the whole repository. Prettier owns formatting (see .prettierrc.json);
// eslint-config-prettier switches off the stylistic rules that would fight it.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const drivers = [
  "pg",
  "pg-pool",
  "@electric-sql/pglite",
  "@electric-sql/pglite/*",
  "drizzle-orm/pglite",
  "drizzle-orm/pglite/*",
  "drizzle-orm/node-postgres",
  "drizzle-orm/node-postgres/*",
];
const driverPatterns = { group: drivers, message: "Only server/db/ knows the database driver." };
const queuePattern = { group: ["pg-boss"], message: "Only server/jobs/ talks to the job queue." };
const jsforcePattern = { group: ["jsforce", "jsforce/*"], message: "Only server/salesforce/ talks to Salesforce." };
const serverPattern = {
  group: ["@/server/*", "@/server/**", "server-only"],
  message: "Client and shared code never import server code (design.md: app → components → lib).",
};
const dbPattern = {
  group: ["@/server/db/*", "@/server/db/**", "drizzle-orm", "drizzle-orm/*"],
  message: "app/ never touches the database: call a function in server/<domain>/.",
};
const upwardPattern = {
  group: ["@/app/*", "@/app/**", "@/components/*", "@/components/**"],
  message: "lib/ imports nothing of app/ or components/.",
};
const nodeIoPattern = {
  group: [
    "node:fs",
    "node:fs/*",
    "fs",
    "fs/*",
    "node:net",
    "node:http",
    "node:https",
    "node:child_process",
    "child_process",
  ],
  message: "lib/ has no server-side I/O.",
};

const restrict = (...patterns) => ["error", { patterns }];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through server/env.ts (validated once at start).",
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin, "jsx-a11y": jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    files: ["app/**"],
    ignores: ["app/**/*.test.ts"],
    rules: { "no-restricted-imports": restrict(driverPatterns, queuePattern, jsforcePattern, dbPattern) },
  },
  // Route tests set up a test database for the handler under test; the handler itself stays database-free.
  {
    files: ["app/**/*.test.ts"],
    rules: { "no-restricted-imports": restrict(driverPatterns, queuePattern, jsforcePattern) },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": restrict(driverPatterns, jsforcePattern, serverPattern) },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": restrict(
        driverPatterns,
        queuePattern,
        jsforcePattern,
        serverPattern,
        upwardPattern,
        nodeIoPattern,
      ),
    },
  },
  {
    files: ["server/**"],
    ignores: ["server/db/**"],
    rules: { "no-restricted-imports": restrict(driverPatterns, jsforcePattern) },
  },
  { files: ["server/db/**"], rules: { "no-restricted-imports": restrict(jsforcePattern) } },
  { files: ["server/salesforce/**"], rules: { "no-restricted-imports": restrict(driverPatterns) } },
  {
    // The app reads configuration in exactly one module. The local org is a separate program with its
    // own env module; build and test tooling (configs, scripts, e2e fixtures, benchmarks) configures the
    // processes it starts and is not part of the app.
    files: [
      "server/env.ts",
      "tools/local-salesforce/env.ts",
      "*.config.ts",
      "*.config.mjs",
      "scripts/**",
      "bench/**",
      "e2e/**",
      "bench/**",
      "server/db/test-databases.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  prettier,
);
