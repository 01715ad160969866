import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without a where clause rewrites every row: never intended.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb()"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb()"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // lib/domain stays pure: no framework, no database, no services.
    files: ["lib/domain/**/*.ts"],
    ignores: ["lib/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "@/db/*", "@/lib/services/*", "@/lib/actions/*", "node:*"] }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "test-results-*/**", ".data/**", "node_modules/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
