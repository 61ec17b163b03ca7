import type { RaRecord } from 'react-admin';

export interface HouseholdUnit {
  id: number;
  number: string;
  floor: number;
  areaSqm: number | string;
  status: string;
  buildingId: number;
  building?: { id: number; code: string; name: string };
}

export interface Household extends RaRecord {
  unitId: number;
  occupancy: 'OWNER' | 'TENANT';
  partyType: 'INDIVIDUAL' | 'COMPANY';
  name: string;
  idNumber: string | null;
  companyRegNo: string | null;
  phone: string;
  email: string | null;
  language: 'zh' | 'en';
  /** How the fee notice reaches the household (FEE-1). */
  noticeChannel?: 'SMS' | 'EMAIL' | 'LETTER';
  moveInDate: string | null;
  active: boolean;
  notes: string | null;
  unit?: HouseholdUnit;
}

/** "Building 1 · 1-0302": the building's name and the unit number. */
export const unitLabel = (unit: HouseholdUnit | undefined): string => {
  if (!unit) return '';
  return unit.building ? `${unit.building.name} · ${unit.number}` : unit.number;
};
