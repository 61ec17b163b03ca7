import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { ResourceProps } from 'react-admin';
import { EstateCreate } from './EstateCreate';
import { EstateEdit } from './EstateEdit';
import { EstateList } from './EstateList';
import { EstateShow } from './EstateShow';

const estates: Omit<ResourceProps, 'name'> = {
  list: EstateList,
  show: EstateShow,
  edit: EstateEdit,
  create: EstateCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};

export default estates;
