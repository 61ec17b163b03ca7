import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';
import type { RepairFigureLine } from './types';

const SERIES = [
  { key: 'received', color: 'primary.main' },
  { key: 'completed', color: 'success.main' },
  { key: 'returnVisits', color: 'warning.main' },
] as const;

/**
 * The period's orders per category as horizontal bars (drawn with boxes: no chart library for three
 * series): received, completed and return visits side by side, each with its number, so the chart reads
 * at phone width too.
 */
export const FiguresChart = ({ lines }: { lines: RepairFigureLine[] }) => {
  const translate = useTranslate();
  const { pick, formatCount } = useLocalized();
  const max = Math.max(1, ...lines.flatMap((line) => SERIES.map((s) => Number(line[s.key] ?? 0))));
  return (
    <Box component="figure" sx={{ m: 0, mb: 3, maxWidth: 960 }} data-testid="repair-figures-chart">
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('estate.repairs.figures.chart_title')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 1 }}>
        {SERIES.map((s) => (
          <Box key={s.key} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Box sx={{ width: 12, height: 12, bgcolor: s.color, borderRadius: 0.5 }} />
            <Typography variant="caption">{translate(`estate.repairs.figures.columns.${s.key}`)}</Typography>
          </Box>
        ))}
      </Box>
      {lines.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('estate.repairs.figures.nothing')}
        </Typography>
      )}
      {lines.map((line) => (
        <Box key={line.key ?? ''} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '10em 1fr' }, columnGap: 2, alignItems: 'center', mb: 1 }}>
          <Typography variant="body2">{pick(line.name)}</Typography>
          <Box>
            {SERIES.map((s) => {
              const value = Number(line[s.key] ?? 0);
              return (
                <Box key={s.key} sx={{ display: 'flex', alignItems: 'center', gap: 1, height: 14, mb: 0.25 }}>
                  <Box
                    role="img"
                    aria-label={`${translate(`estate.repairs.figures.columns.${s.key}`)}: ${formatCount(value)}`}
                    sx={{ height: 10, width: `${(value / max) * 85}%`, minWidth: value ? 4 : 0, bgcolor: s.color, borderRadius: 0.5 }}
                  />
                  <Typography variant="caption" sx={{ lineHeight: 1 }}>
                    {formatCount(value)}
                  </Typography>
                </Box>
              );
            })}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
