import WorkIcon from '@mui/icons-material/Work';
import type { ResourceProps } from 'react-admin';
import { currentTitle } from '../../common/localized';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** Cases are opened by processes and changed by their tasks and the managers' overrides: no edit. */
const cases: Omit<ResourceProps, 'name'> = {
  list: CaseList,
  show: CaseShow,
  icon: WorkIcon,
  recordRepresentation: (record) => `${currentTitle(record)} #${record.id}`,
};

export default cases;
