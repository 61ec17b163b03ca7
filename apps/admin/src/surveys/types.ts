import type { RaRecord } from 'react-admin';
import type { Bilingual } from '../common/localized';

export const SURVEY_METHODS = ['VISIT', 'PHONE', 'PAPER', 'LINK'] as const;
export const STAFF_METHODS = ['VISIT', 'PHONE', 'PAPER'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

export interface Question {
  id: string;
  kind: 'RATING' | 'YES_NO' | 'CHOICE' | 'TEXT';
  text: Bilingual;
  topic?: string;
  required?: boolean;
  options?: { value: string; label: Bilingual }[];
}

export type AnswerValue = number | boolean | string;

export interface Questionnaire extends RaRecord {
  key: string;
  version: number;
  titleZh: string;
  titleEn: string;
  questions: Question[];
}

export interface Invitation {
  id: number;
  householdId: number;
  household: { id: number; name: string; phone: string; unit: string } | null;
  sentAt: string | null;
  remindedAt: string | null;
  expiresAt: string | null;
  answeredAt: string | null;
}

export interface Campaign extends RaRecord {
  name: string;
  method: SurveyMethod;
  status: 'OPEN' | 'CLOSED';
  asked: number;
  answered: number;
  caseId: number | null;
  closesAt: string | null;
  questionnaire: { id: number; version: number; titleZh: string; titleEn: string };
  invitations?: Invitation[];
}

export interface Tally {
  key: string;
  rated: number;
  satisfied: number;
  rate: number | null;
  responses?: number;
}

export interface SurveyFigures {
  from: string;
  to: string;
  responses: number;
  total: Omit<Tally, 'key'>;
  channels: Tally[];
  methods: Tally[];
  returnVisits: Tally[];
  months: { month: string; responses: number; total: Omit<Tally, 'key'>; channels: Tally[] }[];
}

/** What the public answer page reads behind a link. */
export interface PublicSurvey {
  campaign: string;
  title: Bilingual;
  version: number;
  questions: Question[];
  expiresAt: string;
}
