import ApartmentIcon from '@mui/icons-material/Apartment';
import type { ResourceProps } from 'react-admin';
import { BuildingCreate } from './BuildingCreate';
import { BuildingEdit } from './BuildingEdit';
import { BuildingList } from './BuildingList';
import { BuildingShow } from './BuildingShow';

const buildings: Omit<ResourceProps, 'name'> = {
  list: BuildingList,
  show: BuildingShow,
  edit: BuildingEdit,
  create: BuildingCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};

export default buildings;
