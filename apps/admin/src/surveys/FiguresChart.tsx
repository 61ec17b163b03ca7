import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';
import type { Tally } from './types';

/**
 * The satisfaction rate of each channel as a horizontal bar out of 100% (drawn with boxes), with the rate and
 * how many ratings it counts, so it reads at phone width too.
 */
export const FiguresChart = ({ lines, name }: { lines: Tally[]; name: (key: string) => string }) => {
  const translate = useTranslate();
  const { formatPercent, formatCount } = useLocalized();
  return (
    <Box component="figure" sx={{ m: 0, mb: 3, maxWidth: 860 }} data-testid="survey-figures-chart">
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('estate.surveys.figures.chart_title')}
      </Typography>
      {lines.map((line) => (
        <Box key={line.key} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '9em 1fr' }, columnGap: 2, alignItems: 'center', mb: 1 }}>
          <Typography variant="body2">{name(line.key)}</Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Box sx={{ flex: 1, height: 14, bgcolor: 'action.hover', borderRadius: 0.5, overflow: 'hidden' }}>
              <Box
                role="img"
                aria-label={`${name(line.key)}: ${line.rate === null ? '—' : formatPercent(line.rate)}`}
                sx={{ height: '100%', width: `${(line.rate ?? 0) * 100}%`, bgcolor: (line.rate ?? 0) >= 0.8 ? 'success.main' : (line.rate ?? 0) >= 0.6 ? 'warning.main' : 'error.main' }}
              />
            </Box>
            <Typography variant="caption" sx={{ minWidth: '8em' }}>
              {line.rate === null ? '—' : formatPercent(line.rate)} ({formatCount(line.rated)})
            </Typography>
          </Box>
        </Box>
      ))}
    </Box>
  );
};
