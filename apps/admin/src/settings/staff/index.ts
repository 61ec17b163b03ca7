import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceProps } from 'react-admin';
import { StaffCreate } from './StaffCreate';
import { StaffEdit } from './StaffEdit';
import { StaffList } from './StaffList';

const staff: Omit<ResourceProps, 'name'> = {
  list: StaffList,
  edit: StaffEdit,
  create: StaffCreate,
  icon: BadgeIcon,
  recordRepresentation: 'displayName',
};

export default staff;
