import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { ResourceProps } from 'react-admin';
import { FileLoanCreate } from './FileLoanCreate';
import { FileLoanList } from './FileLoanList';
import { FileLoanShow } from './FileLoanShow';

/** The file lending register (ARC-3): append-only, so there is no edit page. */
const fileLoans: Omit<ResourceProps, 'name'> = {
  list: FileLoanList,
  show: FileLoanShow,
  create: FileLoanCreate,
  icon: FolderSharedIcon,
  recordRepresentation: 'borrower',
};

export default fileLoans;
