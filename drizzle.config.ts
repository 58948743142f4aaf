import { defineConfig } from "drizzle-kit";

// Generation only (`npm run db:generate`): it diffs the schema files against the migrations folder and
// needs no database. The app applies the migrations itself at start (server/db/migrate-database.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema/*.ts",
  out: "./server/db/migrations",
});
