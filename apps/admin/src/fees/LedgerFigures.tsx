import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { LadderLink } from './dunning-ladders/LadderFields';
import { Money } from './fields';
import type { Ledger } from './endpoints';

type Figure = 'billed' | 'paid' | 'waived' | 'outstanding' | 'overdue' | 'credit' | 'balance';

const ALL: Figure[] = ['billed', 'paid', 'waived', 'outstanding', 'overdue', 'credit', 'balance'];
const COMPACT: Figure[] = ['outstanding', 'overdue', 'credit'];
const TONES: Partial<Record<Figure, 'debt' | 'credit'>> = { outstanding: 'debt', overdue: 'debt', balance: 'debt', credit: 'credit' };

/**
 * A household's account in figures (billed, paid, waived, outstanding, overdue, credit and the
 * balance owed), and its dunning ladder when it has one. `compact`: what the counter needs.
 */
export const LedgerFigures = ({ ledger, compact = false }: { ledger: Ledger; compact?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 1 }}>
        {(compact ? COMPACT : ALL).map((figure) => (
          <Paper key={figure} variant="outlined" sx={{ px: 1.5, py: 1 }} data-figure={figure}>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`estate.fees.ledger.${figure}`)}
            </Typography>
            <Money value={ledger[figure]} tone={TONES[figure]} strong />
          </Paper>
        ))}
      </Box>
      {ledger.ladder && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('estate.fees.ledger.ladder')}
          </Typography>
          <LadderLink ladder={ledger.ladder} />
        </Box>
      )}
    </Box>
  );
};
