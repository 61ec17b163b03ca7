import fs from 'node:fs';
import path from 'node:path';
import en from '../../apps/admin/src/i18n/en';
import zh from '../../apps/admin/src/i18n/zh';

/**
 * Each area of the back office brings its messages (`src/<area>/i18n.en.ts` and `i18n.zh.ts`) and
 * `i18n/en.ts` and `i18n/zh.ts` merge them: an area left out of the merge would show raw keys.
 */
type Tree = { [key: string]: unknown };

const src = path.join(__dirname, '../../apps/admin/src');
const areas = fs.readdirSync(src).filter((name) => fs.existsSync(path.join(src, name, 'i18n.en.ts')));

/** Every message with its path (a path, not a dotted string: some keys have dots, e.g. `unit.number`). */
const leaves = (tree: Tree, prefix: string[] = []): [string[], string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...prefix, key], value] as [string[], string]] : leaves(value as Tree, [...prefix, key]),
  );

const lookUp = (tree: Tree, at: string[]): unknown => at.reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

/** The one export of an area's message file (`feesEn`, `feesZh`...). */
const messagesOf = (area: string, language: 'en' | 'zh'): Tree => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(path.join(src, area, `i18n.${language}`)) as Record<string, Tree>;
  return exports[`${area}${language === 'en' ? 'En' : 'Zh'}`];
};

describe('back office areas', () => {
  it('finds the areas by their message files', () => {
    expect(areas).toEqual(expect.arrayContaining(['work', 'complaints', 'fees', 'archive', 'outbox', 'settings']));
  });

  it.each(areas)('merges the English and Chinese messages of %s', (area) => {
    for (const [language, merged] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const part = messagesOf(area, language);
      expect(part).toBeDefined();
      const missing = leaves(part).filter(([at, text]) => lookUp(merged as Tree, at) !== text);
      expect(missing.map(([at]) => `${language} ${at.join('.')}`)).toEqual([]);
    }
  });
});
