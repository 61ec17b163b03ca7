import { archiveArea } from './archive';
import { complaintsArea } from './complaints';
import { feesArea } from './fees';
import { custodyArea } from './custody';
import { gateArea } from './gate';
import { handoverArea } from './handover';
import { inspectionsArea } from './inspections';
import { moveInArea } from './move-in';
import type { Area } from './layout/area';
import { outboxArea } from './outbox';
import { receptionArea } from './reception';
import { repairsArea } from './repairs';
import { decorationArea } from './decoration';
import { settingsArea } from './settings';
import { surveysArea } from './surveys';
import { supervisionArea } from './supervision';
import { workArea } from './work';

/**
 * The areas of the back office: App.tsx registers their resources and routes in this order (the
 * inbox first: react-admin opens the first list after login), and the menu shows their sections
 * sorted by `order`: the inbox; complaints; repairs; the fees under one heading; cases and, for managers,
 * the escalations; households and their file lending register; the outbox; the estate's
 * structure; the managers' policies and calendar; staff accounts. Manager-only entries are hidden
 * from other roles by `authProvider.canAccess`.
 */
export const AREAS: readonly Area[] = [workArea, receptionArea, supervisionArea, complaintsArea, repairsArea, decorationArea, surveysArea, gateArea, custodyArea, handoverArea, moveInArea, inspectionsArea, feesArea, archiveArea, outboxArea, settingsArea];
