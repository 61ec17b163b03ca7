import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../../prisma/client';
import { DEMO_STAFF, passwordFor, seedEstate, seedStaff, type Credentials } from '../../prisma/seed';
import { ensureDatabase, migrate } from './postgres';

/** Demo passwords: made once, kept in the git-ignored data folder, printed at every start. */
function loadCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'demo-credentials.json');
  const known: Credentials = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  for (const { username } of DEMO_STAFF) known[username] ??= passwordFor();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(known, null, 2), { mode: 0o600 });
  return known;
}

/** Creates the database if needed, applies the migrations and seeds the demo estate and staff. */
export async function prepareDatabase(databaseUrl: string, dataDir: string, say: (m: string) => void): Promise<Credentials> {
  if (await ensureDatabase(databaseUrl)) say(`Created database ${new URL(databaseUrl).pathname.slice(1)}.`);
  await migrate(databaseUrl);
  say('Database migrated.');
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const credentials = loadCredentials(dataDir);
    await seedStaff(prisma, credentials);
    const estate = await seedEstate(prisma);
    say(estate.created ? `Demo estate created (${estate.households} households).` : 'Demo data present.');
    return credentials;
  } finally {
    await prisma.$disconnect();
  }
}
