import PaidIcon from '@mui/icons-material/Paid';
import {
  Alert,
  Box,
  CircularProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Button, useTranslate, type Validator } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLocalized } from '../../common/localized';
import { Money } from '../fields';
import { MoneyInput } from '../inputs';
import { LedgerFigures } from '../LedgerFigures';
import { useLedger } from '../queries';
import type { Bill } from '../types';
import { allocationField, openBillsOldestFirst, planByHand, planOldestFirst, toCents, type AllocationPlan } from './allocation';

/** A bill's allocation cannot exceed what it still owes. */
const upTo =
  (bill: Bill): Validator =>
  (value) =>
    toCents(value) > toCents(bill.outstanding) ? 'estate.payments.over_outstanding' : undefined;

const BillRow = ({ bill, manual, plan }: { bill: Bill; manual: boolean; plan: AllocationPlan }) => {
  const { formatPeriod, formatDay } = useLocalized();
  return (
    <TableRow sx={bill.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : undefined}>
      <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{bill.number}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatPeriod(bill.period)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', color: bill.overdue ? 'error.main' : undefined }}>{formatDay(bill.dueDate)}</TableCell>
      <TableCell align="right">
        <Money value={bill.outstanding} tone="debt" />
      </TableCell>
      <TableCell align="right" sx={{ width: 160 }}>
        {manual ? (
          <MoneyInput
            source={allocationField(bill.id)}
            label={false}
            allowZero
            validate={upTo(bill)}
            size="small"
            helperText={false}
            sx={{ m: 0, width: 140 }}
          />
        ) : (
          <Money value={plan.byBill.has(Number(bill.id)) ? (plan.byBill.get(Number(bill.id)) as number) / 100 : null} />
        )}
      </TableCell>
    </TableRow>
  );
};

/** "Allocated ¥x · credit ¥y", or how much the allocations exceed the amount. */
const PlanFooter = ({ plan, manual }: { plan: AllocationPlan; manual: boolean }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  return (
    <TableFooter>
      <TableRow>
        <TableCell colSpan={4}>
          {translate(manual ? 'estate.payments.plan_manual' : 'estate.payments.plan_oldest_first')}
        </TableCell>
        <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {formatMoney(plan.allocated / 100)}
        </TableCell>
      </TableRow>
      {plan.credit !== 0 && (
        <TableRow>
          <TableCell colSpan={4} sx={{ color: plan.credit < 0 ? 'error.main' : 'success.main' }}>
            {translate(plan.credit < 0 ? 'estate.payments.over_amount' : 'estate.payments.becomes_credit')}
          </TableCell>
          <TableCell align="right" sx={{ color: plan.credit < 0 ? 'error.main' : 'success.main', whiteSpace: 'nowrap' }}>
            {formatMoney(Math.abs(plan.credit) / 100)}
          </TableCell>
        </TableRow>
      )}
    </TableFooter>
  );
};

/**
 * The chosen household's account at the counter: what it owes, its open bills oldest first with
 * what the amount typed pays on each (oldest first, as the API will), or an input per bill when
 * allocating by hand.
 */
export const OpenBillsPanel = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const [householdId, amount, manual, typed] = useWatch({ name: ['householdId', 'amount', 'manual', 'allocate'] });
  const { data: ledger, isPending, error } = useLedger(householdId);
  if (householdId == null || householdId === '') {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
        {translate('estate.payments.pick_household')}
      </Typography>
    );
  }
  if (isPending) return <CircularProgress size={24} sx={{ mt: 4 }} />;
  if (error || !ledger) return <Alert severity="error">{translate('estate.fees.ledger_failed')}</Alert>;
  const bills = openBillsOldestFirst(ledger.bills ?? []);
  const plan = manual ? planByHand(bills, typed, amount) : planOldestFirst(bills, amount);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography variant="subtitle2">{translate('estate.payments.open_bills')}</Typography>
        {toCents(ledger.outstanding) > 0 && (
          <Button
            label="estate.payments.pay_all"
            onClick={() => setValue('amount', ledger.outstanding, { shouldDirty: true, shouldValidate: true })}
          >
            <PaidIcon />
          </Button>
        )}
      </Box>
      <LedgerFigures ledger={ledger} compact />
      {bills.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate('estate.payments.no_open_bills')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.bills.fields.number')}</TableCell>
              <TableCell>{translate('resources.bills.fields.period')}</TableCell>
              <TableCell>{translate('resources.bills.fields.dueDate')}</TableCell>
              <TableCell align="right">{translate('resources.bills.fields.outstanding')}</TableCell>
              <TableCell align="right">{translate('estate.payments.pays')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {bills.map((bill) => (
              <BillRow key={bill.id} bill={bill} manual={!!manual} plan={plan} />
            ))}
          </TableBody>
          <PlanFooter plan={plan} manual={!!manual} />
        </Table>
      )}
    </Paper>
  );
};
