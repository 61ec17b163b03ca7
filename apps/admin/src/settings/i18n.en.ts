import { policiesEn } from './policies/i18n.en';

/**
 * The settings area's messages in English (staff accounts, policies and the business calendar): its resources' names and field labels
 * and its `estate.*` texts. Merged with the other areas' by `i18n/en.ts`.
 */
export const settingsEn = {
  resources: {
    staff: {
      name: 'Staff member |||| Staff',
      fields: {
        q: 'Search',
        username: 'Username',
        displayName: 'Name',
        password: 'Password',
        role: 'Role',
        department: 'Department',
        phone: 'Phone',
        email: 'Email',
        language: 'Language',
        active: 'Active',
        passwordVersion: 'Password changes',
      },
    },
    policies: {
      name: 'Policy |||| Policies',
      fields: {
        key: 'Policy',
        version: 'Version',
        note: 'Note',
        createdById: 'Saved by',
        createdAt: 'Saved',
      },
    },
    'calendar-days': {
      name: 'Calendar day |||| Business calendar',
      fields: {
        date: 'Date',
        workday: 'Working day',
        nameZh: 'Name (Chinese)',
        nameEn: 'Name (English)',
      },
    },
  },
  estate: {
    staff: {
      admin_only: 'Only administrators can create or change staff accounts.',
      password_hint: 'At least 8 characters',
      new_password: 'New password',
      new_password_hint: 'Leave empty to keep the current password',
      history: 'History',
    },
    policies: policiesEn,
    calendar: {
      workday: 'Working day (adjusted)',
      holiday: 'Holiday',
      workday_hint: 'On: a weekend day that is worked (调休). Off: a public holiday.',
    },
  },
};
