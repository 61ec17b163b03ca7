import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import type { ResourceProps } from 'react-admin';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

const units: Omit<ResourceProps, 'name'> = {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: MeetingRoomIcon,
  recordRepresentation: 'number',
};

export default units;
