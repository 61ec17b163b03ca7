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
  | 'ADMIN'
  | 'DEPT_STAFF'
  | 'DEPT_SUPERVISOR';

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
 * What happens when a deadline is missed: the next level is brought in (`'next-in-chain'`: staff → CS
 * supervisor → office director, or a named one) while the work stays with whoever does it, and a
 * follow-up deadline for that level starts running, so silence escalates again.
 */
export interface Escalation {
  bringIn?: Candidate | 'next-in-chain';
  /** The older name of `bringIn`: cases started before it moved the task itself up the chain, and still replay so. */
  reassignTo?: Candidate | 'next-in-chain';
  /** E-mail the level brought in and whoever holds the task. */
  notify?: boolean;
  /** How long the level brought in has before the next one is (default `DEFAULT_FOLLOW_UP`). */
  followUp?: Due;
}

/** The follow-up after an escalation when the process's policy names none: four working hours. */
export const DEFAULT_FOLLOW_UP: Due = { after: 'PT4H', business: true };

export interface Deadline {
  /** Names the deadline within its task, so a manager can move it on its own (default `deadline-<n>`). */
  key?: string;
  /** What the deadline is, as staff read it ("Clear answer", "Resolution"). */
  label?: Bilingual;
  due: Due;
  escalate: Escalation;
}

/** Deadlines with their names: a deadline without one is named by its place (`deadline-1`, ...). */
export const keyed = (deadlines: Deadline[]): (Deadline & { key: string })[] =>
  deadlines.map((d, i) => ({ ...d, key: d.key ?? `deadline-${i + 1}` }));

export interface TaskSpec {
  /** Unique within the case; the same key never opens a second task. */
  key: string;
  title: Bilingual;
  candidate: Candidate;
  priority?: Priority;
  form?: FormField[];
  /** Missed one after the other; each escalates and the task keeps waiting. */
  deadlines?: Deadline[];
  /** Tell the candidates at once, besides the inbox (a major complaint reaches the director by SMS and e-mail). */
  notifyOnOpen?: ('SMS' | 'EMAIL')[];
}

export type TaskOutcome =
  | { status: 'completed'; formData: Record<string, unknown>; completedBy: number }
  | { status: 'cancelled' };

export type ErrorType = 'NotFound' | 'Conflict' | 'Forbidden' | 'Invalid';
