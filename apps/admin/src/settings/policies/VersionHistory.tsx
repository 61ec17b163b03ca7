import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useGetList, useGetMany, useTranslate } from 'react-admin';
import { useLocalized } from '../../common/localized';
import type { PolicyInForce } from './api';
import { ChangeList, useChanges } from './ChangeList';
import type { PolicyKind } from './schema';
import type { Policy } from './types';

/**
 * The saved versions of a policy, newest first, each with what it changed against the one before (the first
 * against the process's defaults), read as the processes read them: each version over the defaults.
 */
export const VersionHistory = ({ kind, current }: { kind: PolicyKind; current: PolicyInForce }) => {
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  const changesOf = useChanges();
  const { data: versions, isPending, error } = useGetList<Policy>('policies', {
    filter: { key: kind.key },
    sort: { field: 'version', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  const ids = [...new Set((versions ?? []).map((v) => v.createdById).filter((id): id is number => id != null))];
  const { data: staff } = useGetMany('staff', { ids }, { enabled: ids.length > 0 });
  if (isPending) return <CircularProgress size={20} />;
  if (error) return <Alert severity="error">{translate('estate.policies.history_failed')}</Alert>;
  const over = (data: unknown) => ({ ...current.defaults, ...(data as object) });
  return (
    <Box data-testid={`policy-history-${kind.key}`}>
      {versions.map((version, i) => {
        const before = versions[i + 1];
        const who = staff?.find((s) => s.id === version.createdById)?.displayName ?? '';
        return (
          <Box key={version.id} sx={{ mb: 1.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate('estate.policies.version_line', { version: version.version, who, when: formatDateTime(version.createdAt) })}
              {version.note ? ` · ${version.note}` : ''}
            </Typography>
            {(before || version.version === 1) && <ChangeList dense changes={changesOf(kind.schema, before ? over(before.data) : current.defaults, over(version.data))} />}
          </Box>
        );
      })}
    </Box>
  );
};
