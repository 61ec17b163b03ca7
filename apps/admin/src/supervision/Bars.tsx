import { Box, Link, Tooltip, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';

/** One horizontal bar per row, made of MUI Boxes (no chart library): its value as a number that links to its list. */
export const Bars = ({ rows, color = 'primary.main' }: { rows: { key: string; label: string; value: number; to: string; hint?: string; color?: string }[]; color?: string }) => {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(6em, max-content) 1fr auto', alignItems: 'center', columnGap: 1, rowGap: 0.75 }}>
      {rows.map((row) => (
        <Box key={row.key} sx={{ display: 'contents' }}>
          <Typography variant="body2" noWrap>
            {row.label}
          </Typography>
          <Tooltip title={row.hint ?? ''}>
            <Box sx={{ height: 14, borderRadius: 1, bgcolor: 'action.hover' }}>
              <Box sx={{ height: '100%', width: `${(row.value / max) * 100}%`, minWidth: row.value ? 4 : 0, borderRadius: 1, bgcolor: row.color ?? color }} />
            </Box>
          </Tooltip>
          <Link component={RouterLink} to={row.to} variant="body2" sx={{ fontWeight: 600, textAlign: 'right' }} aria-label={`${row.label} ${row.value}`}>
            {row.value}
          </Link>
        </Box>
      ))}
    </Box>
  );
};

/** A big figure on a card that links to the list behind it. */
export const Figure = ({ label, value, to, tone }: { label: string; value: string; to: string; tone?: 'error' | 'warning' | 'success' }) => (
  <Link component={RouterLink} to={to} underline="none" sx={{ display: 'block', p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', '&:hover': { bgcolor: 'action.hover' } }}>
    <Typography variant="h4" component="div" sx={{ color: tone ? `${tone}.main` : 'text.primary', fontWeight: 600 }}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Link>
);
