/**
 * `npm run migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
 * SQL that takes the schema of the last commit to the working schema.prisma.
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
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migration:new -- <name in lower_snake_case>');
  process.exit(2);
}
const previous = path.join(os.tmpdir(), `schema-${process.pid}.prisma`);
fs.writeFileSync(previous, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: ROOT }));
const sql = execFileSync(
  process.execPath,
  [require.resolve('prisma/build/index.js'), 'migrate', 'diff', '--from-schema-datamodel', previous, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { cwd: ROOT, encoding: 'utf8' },
);
fs.rmSync(previous);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log('schema.prisma has not changed since the last commit: no migration written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(ROOT, 'prisma', 'migrations', `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${path.relative(ROOT, dir)}/migration.sql`);
