/**
 * The messages every area uses, in English: message templates, the app's title, sign-in,
 * common texts, validation messages and the enums' values.
 */
export const sharedEn = {
  estate: {
    templates: {
      'task-escalated': 'escalation notice',
      'complaint-result': 'complaint result',
      notice: 'notice',
      'fee-notice': 'fee notice',
      'dunning-reminder': 'payment reminder',
      'dunning-demand-letter': 'demand letter',
    },
    app: {
      title: 'Estate Desk',
      subtitle: 'Customer service back office',
    },
    auth: {
      wrong_credentials: 'Wrong username or password',
      session_expired: 'Your session has expired, please sign in again',
    },
    common: {
      none: '—',
    },
    validation: {
      integer: 'Must be a whole number',
      two_decimals: 'At most two decimals',
      phone: 'Digits, spaces and dashes only (5 to 20), optionally starting with +',
      username: '3 to 32 lowercase letters, digits, dots, dashes or underscores',
      code: 'Letters, digits and dashes only',
      positive: 'Must be more than zero',
      not_negative: 'Cannot be negative',
      period: 'A month, as YYYY-MM',
    },
    enums: {
      occupancy: {
        OWNER: 'Owner',
        TENANT: 'Tenant',
      },
      partyType: {
        INDIVIDUAL: 'Individual',
        COMPANY: 'Company',
      },
      unitStatus: {
        OCCUPIED: 'Occupied',
        VACANT: 'Vacant',
        CUSTODY: 'Vacant in custody (70% fee)',
      },
      language: {
        zh: 'Chinese',
        en: 'English',
      },
      documentKind: {
        ID_COPY: 'ID copy',
        MOVE_IN_NOTICE: 'Move-in notice',
        PURCHASE_CONTRACT: 'Purchase contract',
        POWER_OF_ATTORNEY: 'Power of attorney',
        COMPANY_CERTIFICATE: 'Company certificate',
        AGREEMENT: 'Agreement',
        PERMIT: 'Permit',
        NOTICE: 'Notice',
        LEGAL_BUNDLE: 'Legal referral bundle',
        OTHER: 'Other',
      },
      loanStatus: {
        OUT: 'Lent out',
        OVERDUE: 'Overdue',
        RETURNED: 'Returned',
      },
      role: {
        RECEPTION: 'Reception',
        SERVICE_COMMISSIONER: 'Service commissioner',
        ENGINEER: 'Engineer',
        CASHIER: 'Cashier',
        INTERNAL_CLERK: 'Internal clerk',
        CS_SUPERVISOR: 'Customer service supervisor',
        OFFICE_DIRECTOR: 'Management office director',
        ADMIN: 'Administrator',
      },
      department: {
        CS: 'Customer service',
        ENGINEERING: 'Engineering',
        SECURITY: 'Security',
        CLEANING: 'Cleaning',
        GREENING: 'Greening',
        FINANCE: 'Finance',
        MANAGEMENT_OFFICE: 'Management office',
      },
      taskStatus: {
        OPEN: 'Open',
        COMPLETED: 'Completed',
        CANCELLED: 'Cancelled',
      },
      caseStatus: {
        OPEN: 'Open',
        CLOSED: 'Closed',
      },
      priority: {
        LOW: 'Low',
        NORMAL: 'Normal',
        HIGH: 'High',
        URGENT: 'Urgent',
      },
      messageStatus: {
        QUEUED: 'Queued',
        SENT: 'Sent',
        DELIVERED: 'Delivered',
        FAILED: 'Failed',
      },
      channel: {
        SMS: 'SMS',
        EMAIL: 'E-mail',
        LETTER: 'Letter',
      },
      process: {
        complaint: 'Complaint',
        repair: 'Repair',
        dunning: 'Fee dunning',
        'home-collection': 'Home collection',
        'move-in': 'Move-in',
        decoration: 'Decoration approval',
        'core-demo': 'Demo process',
      },
      complaintTier: {
        MAJOR: 'Major',
        IMPORTANT: 'Important',
        MINOR: 'Minor',
      },
      complaintChannel: {
        FRONT_DESK: 'Front desk',
        HOTLINE: 'Hotline',
        LETTER: 'Letter',
        ONLINE: 'Online',
      },
      complaintStatus: {
        OPEN: 'Open',
        RESOLVED: 'Resolved',
        INVALID: 'Invalid',
      },
      informMethod: {
        PHONE: 'Phone',
        VISIT: 'Visit',
        SMS: 'SMS',
      },
      satisfaction: {
        SATISFIED: 'Satisfied',
        DISSATISFIED: 'Not satisfied',
      },
      noticeChannel: {
        SMS: 'SMS',
        EMAIL: 'E-mail',
        LETTER: 'Printed letter',
      },
      chargeBasis: {
        AREA: 'By floor area',
        FIXED: 'Fixed amount',
        METERED: 'By meter reading',
      },
      billingTrigger: {
        SCHEDULE: 'By the schedule',
        MANUAL: 'By hand',
      },
      billingRunStatus: {
        RUNNING: 'Running',
        COMPLETED: 'Completed',
        FAILED: 'Failed',
      },
      billStatus: {
        OPEN: 'Open',
        PAID: 'Paid',
        WAIVED: 'Waived',
      },
      paymentMethod: {
        CASH: 'Cash',
        CARD: 'Bank card',
        TRANSFER: 'Transfer',
        BANK_DEBIT: 'Bank debit',
      },
      paymentChannel: {
        COUNTER: 'Counter',
        HOME: 'At home',
        BANK: 'Bank',
      },
      agingBucket: {
        '0-30': '0–30 days',
        '31-90': '31–90 days',
        '91-180': '91–180 days',
        '181+': 'Over 180 days',
      },
      ladderStep: {
        OVERDUE: 'Overdue',
        REMINDED: 'Reminded',
        LETTER_SENT: 'Demand letter',
        VISITED: 'Home visit',
        LEGAL_REVIEW: 'Legal review',
        REFERRED: 'Referred to legal',
      },
      ladderStatus: {
        ACTIVE: 'Active',
        PAUSED: 'Paused',
        HELD: 'On hold',
        STOPPED: 'Ended',
      },
      ladderStopReason: {
        paid: 'arrears paid',
        waived: 'arrears waived',
        referred: 'referred to legal channels',
        closed: 'case closed',
      },
      ladderPauseReason: {
        'partial-payment': 'part payment received',
        agreement: 'instalment agreement',
      },
      ladderResumeReason: {
        'pause-ended': 'the pause ended',
        'agreement-broken': 'an instalment was missed',
        released: 'released by a manager',
        'dispute-resolved': 'the disputed complaint was resolved',
      },
      callOutcome: {
        NO_ANSWER: 'no answer',
        PROMISED: 'promised to pay',
        DISPUTE: 'disputes the charges',
        REFUSED: 'refuses to pay',
      },
    },
  },
};
