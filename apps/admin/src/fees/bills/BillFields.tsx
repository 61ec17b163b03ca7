import { Box, Chip, Typography } from '@mui/material';
import { DataTable, Link, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { RateField } from '../charge-items/ChargeItemFields';
import { BILL_STATUS_COLORS, MESSAGE_STATUS_COLORS } from '../../common/enums';
import { DayField, EmptyValue, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { FeeHouseholdField, MoneyField, OverdueChip, PeriodField } from '../fields';
import type { Bill, BillLine } from '../types';

export const BillStatusField = () => <EnumField source="status" enumName="billStatus" colors={BILL_STATUS_COLORS} />;

/** The columns of a list of bills; `household` adds the household's column (not on its own file). */
export const billColumns = ({ household }: { household: boolean }) => [
  <DataTable.Col key="number" source="number" disableSort />,
  ...(household
    ? [
        <DataTable.Col key="household" source="householdId" label="resources.bills.fields.household" disableSort>
          <FeeHouseholdField />
        </DataTable.Col>,
      ]
    : []),
  <DataTable.Col key="period" source="period">
    <PeriodField />
  </DataTable.Col>,
  <DataTable.Col key="dueDate" source="dueDate">
    <DayField source="dueDate" />
  </DataTable.Col>,
  <DataTable.Col key="amount" source="amount" align="right">
    <MoneyField source="amount" />
  </DataTable.Col>,
  <DataTable.Col key="paid" source="paid" align="right" disableSort>
    <MoneyField source="paid" />
  </DataTable.Col>,
  <DataTable.Col key="outstanding" source="outstanding" align="right" disableSort>
    <MoneyField source="outstanding" tone="debt" />
  </DataTable.Col>,
  <DataTable.Col key="status" source="status" disableSort>
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <BillStatusField />
      <OverdueChip />
    </Box>
  </DataTable.Col>,
];

/** FEE-8: "70% custody" on the property fee of a unit in custody; "100%" otherwise. */
const RatioField = () => {
  const line = useRecordContext<BillLine>();
  const translate = useTranslate();
  const { formatPercent } = useLocalized();
  if (!line || line.ratio == null) return <EmptyValue />;
  const ratio = Number(line.ratio);
  if (ratio >= 1) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {formatPercent(ratio)}
      </Typography>
    );
  }
  return (
    <Chip
      size="small"
      color="info"
      variant="outlined"
      label={translate('estate.bills.custody_ratio', { ratio: formatPercent(ratio) })}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

/** The quantity with its unit: the area for an AREA line, the reading for a METERED one. */
const QuantityField = () => {
  const line = useRecordContext<BillLine>();
  const translate = useTranslate();
  if (!line || line.quantity == null) return <EmptyValue />;
  const quantity = Number(line.quantity).toLocaleString(undefined, { maximumFractionDigits: 2 });
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate(`estate.bills.quantity_units.${line.basis}`, { quantity, _: quantity })}
    </Typography>
  );
};

const LineNameField = () => {
  const line = useRecordContext<BillLine>();
  const { pick } = useLocalized();
  if (!line) return null;
  return (
    <Typography component="span" variant="body2">
      {pick({ zh: line.nameZh, en: line.nameEn }) || line.code}
    </Typography>
  );
};

/** The bill's lines: item, quantity, rate, ratio and amount (each line keeps the rate it was billed at). */
export const BillLineColumns = [
  <DataTable.Col key="name" source="nameZh" label="estate.bills.line_columns.name" disableSort>
    <LineNameField />
  </DataTable.Col>,
  <DataTable.Col key="quantity" source="quantity" label="estate.bills.line_columns.quantity" align="right" disableSort>
    <QuantityField />
  </DataTable.Col>,
  <DataTable.Col key="rate" source="rate" label="estate.bills.line_columns.rate" align="right" disableSort>
    <RateField />
  </DataTable.Col>,
  <DataTable.Col key="ratio" source="ratio" label="estate.bills.line_columns.ratio" disableSort>
    <RatioField />
  </DataTable.Col>,
  <DataTable.Col key="amount" source="amount" label="estate.bills.line_columns.amount" align="right" disableSort>
    <MoneyField source="amount" />
  </DataTable.Col>,
];

/** How the bill's notice went out (FEE-1), linking to the message in the outbox. */
export const NoticeField = () => {
  const bill = useRecordContext<Bill>();
  const translate = useTranslate();
  if (!bill) return null;
  if (!bill.notice) return <EmptyValue />;
  return (
    <RecordContextProvider value={bill.notice}>
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <EnumField source="channel" enumName="channel" />
        <EnumField source="status" enumName="messageStatus" colors={MESSAGE_STATUS_COLORS} />
        <Link to={`/messages/${bill.notice.id}/show`}>{translate('estate.bills.open_notice')}</Link>
      </Box>
    </RecordContextProvider>
  );
};
