import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  InputAdornment,
  List as MuiList,
  ListItemButton,
  ListItemText,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Title, useGetIdentity, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from './i18n';
import type { FileLoan } from './file-loans/types';

const listPath = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** One count from a list endpoint: the total of its Content-Range, fetching a single row. */
const useTotal = (resource: string, filter: Record<string, unknown>) => {
  const { total, isPending } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } });
  return isPending ? '…' : String(total ?? 0);
};

const Stat = ({ label, value, to, alert }: { label: string; value: string; to: string; alert?: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <Card variant="outlined" sx={alert && value !== '0' && value !== '…' ? { borderColor: 'error.main' } : undefined}>
      <CardActionArea onClick={() => navigate(to)}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h4" color={alert && value !== '0' && value !== '…' ? 'error' : 'text.primary'}>
            {value}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

const HouseholdSearch = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(q.trim() ? listPath('households', { q: q.trim() }) : '/households');
      }}
    >
      <MuiTextField
        fullWidth
        size="small"
        label={translate('estate.dashboard.search')}
        placeholder={translate('resources.households.fields.q')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
        }}
      />
    </Box>
  );
};

const OverdueLoans = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<FileLoan>('file-loans', {
    filter: { status: 'OVERDUE' },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('estate.dashboard.overdue_title')}
        </Typography>
        {!isPending && (!data || data.length === 0) ? (
          <Typography variant="body2" color="text.secondary">
            {translate('estate.dashboard.no_overdue')}
          </Typography>
        ) : (
          <MuiList dense disablePadding>
            {(data ?? []).map((loan) => (
              <ListItemButton key={loan.id} onClick={() => navigate(`/households/${loan.householdId}/show/loans`)}>
                <ListItemText
                  primary={`${loan.household?.name ?? `#${loan.householdId}`} · ${loan.borrower}`}
                  secondary={`${translate('resources.file-loans.fields.dueAt')}: ${format.format(new Date(loan.dueAt))}`}
                  slotProps={{ secondary: { color: 'error' } }}
                />
              </ListItemButton>
            ))}
          </MuiList>
        )}
      </CardContent>
    </Card>
  );
};

/** The front page: find a household, and what needs attention in the file lending register. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const households = useTotal('households', { active: true });
  const out = useTotal('file-loans', { status: 'OUT' });
  const overdue = useTotal('file-loans', { status: 'OVERDUE' });
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, maxWidth: 1100 }}>
      <Title title="ra.page.dashboard" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h5" gutterBottom>
            {translate('estate.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('estate.dashboard.intro')}
          </Typography>
          <HouseholdSearch />
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}>
        <Stat label="estate.dashboard.households" value={households} to={listPath('households', { active: true })} />
        <Stat label="estate.dashboard.open_loans" value={out} to={listPath('file-loans', { status: 'OUT' })} />
        <Stat
          label="estate.dashboard.overdue_loans"
          value={overdue}
          to={listPath('file-loans', { status: 'OVERDUE' })}
          alert
        />
      </Box>
      <OverdueLoans />
    </Box>
  );
};
