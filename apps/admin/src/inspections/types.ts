/** An inspection as the API sends it (apps/api/src/inspections). */
export type Condition = 'GOOD' | 'DEFECT' | 'NOT_APPLICABLE';

export interface InspectionPhoto {
  id: number;
  attachmentId: number;
  attachment: { id: number; fileName: string; note: string | null };
}

export interface InspectionItem {
  id: number;
  roomCode: string;
  roomZh: string;
  roomEn: string;
  code: string;
  labelZh: string;
  labelEn: string;
  category: string;
  condition: Condition | null;
  note: string | null;
  repairOrderId: number | null;
  signedOffAt: string | null;
  signedOffBy: string | null;
  photos: InspectionPhoto[];
}

export interface Party {
  code: string;
  label: { zh: string; en: string };
}

export interface Inspection {
  id: number;
  caseId: number;
  template: string;
  titleZh: string;
  titleEn: string;
  location: string;
  status: 'OPEN' | 'CONFIRMED';
  parties: Party[];
  meters: string[];
  meterReadings: Record<string, number> | null;
  items: InspectionItem[];
  confirmations: { id: number; party: string; name: string; confirmedAt: string }[];
  createdAt: string;
}

export const CONDITIONS: Condition[] = ['GOOD', 'DEFECT', 'NOT_APPLICABLE'];
