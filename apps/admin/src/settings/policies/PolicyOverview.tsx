import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import HistoryIcon from '@mui/icons-material/History';
import { Alert, Box, Card, CardContent, CircularProgress, Collapse, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { Button, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../common/errors';
import { useLocalized } from '../../common/localized';
import { usePoliciesInForce, type PolicyInForce } from './api';
import { policyExporter } from './exportColumns';
import { POLICY_KINDS } from './schema';
import { VersionHistory } from './VersionHistory';
import { useWords, WordsProvider } from './words';

/** "第 3 版，吴刚 2026年11月30日 10:00 保存" or "系统默认设置（从未修改）". */
export const InForceLine = ({ policy }: { policy: PolicyInForce }) => {
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  return (
    <Typography variant="body2" data-testid={`policy-in-force-${policy.key}`} sx={{ mt: 0.5 }}>
      {policy.version
        ? translate('estate.policies.in_force_version', { version: policy.version, who: policy.createdBy?.displayName ?? '', when: formatDateTime(policy.createdAt) })
        : translate('estate.policies.in_force_defaults')}
    </Typography>
  );
};

/** Every saved version, who saved it, when and why, as a workbook (the versions register). */
const ExportVersionsButton = () => {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const exportAll = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getList('policies', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'DESC' }, filter: {} });
      await policyExporter(data, () => Promise.resolve({}), dataProvider, 'policies');
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ra.action.export" onClick={exportAll} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
};

/**
 * Policies are data, versioned: every policy a manager may change, the version in force, a form to make the
 * next version, and the versions before, each with what it changed in words.
 */
export const PolicyList = () => (
  <WordsProvider>
    <PolicyOverview />
  </WordsProvider>
);

const PolicyOverview = () => {
  const translate = useTranslate();
  const words = useWords();
  const navigate = useNavigate();
  const { canAccess: mayChange } = useCanAccess({ resource: 'policies', action: 'create' });
  const { data, isPending, error } = usePoliciesInForce();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.policies.name" />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('estate.policies.versioned')}
          </Typography>
          <ExportVersionsButton />
        </Box>
        {isPending && <CircularProgress size={24} />}
        {error != null && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
        {data && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.policies.fields.key')}</TableCell>
                <TableCell>{translate('estate.policies.in_force')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {POLICY_KINDS.map((kind) => {
                const current = data.find((p) => p.key === kind.key);
                if (!current) return null;
                return (
                  <Fragment key={kind.key}>
                    <TableRow data-testid={`policy-row-${kind.key}`}>
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>
                          {words.pick(kind.name)}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {words.pick(kind.about)}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        <InForceLine policy={current} />
                        {current.note && (
                          <Typography variant="caption" color="text.secondary">
                            {current.note}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                        {mayChange && (
                          <Button label="estate.policies.change" onClick={() => navigate(`/policies/create?key=${encodeURIComponent(kind.key)}`)}>
                            <EditIcon />
                          </Button>
                        )}
                        {current.version > 0 && (
                          <Button label="estate.policies.history" onClick={() => setOpen(open === kind.key ? null : kind.key)}>
                            <HistoryIcon />
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                    <TableRow>
                      <TableCell colSpan={3} sx={{ py: 0, borderBottom: open === kind.key ? undefined : 0 }}>
                        <Collapse in={open === kind.key} unmountOnExit>
                          <Box sx={{ py: 1.5 }}>
                            <VersionHistory kind={kind} current={current} />
                          </Box>
                        </Collapse>
                      </TableCell>
                    </TableRow>
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
