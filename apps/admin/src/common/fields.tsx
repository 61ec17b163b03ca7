import { Chip, Typography, type ChipProps } from '@mui/material';
import {
  DateField,
  useFieldValue,
  useLocaleState,
  useTranslate,
  type DateFieldProps,
  type FieldProps,
} from 'react-admin';
import { intlLocale } from '../i18n';
import { enumLabel, type EnumName } from './enums';

type ChipColor = ChipProps['color'];

export interface EnumFieldProps extends FieldProps {
  source: string;
  enumName: EnumName;
  /** Show the value as a chip coloured by value (e.g. overdue in red). */
  colors?: Partial<Record<string, ChipColor>>;
  /** The chip's look when `colors` is given: outlined unless told otherwise. */
  chipVariant?: ChipProps['variant'];
}

/** A translated enumeration value (`estate.enums.<enumName>.<value>`). */
export const EnumField = ({ source, enumName, colors, chipVariant = 'outlined' }: EnumFieldProps) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value == null || value === '') return <EmptyValue />;
  const label = translate(enumLabel(enumName, String(value)), { _: String(value) });
  if (colors) {
    return (
      <Chip
        size="small"
        label={label}
        color={colors[String(value)] ?? 'default'}
        variant={chipVariant}
        sx={{ alignSelf: 'flex-start' }}
      />
    );
  }
  return (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
};

export const EmptyValue = () => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate('estate.common.none')}
    </Typography>
  );
};

/** A date and time in the UI's language ("4 Jan 2024, 10:00", "2024年1月4日 10:00"). */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      showTime
      locales={intlLocale(locale)}
      options={{ dateStyle: 'medium', timeStyle: 'short' }}
      emptyText="estate.common.none"
      {...props}
    />
  );
};

/**
 * A calendar day sent by the API as "YYYY-MM-DD". Read as UTC midnight and shown in UTC so that
 * the day never shifts with the browser's time zone.
 */
export const DayField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      locales={intlLocale(locale)}
      options={{ dateStyle: 'medium', timeZone: 'UTC' }}
      emptyText="estate.common.none"
      {...props}
    />
  );
};

const UNITS = ['B', 'KB', 'MB', 'GB'];

export const formatBytes = (bytes: number): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${UNITS[unit]}`;
};

export const FileSizeField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue({ source });
  if (typeof value !== 'number') return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {formatBytes(value)}
    </Typography>
  );
};
