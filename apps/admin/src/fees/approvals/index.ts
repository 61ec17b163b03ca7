import ApprovalIcon from '@mui/icons-material/Approval';
import type { ResourceProps } from 'react-admin';
import { ApprovalList } from './ApprovalList';

/** Money that needs two people: the requests waiting for a second person, and the decided ones. */
const approvals: Omit<ResourceProps, 'name'> = {
  list: ApprovalList,
  icon: ApprovalIcon,
};

export default approvals;
