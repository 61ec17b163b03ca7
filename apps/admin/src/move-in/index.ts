import AddHomeIcon from '@mui/icons-material/AddHome';
import DashboardIcon from '@mui/icons-material/SpaceDashboard';
import KeyIcon from '@mui/icons-material/VpnKey';
import type { Area } from '../layout/area';
import { MoveInBoard } from './MoveInBoard';
import { MoveInCreate } from './MoveInCreate';
import { MoveInList } from './MoveInList';
import { MoveInShow } from './MoveInShow';

export const MOVE_IN_BOARD_PATH = '/move-in-board';

/** Move-in (MOV-1..MOV-6, MOV-8): the cases, a new move-in at the desk, the board per building and the defects. */
export const moveInArea: Area = {
  name: 'move-in',
  resources: [{ name: 'move-ins', list: MoveInList, show: MoveInShow, create: MoveInCreate, icon: KeyIcon, recordRepresentation: (r) => `#${r.id}` }],
  routes: [{ path: MOVE_IN_BOARD_PATH, component: MoveInBoard }],
  menu: [
    {
      order: 27,
      entries: [
        { list: 'move-ins' },
        { create: 'move-ins', label: 'estate.move_in.new', icon: AddHomeIcon },
        { page: MOVE_IN_BOARD_PATH, label: 'estate.move_in.board', icon: DashboardIcon, resource: 'move-ins' },
      ],
    },
  ],
};
