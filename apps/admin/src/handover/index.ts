import ContactMailIcon from '@mui/icons-material/ContactMail';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { Area } from '../layout/area';
import { HandoverImportPage } from './HandoverImportPage';
import { NoticeList } from './NoticeList';
import { NoticeShow } from './NoticeShow';

export const HANDOVER_IMPORT_PATH = '/handover-import';

/** Before the owners come: the developer's handover list imported into move-in notices, and the appointments. */
export const handoverArea: Area = {
  name: 'handover',
  resources: [{ name: 'handover-notices', list: NoticeList, show: NoticeShow, icon: ContactMailIcon, recordRepresentation: (r) => String(r.buyerName ?? `#${r.id}`) }],
  routes: [{ path: HANDOVER_IMPORT_PATH, component: HandoverImportPage }],
  menu: [
    {
      order: 29.5,
      entries: [
        { list: 'handover-notices' },
        { page: HANDOVER_IMPORT_PATH, label: 'estate.handover.import_title', icon: UploadFileIcon, resource: 'handover-imports' },
      ],
    },
  ],
};
