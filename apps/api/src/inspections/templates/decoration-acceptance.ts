import { t, type InspectionTemplate } from './schema';

const item = (code: string, zh: string, en: string, category: string) => ({ code, label: t(zh, en), category });

/**
 * DEC-5: the acceptance of a finished decoration (seed 004 §3 ⑥, seed 003): maintenance walks the unit with
 * the owner and checks what the works may have touched — the main structure and the load, the shared pipes and
 * risers, waterproofing, gas and electricity, the facade and the shared areas the workers used. Both confirm;
 * the deposit is refunded or kept with a reason.
 */
export const DECORATION_ACCEPTANCE_TEMPLATE: InspectionTemplate = {
  name: t('装修验收', 'Decoration acceptance'),
  parties: [
    { code: 'OWNER', label: t('业主', 'Owner') },
    { code: 'MAINTENANCE', label: t('维修人员', 'Maintenance') },
  ],
  meters: [],
  rooms: [
    {
      code: 'STRUCTURE',
      name: t('主体结构', 'Main structure'),
      items: [
        item('LOAD_BEARING', '承重墙、梁、柱未拆改', 'Load-bearing walls, beams and columns untouched', 'WALLS'),
        item('FLOOR_LOAD', '楼面未明显加大荷载', 'No clear increase of the floor load', 'WALLS'),
      ],
    },
    {
      code: 'SERVICES',
      name: t('管线设施', 'Pipes and services'),
      items: [
        item('RISERS', '公共给排水立管、地漏', 'Shared water risers and drains', 'PLUMBING'),
        item('WATERPROOF', '厨卫防水（闭水试验）', 'Kitchen and bathroom waterproofing (flood test)', 'LEAK'),
        item('GAS', '燃气管道未改动', 'Gas pipes unchanged', 'SAFETY'),
        item('ELECTRICAL', '强弱电线路及配电箱', 'Wiring and the distribution box', 'ELECTRICAL'),
        item('FIRE', '烟感、喷淋等消防设施', 'Smoke detectors, sprinklers and other fire safety', 'SAFETY'),
      ],
    },
    {
      code: 'SHARED',
      name: t('外立面及公共区域', 'Facade and shared areas'),
      items: [
        item('FACADE', '外立面、外窗未改动', 'Facade and outer windows unchanged', 'DOORS'),
        item('CORRIDOR', '楼道、电梯无损坏，装修垃圾已清运', 'Corridor and lift undamaged, debris cleared', 'WALLS'),
      ],
    },
  ],
};
