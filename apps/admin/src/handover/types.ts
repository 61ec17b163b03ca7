import type { RaRecord } from 'react-admin';

export interface HandoverNotice extends RaRecord {
  importId: number;
  line: number;
  buyerName: string;
  /** Masked ("110105********0016"). */
  idNumber: string;
  phone: string;
  appointmentFrom: string | null;
  appointmentTo: string | null;
  smsMessageId: number | null;
  letterMessageId: number | null;
  unit: { id: number; number: string; building: { id: number; name: string; code: string } };
}
