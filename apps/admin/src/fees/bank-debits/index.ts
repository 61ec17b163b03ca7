import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceProps } from 'react-admin';
import { BankDebitImportList } from './BankDebitImportList';

/**
 * The bank's auto-debit result files (FEE-2), imported once each (`/bank-debits/imports`); their
 * lines are the `bank-debit-results` resource (`/bank-debits/results`), shown under each import.
 */
const bankDebitImports: Omit<ResourceProps, 'name'> = {
  list: BankDebitImportList,
  icon: AccountBalanceIcon,
  recordRepresentation: 'fileName',
};

export default bankDebitImports;
