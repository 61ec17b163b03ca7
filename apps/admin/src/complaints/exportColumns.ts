import { col, dayRange, staffName, xlsxExporter, type ExportColumn } from '../common/xlsx';
import { isComplaintOverdue, type Complaint } from './types';

/** The register's columns, and what the page shows only on the complaint: who received it, how it ended. */
const columns: ExportColumn<Complaint>[] = [
  col.text('id'),
  col.datetime('createdAt'),
  col.text('complainantName'),
  col.text('phone'),
  col.enum('channel', 'complaintChannel'),
  col.text('subject'),
  col.text('place'),
  col.enum('department', 'department'),
  col.enum('tier', 'complaintTier'),
  col.enum('status', 'complaintStatus'),
  col.count('case.escalationLevel', { label: 'resources.complaints.fields.escalationLevel' }),
  col.boolean('overdue', { get: (complaint) => isComplaintOverdue(complaint) }),
  col.reference('receivedById', 'staff', staffName),
  col.datetime('resolvedAt'),
  col.boolean('resolvedOnTime', { yes: 'estate.complaints.on_time', no: 'estate.complaints.late' }),
  col.enum('satisfaction', 'satisfaction'),
];

const filters: ExportColumn[] = [
  col.enum('tier', 'complaintTier'),
  col.enum('status', 'complaintStatus'),
  col.enum('department', 'department'),
  col.enum('channel', 'complaintChannel'),
  col.boolean('overdue'),
  col.boolean('followUp'),
  ...dayRange(),
];

export const complaintExporter = xlsxExporter({ resource: 'complaints', columns, filters });

export const complaintFollowUpExporter = xlsxExporter({ resource: 'complaints', title: 'estate.complaints.follow_up_title', columns, filters });
