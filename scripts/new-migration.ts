/**
 * `npm run migration:new -- <name> [--staged]`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the schema of the last commit (prisma/schema/, one file per area) to the working
 * schema, or with `--staged` to the schema staged in git's index (only the changes meant for this commit,
 * when other schema edits in the same checkout are not ready yet).
 *
 * `prisma migrate dev` cannot run here: with a driver adapter its shadow database is the main one
 * (prisma/orm#27403 and the schema-engine limitations of the JS engine). Diffing two datamodels needs
 * no database at all. Commit the schema change together with its migration.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = 'prisma/schema';
const [name, ...flags] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name) || flags.some((f) => f !== '--staged')) {
  console.error('Usage: npm run migration:new -- <name in lower_snake_case> [--staged]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

/** The schema folder as the last commit has it, written to a temporary folder. */
function committedSchema(into: string): string {
  for (const file of git('ls-tree', '--name-only', `HEAD:${SCHEMA}`).split('\n').filter(Boolean)) {
    fs.writeFileSync(path.join(into, file), git('show', `HEAD:${SCHEMA}/${file}`));
  }
  return into;
}

/** The schema folder as staged in the index (GIT_INDEX_FILE is honoured), written to a temporary folder. */
function stagedSchema(into: string): string {
  for (const file of git('ls-files', '--', SCHEMA).split('\n').filter(Boolean)) {
    fs.writeFileSync(path.join(into, path.basename(file)), git('show', `:${file}`));
  }
  return into;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
fs.mkdirSync(path.join(tmp, 'from'));
fs.mkdirSync(path.join(tmp, 'to'));
const from = committedSchema(path.join(tmp, 'from'));
const to = flags.includes('--staged') ? stagedSchema(path.join(tmp, 'to')) : path.join(ROOT, SCHEMA);
const sql = execFileSync(
  process.execPath,
  [require.resolve('prisma/build/index.js'), 'migrate', 'diff', '--from-schema-datamodel', from, '--to-schema-datamodel', to, '--script'],
  { cwd: ROOT, encoding: 'utf8' },
);
fs.rmSync(tmp, { recursive: true });
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log('The schema has not changed since the last commit: no migration written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(ROOT, 'prisma', 'migrations', `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql`);
