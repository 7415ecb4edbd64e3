import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --name <what-changed>` writes a new SQL migration from src/db/schema.ts.
// Migrations are applied by the service at start-up (src/db/migrate.ts), never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
  casing: 'snake_case',
});
