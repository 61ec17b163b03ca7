import { t, type InspectionTemplate } from './schema';

const item = (code: string, zh: string, en: string, category: string) => ({ code, label: t(zh, en), category });

/**
 * MOV-7: the exterior patrol of a vacant unit in custody (seed 004 §1(6): weekly and before and after heavy
 * rain), walked from outside the flat: doors, windows, walls and balcony, drains, signs of water, the meters (gas too: a vacant unit uses none).
 * The patrolling staff member confirms; the water and electricity readings are checked against the custody's
 * limits, and each defect becomes a repair order.
 */
export const CUSTODY_PATROL_TEMPLATE: InspectionTemplate = {
  name: t('托管房户外巡查', 'Exterior patrol of a unit in custody'),
  parties: [{ code: 'PATROL', label: t('巡查人员', 'Patrol') }],
  meters: ['WATER', 'ELECTRICITY', 'GAS'],
  rooms: [
    {
      code: 'EXTERIOR',
      name: t('户外', 'Outside the unit'),
      items: [
        item('DOOR', '入户门及门锁', 'Front door and lock', 'DOORS'),
        item('WINDOWS', '外窗及玻璃', 'Windows and glass', 'DOORS'),
        item('WALLS', '外墙及阳台', 'Outside walls and balcony', 'LEAK'),
        item('DRAINS', '阳台地漏及排水', 'Balcony drains', 'PLUMBING'),
        item('SEEPAGE', '门窗缝、墙角渗水痕迹', 'Signs of water at doors, windows and corners', 'LEAK'),
        item('METER_BOX', '水电表箱', 'Meter box', 'ELECTRICAL'),
      ],
    },
  ],
};
