import type { Due } from './calendar';

/** The department's roles and departments (DOMAIN.md), as workflow code sees them. */
export type StaffRole =
  | 'RECEPTION'
  | 'SERVICE_COMMISSIONER'
  | 'ENGINEER'
  | 'CASHIER'
  | 'INTERNAL_CLERK'
  | 'CS_SUPERVISOR'
  | 'OFFICE_DIRECTOR'
  | 'ADMIN';

export type Department = 'CS' | 'ENGINEERING' | 'SECURITY' | 'CLEANING' | 'GREENING' | 'FINANCE' | 'MANAGEMENT_OFFICE';

export type Priority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** Roles that may override a case (extend, reassign, reprioritise, cancel an escalation, close). */
export const MANAGER_ROLES: StaffRole[] = ['CS_SUPERVISOR', 'OFFICE_DIRECTOR', 'ADMIN'];

/** Who acts: the signed-in staff member, as the API vouches for them. */
export interface Actor {
  id: number;
  role: StaffRole;
  department: Department | null;
}

/** Every text a person sees, in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Who may take a task: a role, a department, both, or one named person. */
export interface Candidate {
  role?: StaffRole;
  department?: Department;
  assigneeId?: number;
}

export interface FormField {
  name: string;
  /** A required `boolean` is a confirmation that must be ticked. */
  type: 'text' | 'textarea' | 'number' | 'boolean' | 'date' | 'select';
  label: Bilingual;
  required?: boolean;
  options?: { value: string; label: Bilingual }[];
}

/**
 * What happens when a deadline is missed. `reassignTo: 'next-in-chain'` moves the task up the chain
 * staff → CS supervisor → office director.
 */
export interface Escalation {
  reassignTo?: Candidate | 'next-in-chain';
  /** E-mail the staff the task now waits for. */
  notify?: boolean;
}

export interface Deadline {
  due: Due;
  escalate: Escalation;
}

export interface TaskSpec {
  /** Unique within the case; the same key never opens a second task. */
  key: string;
  title: Bilingual;
  candidate: Candidate;
  priority?: Priority;
  form?: FormField[];
  /** Missed one after the other; each escalates and the task keeps waiting. */
  deadlines?: Deadline[];
}

export type TaskOutcome =
  | { status: 'completed'; formData: Record<string, unknown>; completedBy: number }
  | { status: 'cancelled' };

export type ErrorType = 'NotFound' | 'Conflict' | 'Forbidden' | 'Invalid';
