import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert, Box, Card, CardContent, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Form, SaveButton, TextInput, Title, Toolbar, useCreate, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useFormContext, type FieldValues } from 'react-hook-form';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../common/errors';
import { useLocalized } from '../../common/localized';
import { usePoliciesInForce, type PolicyInForce } from './api';
import { ChangeList, useChanges } from './ChangeList';
import { FieldFor } from './PolicyFields';
import { InForceLine } from './PolicyOverview';
import { inputPathOf, policyKind, type PolicyKind } from './schema';
import { issueText, policyResolver } from './validation';
import { useWords, WordsProvider } from './words';

/** The API's field errors of a 400 (`data.workEnd: ...`), each put back on the input that edits it. */
const useShowApiErrors = (kind: PolicyKind) => {
  const { setError } = useFormContext();
  return (error: unknown) => {
    const errors = (error as { body?: { errors?: unknown } } | null)?.body?.errors;
    if (!errors || typeof errors !== 'object') return;
    for (const [field, message] of Object.entries(errors as Record<string, unknown>)) {
      if (typeof message !== 'string' || field === 'root') continue;
      if (field === 'note') setError('note', { type: 'server', message });
      if (!field.startsWith('data')) continue;
      const path = inputPathOf(kind.schema, field.split('.').slice(1));
      setError(['data', ...path].join('.'), { type: 'server', message });
    }
  };
};

/** Before saving: the changes against the version in force, in words. Saving makes the next version. */
const ReviewDialog = ({ kind, current, pending, onClose }: { kind: PolicyKind; current: PolicyInForce; pending: FieldValues | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [create, { isPending }] = useCreate();
  const changesOf = useChanges();
  const showApiErrors = useShowApiErrors(kind);
  const changes = useMemo(() => (pending ? changesOf(kind.schema, current.data, pending.data) : []), [changesOf, kind, current, pending]);
  const save = async () => {
    if (!pending) return;
    const note = typeof pending.note === 'string' ? pending.note.trim() : '';
    try {
      await create('policies', { data: { key: kind.key, data: pending.data, ...(note ? { note } : {}) } }, { returnPromise: true });
    } catch (error) {
      onClose();
      showApiErrors(error);
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return;
    }
    await queryClient.invalidateQueries({ queryKey: ['policies'] });
    notify('estate.policies.saved', { type: 'success' });
    redirect('list', 'policies');
  };
  return (
    <Dialog open={!!pending} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate('estate.policies.changes.title', { version: current.version + 1 })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(current.version ? 'estate.policies.changes.against_version' : 'estate.policies.changes.against_defaults', { version: current.version })}
        </Typography>
        <ChangeList changes={changes} />
      </DialogContent>
      <DialogActions>
        <Button label="estate.policies.changes.back" onClick={onClose} />
        <Button label="estate.policies.changes.save" variant="contained" onClick={save} disabled={!changes.length || isPending} />
      </DialogActions>
    </Dialog>
  );
};

const PolicyFormBody = ({ kind, current, pending, setPending }: { kind: PolicyKind; current: PolicyInForce; pending: FieldValues | null; setPending: (values: FieldValues | null) => void }) => (
  <>
    <FieldFor schema={kind.schema} source="data" name={kind.key} defaults={current.defaults} bare />
    <TextInput source="note" label="resources.policies.fields.note" multiline minRows={2} fullWidth helperText="estate.policies.note_hint" />
    <Toolbar sx={{ px: 0, gap: 1 }}>
      <SaveButton label="estate.policies.review" alwaysEnable icon={<FactCheckIcon />} />
      <Button label="ra.action.cancel" onClick={() => history.back()} />
    </Toolbar>
    <ReviewDialog kind={kind} current={current} pending={pending} onClose={() => setPending(null)} />
  </>
);

/**
 * A new version of a policy, edited through a form built from its schema (labels, units, limits), checked as the
 * API checks it, and saved only after its changes against the version in force have been read.
 */
export const PolicyCreate = () => (
  <WordsProvider>
    <PolicyCreatePage />
  </WordsProvider>
);

const PolicyCreatePage = () => {
  const translate = useTranslate();
  const words = useWords();
  const { locale } = useLocalized();
  const [search] = useSearchParams();
  const [pending, setPending] = useState<FieldValues | null>(null);
  const kind = policyKind(search.get('key') ?? '');
  const { data: inForce, isPending, error } = usePoliciesInForce();
  const current = inForce?.find((p) => p.key === kind?.key);
  const resolver = useMemo(
    () => (kind ? policyResolver(kind.schema, (issue) => issueText(issue, kind.schema, translate, words, locale), translate('ra.validation.maxLength', { max: 500 })) : undefined),
    [kind, translate, words, locale],
  );
  if (!kind) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('estate.policies.unknown')}</Alert>;
  return (
    <Card sx={{ mt: 2, maxWidth: 960 }}>
      <Title title={translate('estate.policies.edit_title', { name: words.pick(kind.name) })} />
      <CardContent>
        <Typography variant="h6">{words.pick(kind.name)}</Typography>
        <Typography variant="body2" color="text.secondary">
          {words.pick(kind.about)}
        </Typography>
        {current && <InForceLine policy={current} />}
        {isPending && <CircularProgress size={24} />}
        {error != null && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
        {current && (
          <Box sx={{ mt: 2 }}>
            <Form
              key={`${kind.key}-${current.version}`}
              defaultValues={{ data: current.data, note: '' }}
              resolver={resolver}
              onSubmit={setPending}
              noValidate
            >
              <PolicyFormBody kind={kind} current={current} pending={pending} setPending={setPending} />
            </Form>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
