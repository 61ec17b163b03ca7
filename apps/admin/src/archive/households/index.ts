import HomeIcon from '@mui/icons-material/Home';
import type { ResourceProps } from 'react-admin';
import { HouseholdCreate } from './HouseholdCreate';
import { HouseholdEdit } from './HouseholdEdit';
import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';

const households: Omit<ResourceProps, 'name'> = {
  list: HouseholdList,
  show: HouseholdShow,
  edit: HouseholdEdit,
  create: HouseholdCreate,
  icon: HomeIcon,
  recordRepresentation: 'name',
};

export default households;
