import AddCircleIcon from '@mui/icons-material/AddCircle';
import ListAltIcon from '@mui/icons-material/ListAlt';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import type { Area } from '../layout/area';
import { GateCheckPage } from './gate-check/GateCheckPage';
import { GateCheckList } from './gate-checks/GateCheckList';
import { ReleasePassCreate } from './release-passes/ReleasePassCreate';
import { ReleasePassList } from './release-passes/ReleasePassList';
import { ReleasePassShow } from './release-passes/ReleasePassShow';

export const GATE_CHECK_PATH = '/gate-check';

/**
 * The gate (REC-3, later DEC-3): the gate check that security uses on a phone, the reception's register of
 * item release passes (apply, check the documents, issue, print, revoke) and the gate log. In the menu
 * after the repairs.
 */
export const gateArea: Area = {
  name: 'gate',
  resources: [
    {
      name: 'release-passes',
      list: ReleasePassList,
      show: ReleasePassShow,
      create: ReleasePassCreate,
      icon: LocalShippingIcon,
      recordRepresentation: (record) => String(record.pass?.number ?? `#${record.id}`),
    },
    { name: 'gate-checks', list: GateCheckList, icon: ListAltIcon },
  ],
  routes: [{ path: GATE_CHECK_PATH, component: GateCheckPage }],
  menu: [
    {
      order: 28,
      entries: [
        { page: GATE_CHECK_PATH, label: 'estate.gate.check_menu', icon: QrCodeScannerIcon, resource: 'gate-checks' },
        { list: 'release-passes' },
        { create: 'release-passes', label: 'estate.gate.new', icon: AddCircleIcon },
        { list: 'gate-checks' },
      ],
    },
  ],
};
