import { Box, Typography, useMediaQuery, useTheme, type Theme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useLocalized } from '../localized';

export type Tone = 'primary' | 'secondary' | 'success' | 'warning' | 'error' | 'info';

/** How the values read: counts, rates (0 to 1, shown as percentages) or money. */
export type ChartFormat = 'count' | 'rate' | 'money';

export interface ChartSeries {
  /** The series' id, given back with a click. */
  key: string;
  /** Its translated name, in the legend and the tooltip. */
  label: string;
  data: (number | null)[];
  /** A colour of the theme's palette. */
  color?: Tone;
  /** Series with the same stack are drawn end to end. */
  stack?: string;
}

interface FigureChartProps {
  /** The chart's translated title. */
  title: string;
  /** The translated names of the bars' categories (periods, tiers, buildings...), one per data point. */
  categories: string[];
  series: ChartSeries[];
  format: ChartFormat;
  /** The translated labels of the value axis and of the categories' axis. */
  valueLabel: string;
  categoryLabel?: string;
  /** The list behind a bar (a react-admin list URL with its filter), or null when there is none. */
  link?: (seriesKey: string, index: number) => string | null;
  testId: string;
}

/**
 * One chart of a figures page: horizontal bars (category names read down the side, so the chart keeps its
 * labels at phone width), a legend when there are several series, and a click on a bar opening the list of
 * what it counts.
 */
export const FigureChart = ({ title, categories, series, format, valueLabel, categoryLabel, link, testId }: FigureChartProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { formatCount, formatPercent, formatMoney } = useLocalized();
  const theme = useTheme();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const shown = (value: number | null) => (value == null ? translate('estate.common.none') : format === 'rate' ? formatPercent(value) : format === 'money' ? formatMoney(value) : formatCount(value));
  // Axis ticks: money without its decimals (the axis says the unit), counts in whole numbers.
  const tick = (value: number) => (format === 'rate' ? formatPercent(value) : formatCount(value));
  const nothing = categories.length === 0 || series.every((s) => s.data.every((v) => !v));
  const stacked = series.every((s) => s.stack);
  const barsPerCategory = stacked ? 1 : series.length;
  const height = Math.max(150, categories.length * (barsPerCategory * (phone ? 18 : 22) + 14) + 70 + (series.length > 1 ? 30 : 0));
  // The names down the side: as wide as the longest needs (Chinese characters count double), within a third of a phone's width.
  const longest = Math.max(0, ...categories.map((name) => [...name].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 14 : 8.5), 0)));
  const axisWidth = Math.round(Math.min(phone ? 110 : 220, Math.max(40, longest + 20)));
  return (
    <Box component="figure" data-testid={testId} data-empty={nothing || undefined} sx={{ m: 0, mb: 3, maxWidth: 900 }}>
      <Typography component="figcaption" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {link && !nothing && (
        <Typography variant="caption" color="text.secondary">
          {translate('estate.charts.open_list')}
        </Typography>
      )}
      {nothing ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
          {translate('estate.charts.no_data')}
        </Typography>
      ) : (
        <BarChart
          layout="horizontal"
          height={height}
          skipAnimation
          localeText={{ noData: translate('estate.charts.no_data'), loading: translate('estate.charts.loading') }}
          yAxis={[{ scaleType: 'band', data: categories, label: phone ? undefined : categoryLabel, width: axisWidth + (phone || !categoryLabel ? 0 : 24) }]}
          xAxis={[{ label: valueLabel, min: 0, ...(format === 'rate' ? { max: 1 } : { tickMinStep: 1 }), valueFormatter: tick, tickNumber: phone ? 3 : 6 }]}
          series={series.map((s) => ({
            id: s.key,
            label: s.label,
            data: s.data,
            ...(s.color ? { color: theme.palette[s.color].main } : {}),
            ...(s.stack ? { stack: s.stack } : { minBarSize: 3 }),
            valueFormatter: (v: number | null) => shown(v),
          }))}
          hideLegend={series.length < 2}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'start' } } }}
          margin={{ left: 4, right: phone ? 24 : 32 }}
          grid={{ vertical: true }}
          onItemClick={
            link
              ? (_event, item) => {
                  const to = link(String(item.seriesId), item.dataIndex);
                  if (to) navigate(to);
                }
              : undefined
          }
          sx={link ? { '& .MuiBarChart-element': { cursor: 'pointer' } } : undefined}
        />
      )}
    </Box>
  );
};
