import { migrateDatabase } from "../src/migrate.ts";

const result = await migrateDatabase(process.argv[2]);
console.log(
  `${result.provider}: ${result.applied.length === 0 ? "up to date" : `applied ${result.applied.join(", ")}`}`,
);
