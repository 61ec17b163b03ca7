import { Box, List, ListItem, Typography } from '@mui/material';
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import type { z } from 'zod';
import { diffPolicy, type Change } from './diff';
import { useWords } from './words';

/** What changes between two versions of a policy, in the UI's language. */
export const useChanges = () => {
  const translate = useTranslate();
  const words = useWords();
  return useCallback(
    (schema: z.ZodType, before: unknown, after: unknown) =>
      diffPolicy(schema, before, after, words, {
        zh: translate('estate.policies.form.chinese'),
        en: translate('estate.policies.form.english'),
        row: (n) => translate('estate.policies.words.row', { n }),
      }),
    [translate, words],
  );
};

/** Changes in words: "投诉处理时限 › 重大投诉 › 解决：10 个工作日内 → 7 个工作日内". */
export const ChangeList = ({ changes, dense }: { changes: Change[]; dense?: boolean }) => {
  const translate = useTranslate();
  if (!changes.length) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="policy-no-changes">
        {translate('estate.policies.changes.none')}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid="policy-changes">
      {changes.map((change, i) => (
        <ListItem key={i} disableGutters sx={{ display: 'block', py: dense ? 0.25 : 0.5 }}>
          <Typography variant="body2" component="div">
            {change.where.length > 0 && (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {change.where.join(' › ')}
                {translate('estate.policies.words.colon')}
              </Box>
            )}
            {change.kind === 'added' && translate('estate.policies.changes.added', { what: change.to })}
            {change.kind === 'removed' && translate('estate.policies.changes.removed', { what: change.from })}
            {change.kind === 'changed' && (
              <>
                <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
                  {change.from || translate('estate.policies.words.empty')}
                </Box>
                {' → '}
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {change.to || translate('estate.policies.words.empty')}
                </Box>
              </>
            )}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};
