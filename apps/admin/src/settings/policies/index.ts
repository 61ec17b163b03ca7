import TuneIcon from '@mui/icons-material/Tune';
import type { ResourceProps } from 'react-admin';
import { PolicyCreate } from './PolicyCreate';
import { PolicyList } from './PolicyList';

/** Managers only. Versions are never edited or deleted: a change is a new version. */
const policies: Omit<ResourceProps, 'name'> = {
  list: PolicyList,
  create: PolicyCreate,
  icon: TuneIcon,
  recordRepresentation: (record) => `${record.key} v${record.version}`,
};

export default policies;
