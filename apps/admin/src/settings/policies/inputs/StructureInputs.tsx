import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import ErrorIcon from '@mui/icons-material/ErrorOutline';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, ButtonBase, Collapse, FormControlLabel, FormHelperText, MenuItem, Paper, Switch, TextField, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Button, useTranslate, useWrappedSource } from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { describe, shapeOf, type FieldMeta } from '../schema';
import { useWords } from '../words';

const messageOf = (error: unknown): string | undefined => {
  const e = error as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.root?.message ?? e?.message;
  return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
};

/** The error a list, a map or a group carries as a whole (a code used twice). */
export const GroupError = ({ source }: { source: string }) => {
  const path = useWrappedSource(source);
  const { errors, isSubmitted } = useFormState({ name: path });
  const node = path.split('.').reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], errors);
  const message = isSubmitted ? messageOf(node) : undefined;
  return message ? <FormHelperText error>{message}</FormHelperText> : null;
};

export const Section = ({ title, help, children, name }: { title: string; help?: string; children: ReactNode; name?: string }) => (
  <Paper variant="outlined" data-policy-section={name} sx={{ p: 2, mb: 2 }}>
    <Typography variant="subtitle2" sx={{ mb: help ? 0 : 1.5 }}>
      {title}
    </Typography>
    {help && (
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1.5 }}>
        {help}
      </Typography>
    )}
    {children}
  </Paper>
);

/** A row or an entry just added: it opens at once to be filled in. */
const isEmpty = (value: unknown) => value == null || (typeof value === 'object' && Object.keys(value).length === 0);

const hasErrors = (node: unknown): boolean => !!node && typeof node === 'object' && Object.keys(node).length > 0;

/**
 * A part of a long policy (an inspection template, a room and its items), closed until it is opened: its
 * inputs are laid out only then. A check that fails inside it opens it and marks it.
 */
export const Collapsible = ({ source, title, children, initiallyOpen = false }: { source: string; title: ReactNode; children: ReactNode; initiallyOpen?: boolean }) => {
  const path = useWrappedSource(source);
  const { errors, submitCount } = useFormState({ name: path });
  const node = path.split('.').reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], errors);
  const failed = hasErrors(node);
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    if (failed && submitCount > 0) setOpen(true);
  }, [failed, submitCount]);
  return (
    <Box data-policy-section={path} sx={{ width: '100%' }}>
      <ButtonBase onClick={() => setOpen(!open)} aria-expanded={open} sx={{ width: '100%', justifyContent: 'flex-start', gap: 1, py: 0.75, borderRadius: 1 }}>
        <ExpandMoreIcon fontSize="small" sx={{ transform: open ? 'none' : 'rotate(-90deg)', transition: 'transform 150ms' }} />
        <Typography variant="subtitle2" component="span">
          {title}
        </Typography>
        {failed && <ErrorIcon fontSize="small" color="error" />}
      </ButtonBase>
      <Collapse in={open} unmountOnExit>
        <Box sx={{ pl: 4, pt: 1 }}>{children}</Box>
      </Collapse>
    </Box>
  );
};

/**
 * A map keyed by codes (the purposes of the checklists, the kinds of pass, the inspection templates): each
 * entry its own section, named in words; an entry a manager added may be removed, the shipped ones may not
 * (the version in force keeps them from the defaults anyway).
 */
