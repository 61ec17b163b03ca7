import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, RecordContextProvider, Title, useRefresh, useTranslate } from 'react-admin';
import { estateToday, isDay } from '../../common/days';
import { EnumField } from '../../common/fields';
import { errorMessage } from '../../common/errors';
import { useLocalized } from '../../common/localized';
import { Section } from '../../common/Section';
import { Money } from '../fields';
import { useCashReconciliation } from '../queries';
import type { CashReconciliation as Reconciliation } from '../endpoints';
import { Difference } from './DifferenceField';
import { RecordHandoverButton } from './RecordHandoverButton';

const Head = ({ columns }: { columns: { label: string; align?: 'right' }[] }) => {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => (
          <TableCell key={column.label || 'actions'} align={column.align}>
            {column.label ? translate(column.label) : null}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
};

/** Each collector's cash of the day: handed over and counted, or still to receive. */
const Collectors = ({ data }: { data: Reconciliation }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  return (
    <Section title="estate.reconciliation.collectors">
      <Table size="small">
        <Head
          columns={[
            { label: 'resources.cash-handovers.fields.collectorId' },
            { label: 'resources.cash-handovers.fields.receipts', align: 'right' },
            { label: 'estate.reconciliation.cash', align: 'right' },
            { label: 'estate.reconciliation.handed_over' },
            { label: 'resources.cash-handovers.fields.countedAmount', align: 'right' },
            { label: 'resources.cash-handovers.fields.difference' },
            { label: '' },
          ]}
        />
        <TableBody>
          {data.collectors.length === 0 && (
            <TableRow>
              <TableCell colSpan={7} sx={{ color: 'text.secondary' }}>
                {translate('estate.reconciliation.no_cash')}
              </TableCell>
            </TableRow>
          )}
          {data.collectors.map((line) => (
            <TableRow key={line.collectorId}>
              <TableCell>{line.displayName}</TableCell>
              <TableCell align="right">{line.receipts}</TableCell>
              <TableCell align="right">
                <Money value={line.cashAmount} />
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={line.handedOver ? 'success' : 'warning'}
                  label={
                    line.handedOver
                      ? translate('estate.payments.handed_over')
                      : line.handovers > 0
                        ? translate('estate.reconciliation.partly_handed_over', { amount: formatMoney(line.notHandedOver) })
                        : translate('estate.payments.not_handed_over')
                  }
                />
              </TableCell>
              <TableCell align="right">
                <Money value={line.countedAmount} />
              </TableCell>
              <TableCell>{line.handovers > 0 ? <Difference value={line.difference} /> : null}</TableCell>
              <TableCell align="right">
                {line.notHandedOver > 0 && (
                  <RecordHandoverButton collectorId={line.collectorId} date={data.date} variant="text" />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** The day's receipts by payment method. */
const ByMethod = ({ data }: { data: Reconciliation }) => (
  <Section title="estate.reconciliation.by_method">
    <Table size="small" sx={{ maxWidth: 560 }}>
      <Head
        columns={[
          { label: 'resources.payments.fields.method' },
          { label: 'resources.cash-handovers.fields.receipts', align: 'right' },
          { label: 'resources.payments.fields.amount', align: 'right' },
        ]}
      />
      <TableBody>
        {data.byMethod.map((line) => (
          <TableRow key={line.method}>
            <TableCell>
              <RecordContextProvider value={line}>
                <EnumField source="method" enumName="paymentMethod" />
              </RecordContextProvider>
            </TableCell>
            <TableCell align="right">{line.receipts}</TableCell>
            <TableCell align="right">
              <Money value={line.amount} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Section>
);

/** Before the clerk has counted anything, there is no count and no difference to show: it says so. */
const NotCounted = ({ cash }: { cash: boolean }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }} data-testid="reconciliation-not-counted">
      {translate(cash ? 'estate.reconciliation.not_counted' : 'estate.reconciliation.no_cash_to_count')}
    </Typography>
  );
};

const Totals = ({ data }: { data: Reconciliation }) => {
  const translate = useTranslate();
  const counted = data.collectors.some((line) => line.handovers > 0);
  const notCounted = <NotCounted key="n" cash={data.cashExpected > 0} />;
  const items: [string, React.ReactNode][] = [
    ['estate.reconciliation.total_received', <Money key="r" value={data.totalReceived} strong />],
    ['estate.reconciliation.cash_expected', <Money key="e" value={data.cashExpected} strong />],
    ['estate.reconciliation.cash_counted', counted ? <Money key="c" value={data.cashCounted} strong /> : notCounted],
    ...(data.notHandedOver != null
      ? ([['estate.reconciliation.not_handed_over', <Money key="n" value={data.notHandedOver} tone="debt" strong />]] as [string, React.ReactNode][])
      : []),
    ['resources.cash-handovers.fields.difference', counted ? <Difference key="d" value={data.difference} /> : notCounted],
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 2, mb: 3 }}>
      {items.map(([label, value]) => (
        <Box key={label}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate(label)}
          </Typography>
          {value}
        </Box>
      ))}
    </Box>
  );
};

/**
 * FEE-7: a day's reconciliation for finance. What came in by method, each collector's cash and
 * whether the clerk has received and counted it, and the difference between cash expected and
 * cash counted. A collector not handed over yet has the "Record handover" button.
 */
export const CashReconciliation = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { formatDay } = useLocalized();
  const [date, setDate] = useState(estateToday);
  const { data, error, isFetching } = useCashReconciliation(date, isDay(date));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.reconciliation.title" />
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
          <TextField
            type="date"
            size="small"
            label={translate('estate.reconciliation.date')}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 190 }}
          />
          <Button label="ra.action.refresh" onClick={refresh} disabled={isFetching}>
            <RefreshIcon />
          </Button>
          {isFetching && <CircularProgress size={20} />}
        </Box>
        {error != null && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate(errorMessage(error), { _: errorMessage(error) })}
          </Alert>
        )}
        {data && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('estate.reconciliation.of_day', { date: formatDay(data.date) })}
            </Typography>
            <Totals data={data} />
            <Collectors data={data} />
            <ByMethod data={data} />
          </>
        )}
      </CardContent>
    </Card>
  );
};
