/** `npm run seed`: migrate and seed the database of DATABASE_URL, and print the demo accounts. */
import path from 'node:path';
import { loadConfig } from '../apps/common/config';
import { DEMO_STAFF } from '../prisma/seed';
import { prepareDatabase } from './stack/demo';

async function main() {
  const config = loadConfig();
  const credentials = await prepareDatabase(config.DATABASE_URL, process.env.DATA_DIR ?? path.resolve(__dirname, '..', '.data'), console.log);
  for (const s of DEMO_STAFF) console.log(`  ${s.username.padEnd(13)} ${credentials[s.username].padEnd(14)} ${s.role}`);
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
