import englishMessages from 'ra-language-english';
import en from '../../apps/admin/src/i18n/en';
import zh from '../../apps/admin/src/i18n/zh';

/**
 * Everything a person sees in the back office has a Chinese and an English text: the Chinese
 * messages cover every English key (react-admin's own and the app's), with the same %{placeholders}.
 */
type Tree = { [key: string]: unknown };

const flatten = (tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> => {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') flatten(value as Tree, path, out);
  }
  return out;
};

const placeholders = (text: string) => new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]));

function check(problems: string[]) {
const enKeys = flatten(en as Tree);
const zhKeys = flatten(zh as Tree);
const raKeys = flatten(englishMessages as unknown as Tree);

for (const key of raKeys.keys()) if (!enKeys.has(key)) problems.push(`en lacks react-admin key ${key}`);
for (const [key, text] of enKeys) {
  const translated = zhKeys.get(key);
  if (translated === undefined) {
    problems.push(`zh lacks ${key}`);
    continue;
  }
  // Chinese has one plural form for all counts: it needs the placeholders every English variant
  // has (smart_count aside: the sentence may need no number), and may use any of them.
  const variants = text.split('||||').map(placeholders);
  const allowed = new Set(variants.flatMap((set) => [...set]));
  const required = [...allowed].filter((name) => variants.every((set) => set.has(name)) && name !== 'smart_count');
  const actual = placeholders(translated);
  for (const name of required) if (!actual.has(name)) problems.push(`zh ${key} lacks %{${name}}`);
  for (const name of actual) if (!allowed.has(name)) problems.push(`zh ${key} has unknown %{${name}}`);
  if (translated.includes('||||')) problems.push(`zh ${key} has plural variants (Chinese has one form)`);
}
for (const key of zhKeys.keys()) if (!enKeys.has(key)) problems.push(`zh has a key English lacks: ${key}`);
}

describe('back office messages', () => {
  it('has a Chinese text for every English one, with the same placeholders, and nothing extra', () => {
    const problems: string[] = [];
    check(problems);
    expect(problems).toEqual([]);
  });

  it('translates react-admin itself, not only the app', () => {
    expect((zh as { ra: { action: { save: string } } }).ra.action.save).toMatch(/[\u4e00-\u9fff]/);
  });
});
