import { Box, InputAdornment } from '@mui/material';
import { memo } from 'react';
import { ArrayInput, BooleanInput, CheckboxGroupInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import type { z } from 'zod';
import { CollapsibleRow, GroupError, MapInput, OptionalList, Section, VariantsInput } from './inputs/StructureInputs';
import { DueInput, DurationInput } from './inputs/TimeInputs';
import { describe, limitsOf, partsOf, shapeOf, WEEKDAY_NAMES, type Described } from './schema';
import { useWords, type Words } from './words';

const join = (source: string, key: string | number) => (source ? `${source}.${key}` : String(key));

/** Monday first, as staff read a week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** "0 – 70 年": a number's limits in its unit, under the input. */
const rangeText = (d: Described, words: Words, translate: ReturnType<typeof useTranslate>) => {
  const { min, max } = limitsOf(d.schema);
  const plain = { ...d, optional: false, nullable: false };
  if (min === undefined && max === undefined) return undefined;
  return translate('estate.policies.form.range', { min: min === undefined ? '' : words.value(plain, min), max: max === undefined ? '' : words.value(plain, max) });
};

interface FieldProps {
  schema: z.ZodType;
  /** Relative to the form, or to the row of a list. */
  source: string;
  name: string | number;
  /** The shipped defaults at this place: a map's own entries are kept. */
  defaults?: unknown;
  /** A list's row or the policy itself: its fields without a frame around them. */
  bare?: boolean;
}

/** One input per part of a policy, laid out from its schema: labels, units, limits and the fitting input. */
export const FieldFor = memo(function FieldFor({ schema, source, name, defaults, bare }: FieldProps) {
  const translate = useTranslate();
  const words = useWords();
  const d = describe(schema);
  const shape = shapeOf(d);
  const label = words.label(d.meta, name);
  const help = d.meta?.help ? words.pick(d.meta.help) : undefined;
  const sub = (key: string | number) => (defaults && typeof defaults === 'object' ? (defaults as Record<string, unknown>)[key] : undefined);

  if (d.meta?.input === 'bilingual') {
    const zh = partsOf(d.schema).zh;
    const long = (zh ? (limitsOf(zh).max ?? 0) : 0) > 100;
    return (
      <Box data-policy-field={source} sx={{ mb: 1, display: 'flex', flexWrap: 'wrap', columnGap: 2, flex: 1, minWidth: 280, '& > *': { flex: long ? '1 1 100%' : '1 1 240px' } }}>
        <TextInput source={join(source, 'zh')} label={`${label}${translate('estate.policies.form.in_chinese')}`} multiline={long} helperText={help ?? false} />
        <TextInput source={join(source, 'en')} label={`${label}${translate('estate.policies.form.in_english')}`} multiline={long} helperText={false} />
      </Box>
    );
  }

  if (shape.kind === 'object') {
    const fields = shape.fields.map(([key, field]) => <FieldFor key={key} schema={field} source={join(source, key)} name={key} defaults={sub(key)} />);
    // A list's row with many parts (a repair category, a room and its items) opens under its name.
    const long = shape.fields.length > 3 || shape.fields.some(([, field]) => shapeOf(describe(field)).kind === 'list');
    if (bare && long && source === '') {
      return (
        <CollapsibleRow>
          {fields}
          <GroupError source={source} />
        </CollapsibleRow>
      );
    }
    // A short row (a price: code, name, price) lays its inputs side by side.
    const row = source === '' ? { display: 'flex', flexWrap: 'wrap', columnGap: 2, alignItems: 'flex-start' } : {};
    if (bare) return <Box sx={{ width: '100%', ...row }}>{fields}<GroupError source={source} /></Box>;
    return (
      <Section title={label} help={help} name={source}>
        {fields}
        <GroupError source={source} />
      </Section>
    );
  }

  if (shape.kind === 'list') {
    const row = describe(shape.row);
    const rowShape = shapeOf(row);
    const inline = rowShape.kind === 'object' && rowShape.fields.length <= 3 && row.meta?.input !== 'bilingual';
    const list = (
      <ArrayInput source={source} label={label} helperText={help ?? false}>
        <SimpleFormIterator inline={inline} disableReordering disableClear fullWidth>
          <FieldFor schema={shape.row} source="" name="" bare />
        </SimpleFormIterator>
      </ArrayInput>
    );
    return d.optional ? (
      <OptionalList source={source} label={label} onLabel={help ?? ''}>
        {list}
      </OptionalList>
    ) : (
      list
    );
  }

  if (shape.kind === 'map') {
    const fixedKeys = defaults && typeof defaults === 'object' ? Object.keys(defaults) : [];
    return (
      <Section title={label} help={help} name={source}>
        <MapInput source={source} meta={d.meta} value={shape.value} keyPattern={shape.keyPattern} fixedKeys={fixedKeys}>
          {(key, entry) => <FieldFor schema={shape.value} source={entry} name={key} defaults={sub(key)} bare />}
        </MapInput>
      </Section>
    );
  }

  if (shape.kind === 'variants') {
    return (
      <VariantsInput source={source} label={label} options={shape.options}>
        {(option, at) => <FieldFor schema={option} source={at} name={name} bare />}
      </VariantsInput>
    );
  }

  const optionalHelp = d.optional ? translate('estate.policies.form.optional_hint') : undefined;
  const helperText = [help, optionalHelp].filter(Boolean).join(' ') || false;
  switch (shape.input) {
    case 'duration':
      return <DurationInput source={source} label={label} help={help} nullable={d.nullable} />;
    case 'due':
      return <DueInput source={source} label={label} help={help} />;
    case 'time':
      return <TextInput source={source} label={label} type="time" helperText={helperText} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true } }} />;
    case 'weekdays':
      return <CheckboxGroupInput source={source} label={label} choices={WEEK.map((day) => ({ id: day, name: words.pick(WEEKDAY_NAMES[day]) }))} helperText={helperText} />;
    case 'enumList':
      return <CheckboxGroupInput source={source} label={label} choices={Object.entries(d.meta?.options ?? {}).map(([id, text]) => ({ id, name: words.pick(text) }))} helperText={helperText} />;
    case 'enum':
      return <SelectInput source={source} label={label} choices={Object.entries(d.meta?.options ?? {}).map(([id, text]) => ({ id, name: words.pick(text) }))} helperText={helperText} translateChoice={false} />;
    case 'boolean':
      return <BooleanInput source={source} label={label} helperText={helperText} />;
    case 'percent':
      return (
        <NumberInput
          source={source}
          label={label}
          format={(v: unknown) => (typeof v === 'number' ? Math.round(v * 10000) / 100 : v)}
          parse={(v: string) => (v === '' || v == null ? null : Number(v) / 100)}
          helperText={[helperText || '', rangeText(d, words, translate)].filter(Boolean).join(' · ')}
          InputProps={{ endAdornment: <InputAdornment position="end">%</InputAdornment> }}
          sx={{ width: 240 }}
        />
      );
    case 'number': {
      const { min, max, integer } = limitsOf(d.schema);
      const unit = d.meta?.unit;
      return (
        <NumberInput
          source={source}
          label={label}
          min={min}
          max={max}
          step={integer ? 1 : 0.01}
          helperText={[helperText || '', rangeText(d, words, translate)].filter(Boolean).join(' · ')}
          InputProps={unit ? { endAdornment: <InputAdornment position="end">{translate(`estate.policies.unit_short.${unit}`)}</InputAdornment> } : undefined}
          sx={{ width: 280 }}
        />
      );
    }
    default: {
      const { max } = limitsOf(d.schema);
      return <TextInput source={source} label={label} helperText={helperText} multiline={(max ?? 0) > 200} fullWidth={(max ?? 0) > 60} sx={shape.input === 'code' ? { width: 280 } : undefined} />;
    }
  }
});
