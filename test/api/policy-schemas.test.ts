import type { z } from 'zod';
import { describe as describeSchema, shapeOf } from '../../apps/admin/src/settings/policies/schema';
import { POLICY_DEFAULTS } from '../../apps/api/src/policies/defaults';
import { chineseOf } from '../../apps/api/src/policies/fields';
import { POLICY_KINDS } from '../../apps/api/src/policies/kinds';

/** Every place of a schema the back office lays out an input or a section for, with its path. */
function places(schema: z.ZodType, path: string[] = []): { path: string; schema: z.ZodType }[] {
  const d = describeSchema(schema);
  const shape = shapeOf(d);
  const here = { path: path.join('.'), schema };
  if (shape.kind === 'object') return [...(path.length ? [here] : []), ...shape.fields.flatMap(([key, field]) => places(field, [...path, key]))];
  if (shape.kind === 'list') return [here, ...placesInside(shape.row, [...path, '#'])];
  if (shape.kind === 'map') return [here, ...placesInside(shape.value, [...path, '*'])];
  if (shape.kind === 'variants') return [here, ...shape.options.flatMap((option, i) => places(option, [...path, `(${i})`]))];
  return [here];
}

/** A list's row and a map's entry are framed by their list: their own parts need labels, they do not. */
const placesInside = (schema: z.ZodType, path: string[]) => {
  const shape = shapeOf(describeSchema(schema));
  return shape.kind === 'object' ? shape.fields.flatMap(([key, field]) => places(field, [...path, key])) : places(schema, path);
};

describe('the policies a manager edits through forms', () => {
  it.each(POLICY_KINDS.map((k) => [k.key, k] as const))('%s: every part has its label in Chinese and English, so no field name is shown', (_key, kind) => {
    expect(kind.name.zh && kind.name.en && kind.about.zh && kind.about.en).toBeTruthy();
    const unlabelled = places(kind.schema)
      .filter((p) => p.path !== '#' && p.path !== '*')
      .filter((p) => {
        const meta = describeSchema(p.schema).meta;
        return !meta?.label.zh || !meta.label.en;
      })
      .map((p) => p.path);
    expect(unlabelled).toEqual([]);
  });

  it.each(POLICY_KINDS.map((k) => [k.key, k] as const))('%s: the defaults in force before any version is saved pass the schema the API checks with', (key, kind) => {
    expect(kind.schema.safeParse(POLICY_DEFAULTS[key]).error?.issues ?? []).toEqual([]);
  });

  it('each choice has its values in words, and each refusal the schemas write has its Chinese', () => {
    for (const kind of POLICY_KINDS) {
      for (const { schema, path } of places(kind.schema)) {
        const d = describeSchema(schema);
        const shape = shapeOf(d);
        if (shape.kind === 'leaf' && (shape.input === 'enum' || shape.input === 'enumList')) expect([kind.key, path, Object.keys(d.meta?.options ?? {}).length > 0]).toEqual([kind.key, path, true]);
      }
    }
    const refused = POLICY_KINDS.flatMap((kind) => kind.schema.safeParse(JSON.parse(JSON.stringify(POLICY_DEFAULTS[kind.key]).replace(/"[A-Z][A-Z_]+"/g, '"bad code"').replace(/"P\d+D"/g, '"2 days"'))).error?.issues ?? []);
    const custom = refused.filter((i) => i.code === 'invalid_format' || i.code === 'custom').map((i) => i.message);
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.filter((m) => !chineseOf(m))).toEqual([]);
  });
});
