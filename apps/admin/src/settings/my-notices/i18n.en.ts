/**
 * The messages of a staff member's own notice settings and of the notice choice on the staff page, in
 * English. Merged with the areas' by `i18n/en.ts`; `./i18n.zh` has the same keys.
 */
export const myNoticesEn = {
  resources: {
    staff: {
      fields: {
        taskNotice: 'Notices of new tasks',
      },
    },
  },
  estate: {
    enums: {
      taskNotice: {
        NONE: 'None',
        EMAIL: 'E-mail',
        SMS: 'SMS',
        BOTH: 'E-mail and SMS',
      },
    },
    my_notices: {
      menu: 'My notifications',
      title: 'My notification settings',
      intro: 'When a task is assigned to you, or arrives in a queue you belong to, you are told the way you choose here, once per task, with a link to the task.',
      choice: 'Tell me of new tasks by',
      email_hint: 'Where e-mail notices go',
      phone_hint: 'Where SMS notices go',
      language: 'Language of the notices',
      language_hint: 'The language of the notices',
      email_needed: 'E-mail notices need an e-mail address',
      phone_needed: 'SMS notices need a phone number',
      saved: 'Notification settings saved.',
      load_failed: 'Your settings could not be loaded.',
    },
  },
};
