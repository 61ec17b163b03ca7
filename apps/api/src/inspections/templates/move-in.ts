import { t, type InspectionTemplate } from './schema';

const item = (code: string, zh: string, en: string, category: string) => ({ code, label: t(zh, en), category });

const WALLS = item('WALLS', '墙面、天花', 'Walls and ceiling', 'WALLS');
const FLOOR = item('FLOOR', '地面', 'Floor', 'WALLS');
const WINDOWS = item('WINDOWS', '门窗及玻璃', 'Windows, doors and glass', 'DOORS');
const SOCKETS = item('SOCKETS', '开关插座、灯具', 'Switches, sockets and lights', 'ELECTRICAL');

/**
 * MOV-5: the move-in inspection of a new flat (seed 004 §1 ⑥: maintenance and the owner check the house item
 * by item, read the water, electricity and gas meters, and both confirm). Rooms and items are data.
 */
export const MOVE_IN_TEMPLATE: InspectionTemplate = {
  name: t('入住验房', 'Move-in inspection'),
  parties: [
    { code: 'OWNER', label: t('业主', 'Owner') },
    { code: 'MAINTENANCE', label: t('维修人员', 'Maintenance') },
  ],
  meters: ['WATER', 'ELECTRICITY', 'GAS'],
  rooms: [
    {
      code: 'ENTRANCE',
      name: t('入户门厅', 'Entrance'),
      items: [item('DOOR', '入户门及门锁', 'Front door and lock', 'DOORS'), item('INTERCOM', '可视对讲', 'Intercom', 'ELECTRICAL'), WALLS, FLOOR],
    },
    { code: 'LIVING', name: t('客厅', 'Living room'), items: [WALLS, FLOOR, WINDOWS, SOCKETS] },
    { code: 'BEDROOM', name: t('卧室', 'Bedroom'), items: [WALLS, FLOOR, WINDOWS, SOCKETS] },
    {
      code: 'KITCHEN',
      name: t('厨房', 'Kitchen'),
      items: [WALLS, FLOOR, item('WATER_SUPPLY', '给水管及龙头', 'Water pipes and taps', 'PLUMBING'), item('DRAIN', '下水', 'Drain', 'PLUMBING'), item('GAS_PIPE', '燃气管道', 'Gas pipe', 'SAFETY'), SOCKETS],
    },
    {
      code: 'BATHROOM',
      name: t('卫生间', 'Bathroom'),
      items: [WALLS, FLOOR, item('WATERPROOF', '防水（闭水试验）', 'Waterproofing (water test)', 'LEAK'), item('WATER_SUPPLY', '给水管及龙头', 'Water pipes and taps', 'PLUMBING'), item('DRAIN', '地漏及下水', 'Floor drain', 'PLUMBING'), SOCKETS],
    },
    { code: 'BALCONY', name: t('阳台', 'Balcony'), items: [FLOOR, item('RAILING', '栏杆', 'Railing', 'SAFETY'), item('DRAIN', '地漏', 'Floor drain', 'PLUMBING')] },
    { code: 'METERS', name: t('水电气表', 'Meters'), items: [item('PANEL', '配电箱', 'Distribution board', 'ELECTRICAL'), item('WATER_METER', '水表', 'Water meter', 'PLUMBING'), item('GAS_METER', '燃气表', 'Gas meter', 'SAFETY')] },
  ],
};
