import type { Identifier } from 'react-admin';

/** The complaint and repair intakes pre-filled from a log entry (custom routes of the reception area). */
export const COMPLAINT_FROM_ENTRY_PATH = '/reception-to-complaint/:id';
export const REPAIR_FROM_ENTRY_PATH = '/reception-to-repair/:id';
export const complaintFromEntryPath = (id: Identifier) => `/reception-to-complaint/${encodeURIComponent(id)}`;
export const repairFromEntryPath = (id: Identifier) => `/reception-to-repair/${encodeURIComponent(id)}`;