export const MapInput = ({
  source,
  meta,
  value: valueSchema,
  keyPattern,
  fixedKeys,
  children,
}: {
  source: string;
  meta: FieldMeta | undefined;
  value: z.ZodType;
  keyPattern?: RegExp;
  fixedKeys: string[];
  children: (key: string, source: string) => ReactNode;
}) => {
  const translate = useTranslate();
  const words = useWords();
  const path = useWrappedSource(source);
  const { setValue } = useFormContext();
  const current = (useWatch({ name: path }) ?? {}) as Record<string, unknown>;
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const add = () => {
    if (keyPattern && !keyPattern.test(code)) return setCodeError(translate('estate.policies.form.code_invalid'));
    if (code in current) return setCodeError(translate('estate.policies.form.code_taken'));
    const empty = shapeOf(describe(valueSchema)).kind === 'list' ? [] : {};
    setValue(path, { ...current, [code]: empty }, { shouldDirty: true });
    setCode('');
    setCodeError(undefined);
  };
  const remove = (key: string) => {
    const next = { ...current };
    delete next[key];
    setValue(path, next, { shouldDirty: true });
  };
  return (
    <Box sx={{ mb: 2 }}>
      <GroupError source={source} />
      {Object.keys(current).map((key) => (
        <Paper key={key} variant="outlined" sx={{ px: 2, py: 0.5, mb: 1 }}>
          <Collapsible source={`${source}.${key}`} title={words.entryTitle(meta, key, current[key])} initiallyOpen={isEmpty(current[key])}>
            {children(key, `${source}.${key}`)}
            {!fixedKeys.includes(key) && (
              <Button label="estate.policies.form.remove_entry" color="error" onClick={() => remove(key)}>
                <DeleteIcon />
              </Button>
            )}
          </Collapsible>
        </Paper>
      ))}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={meta?.keyLabel ? words.pick(meta.keyLabel) : translate('estate.policies.form.code')}
          value={code}
          onChange={(event) => setCode(event.target.value.trim())}
          error={!!codeError}
          helperText={codeError}
        />
        <Button label="estate.policies.form.add_entry" onClick={add} disabled={!code}>
          <AddIcon />
        </Button>
      </Box>
    </Box>
  );
};

/** A row of a list that holds a list of its own (a room and its items): closed under its name until opened. */
export const CollapsibleRow = ({ children }: { children: ReactNode }) => {
  const words = useWords();
  const path = useWrappedSource('');
  const row = useWatch({ name: path });
  const index = Number(path.split('.').pop());
  return (
    <Collapsible source="" title={words.rowTitle(row, Number.isNaN(index) ? 0 : index)} initiallyOpen={isEmpty(row)}>
      {children}
    </Collapsible>
  );
};

/** A value that is one of a few shapes (an evening check at a time, or every so often): which one, then its fields. */
export const VariantsInput = ({
  source,
  label,
  options,
  children,
}: {
  source: string;
  label: string;
  options: z.ZodType[];
  children: (option: z.ZodType, source: string) => ReactNode;
}) => {
  const translate = useTranslate();
  const words = useWords();
  const path = useWrappedSource(source);
  const { setValue } = useFormContext();
  const value = useWatch({ name: path }) as Record<string, unknown> | undefined;
  const described = options.map((o) => describe(o));
  const keysOf = (i: number) => {
    const shape = shapeOf(described[i]);
    return shape.kind === 'object' ? shape.fields.map(([key]) => key) : [];
  };
  const chosen = Math.max(0, described.findIndex((_, i) => keysOf(i).some((key) => value && key in value)));
  return (
    <Box sx={{ mb: 2 }} data-policy-field={path}>
      <TextField
        select
        size="small"
        label={label}
        value={chosen}
        onChange={(event) => {
          const i = Number(event.target.value);
          setValue(path, Object.fromEntries(keysOf(i).map((key) => [key, ''])), { shouldDirty: true });
        }}
        sx={{ minWidth: 240, mb: 1.5 }}
        helperText={translate('estate.policies.form.variant_hint')}
      >
        {described.map((option, i) => (
          <MenuItem key={i} value={i}>
            {words.label(option.meta, i)}
          </MenuItem>
        ))}
      </TextField>
      {children(options[chosen], source)}
    </Box>
  );
};

/** A list that may be absent (an applicant who may not apply): a switch, then the list. */
export const OptionalList = ({ source, label, onLabel, children }: { source: string; label: string; onLabel: string; children: ReactNode }) => {
  const path = useWrappedSource(source);
  const { setValue } = useFormContext();
  const value = useWatch({ name: path });
  const on = Array.isArray(value);
  return (
    <Box sx={{ mb: 1 }}>
      <FormControlLabel
        control={<Switch checked={on} onChange={(event) => setValue(path, event.target.checked ? [] : undefined, { shouldDirty: true })} />}
        label={`${label}${on ? '' : ` · ${onLabel}`}`}
      />
      {on && children}
    </Box>
  );
};
