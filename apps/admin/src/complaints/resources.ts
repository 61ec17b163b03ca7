import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { ResourceProps } from 'react-admin';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintFollowUpList, ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

/**
 * The complaint register (CMP-1..9): taken at the desk, then changed only by its process and the
 * managers' overrides of its case, so there is no edit page.
 */
export const complaints: Omit<ResourceProps, 'name'> = {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: ReportProblemIcon,
  recordRepresentation: (record) => `#${record.id} ${record.subject ?? ''}`.trim(),
};

/**
 * CMP-8: the supervisors' follow-up list as its own menu entry (managers only, see
 * authProvider.canAccess). Its rows are complaints: the list reads the `complaints` resource.
 */
export const complaintFollowUp: Omit<ResourceProps, 'name'> = {
  list: ComplaintFollowUpList,
  icon: AssignmentLateIcon,
  options: { label: 'estate.complaints.follow_up_menu' },
};
