import type { RaRecord } from 'react-admin';

export const CUSTODY_STATUSES = ['ACTIVE', 'ENDED'] as const;
export const PATROL_KINDS = ['WEEKLY', 'RAIN_BEFORE', 'RAIN_AFTER'] as const;

export interface CustodyReading {
  id: number;
  water: number;
  electricity: number;
  waterUsed: number;
  electricityUsed: number;
  alert: boolean;
  closing: boolean;
  readAt: string;
}

export interface CustodyPatrol {
  id: number;
  key: string;
  kind: (typeof PATROL_KINDS)[number];
  openedAt: string;
  doneAt: string | null;
  cancelledAt: string | null;
  problem: boolean | null;
  findings: string | null;
  repairOrderId: number | null;
  inspectionId: number | null;
}

export interface Custody extends RaRecord {
  caseId: number;
  agreementNo: string;
  signedOn: string;
  status: (typeof CUSTODY_STATUSES)[number];
  startWater: number;
  startElectricity: number;
  endWater: number | null;
  endElectricity: number | null;
  startedAt: string;
  endedAt: string | null;
  notes: string | null;
  unit: { id: number; number: string; building: { name: string } };
  household: { id: number; name: string; phone: string };
  readings: CustodyReading[];
  patrols: CustodyPatrol[];
}

export interface CustodyFigureRow {
  custodyId: number;
  /** The building's name and the unit's number; the number alone. */
  unit: string;
  unitNumber: string;
  owner: string;
  startedAt: string;
  waterUsed: number;
  electricityUsed: number;
  alerts: number;
  openAlerts: number;
  patrolsDone: number;
  patrolsOpen: number;
  rainPatrols: number;
  problemsFound: number;
  repairOrders: number;
  lastPatrolAt: string | null;
}

export interface CustodyFigures {
  inCustody: number;
  alerts: number;
  openAlerts: number;
  patrolsDone: number;
  patrolsOpen: number;
  problemsFound: number;
  units: CustodyFigureRow[];
}

export const unitText = (c: Pick<Custody, 'unit'>) => `${c.unit.building.name} ${c.unit.number}`;
