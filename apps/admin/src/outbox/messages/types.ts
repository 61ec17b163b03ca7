import type { RaRecord } from 'react-admin';

/** One SMS, e-mail or letter of the outbox (`GET /messages`). */
export interface Message extends RaRecord {
  idempotencyKey: string;
  caseId: number | null;
  householdId: number | null;
  staffId: number | null;
  channel: 'SMS' | 'EMAIL' | 'LETTER';
  recipient: string | null;
  recipientName: string | null;
  template: string;
  language: string;
  subject: string | null;
  body: string;
  status: 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastError: string | null;
  providerId: string | null;
  trackingNumber: string | null;
  postedAt: string | null;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  createdAt: string;
  updatedAt: string;
  case?: { id: number; titleZh: string; titleEn: string } | null;
}

/** A letter that has been produced: its PDF can be opened and its posting recorded (FEE-4). */
export const isSentLetter = (message: Pick<Message, 'channel' | 'status'>) =>
  message.channel === 'LETTER' && message.status === 'SENT';

export const failedRowSx = (record: RaRecord) =>
  record.status === 'FAILED' ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};
