import { titleOf } from '../../common/bilingual';
import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { Message } from './types';

const columns: ExportColumn<Message>[] = [
  col.datetime('createdAt'),
  col.enum('channel', 'channel'),
  col.text('recipientName', { label: 'resources.messages.fields.recipient', get: (message) => [message.recipientName, message.recipient].filter(Boolean).join(' · ') }),
  col.choice('template', 'estate.templates'),
  col.text('subject'),
  col.enum('status', 'messageStatus'),
  col.count('attempts'),
  col.text('lastError'),
  col.text('caseId', { label: 'resources.messages.fields.case', get: (message, { locale }) => (message.caseId == null ? null : `${message.case ? `${titleOf(message.case, locale)} ` : ''}#${message.caseId}`) }),
  col.datetime('sentAt'),
];

export const messageExporter = xlsxExporter({ resource: 'messages', title: 'estate.outbox.title', columns, filters: [col.enum('status', 'messageStatus'), col.enum('channel', 'channel')] });
