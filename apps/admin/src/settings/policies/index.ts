import TuneIcon from '@mui/icons-material/Tune';
import type { ResourceProps } from 'react-admin';
import { i18nProvider } from '../../i18n';
import { pick } from '../../common/localized';
import { PolicyCreate } from './PolicyCreate';
import { PolicyList } from './PolicyOverview';
import { policyKind } from './schema';

/** Managers only. Versions are never edited or deleted: a change is a new version. */
const policies: Omit<ResourceProps, 'name'> = {
  list: PolicyList,
  create: PolicyCreate,
  icon: TuneIcon,
  recordRepresentation: (record) => {
    const locale = i18nProvider.getLocale();
    const kind = policyKind(String(record.key));
    return i18nProvider.translate('estate.policies.version_of', { name: kind ? pick(kind.name, locale) : '', version: record.version });
  },
};

export default policies;
