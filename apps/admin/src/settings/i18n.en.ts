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
        data: 'Data (JSON)',
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
    policies: {
      versioned: 'Each save is a new version; running cases keep the version they started with.',
      new: 'New policy version',
      new_version: 'New version',
      help: 'The data is a JSON object whose shape depends on the policy. For example:',
      key_hint: 'e.g. calendar',
      key_invalid: 'Lowercase letters, digits and dashes, starting with a letter (2 to 40)',
      json_invalid: 'Not valid JSON: %{error}',
      json_object: 'Must be a JSON object: { ... }',
      note_hint: 'What changed and why',
      saved: 'Policy version saved',
    },
    calendar: {
      workday: 'Working day (adjusted)',
      holiday: 'Holiday',
      workday_hint: 'On: a weekend day that is worked (调休). Off: a public holiday.',
    },
  },
};
