import { CUSTODY_PATROL_TEMPLATE } from './custody-patrol';
import { MOVE_IN_TEMPLATE } from './move-in';
import { DECORATION_ACCEPTANCE_TEMPLATE } from './decoration-acceptance';
import type { InspectionTemplatesPolicy } from './schema';

export * from './schema';

/**
 * The templates shipped with the product (the `inspection-templates` policy's defaults, version 0). Another
 * process adds its own as a file beside `move-in.ts` and one line here; a manager may save a new version of
 * any template as policy data, and an open inspection keeps the items it was opened with.
 */
export const MOVE_IN_TEMPLATE_CODE = 'move-in';
export const DECORATION_ACCEPTANCE_TEMPLATE_CODE = 'decoration-acceptance';
export const CUSTODY_PATROL_TEMPLATE_CODE = 'custody-patrol';

export const DEFAULT_INSPECTION_TEMPLATES: InspectionTemplatesPolicy = {
  [MOVE_IN_TEMPLATE_CODE]: MOVE_IN_TEMPLATE,
  [DECORATION_ACCEPTANCE_TEMPLATE_CODE]: DECORATION_ACCEPTANCE_TEMPLATE,
  [CUSTODY_PATROL_TEMPLATE_CODE]: CUSTODY_PATROL_TEMPLATE,
};
