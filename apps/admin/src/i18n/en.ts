import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/**
 * The app's own messages in English. `zh.ts` must have exactly the same keys: its type is derived
 * from this object, so a missing Chinese message is a compile error.
 * Field labels follow react-admin's convention `resources.<resource>.fields.<source>`; a source
 * with a dot (an embedded record, e.g. `unit.number`) is written as one quoted key.
 */
export const enApp = {
  resources: {
    households: {
      name: 'Household |||| Households',
      fields: {
        id: 'No.',
        q: 'Search name, phone or unit',
        unitId: 'Unit',
        unit: 'Unit',
        'unit.number': 'Unit number',
        'unit.floor': 'Floor',
        'unit.areaSqm': 'Area (m²)',
        'unit.status': 'Unit status',
        'unit.buildingId': 'Building',
        'unit.building.name': 'Building',
        buildingId: 'Building',
        occupancy: 'Owner or tenant',
        partyType: 'Party type',
        name: 'Name',
        idNumber: 'ID number',
        companyRegNo: 'Company registration no.',
        phone: 'Phone',
        email: 'Email',
        language: 'Preferred language',
        moveInDate: 'Move-in date',
        active: 'Active',
        notes: 'Notes',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    members: {
      name: 'Member |||| Members',
      fields: {
        householdId: 'Household',
        name: 'Name',
        relation: 'Relation',
        phone: 'Phone',
        idNumber: 'ID number',
      },
    },
    contacts: {
      name: 'Contact |||| Contacts',
      fields: {
        householdId: 'Household',
        name: 'Name',
        relation: 'Relation',
        phone: 'Phone',
        email: 'Email',
        emergency: 'Emergency contact',
        verifiedAt: 'Last verified',
      },
    },
    proxies: {
      name: 'Proxy |||| Proxies',
      fields: {
        householdId: 'Household',
        name: 'Name',
        idNumber: 'ID number',
        phone: 'Phone',
        scope: 'Scope of authority',
        validUntil: 'Valid until',
      },
    },
    documents: {
      name: 'Document |||| Documents',
      fields: {
        householdId: 'Household',
        kind: 'Kind',
        title: 'Title',
        file: 'File',
        fileName: 'File name',
        mimeType: 'File type',
        sizeBytes: 'Size',
        sha256: 'SHA-256',
        uploadedById: 'Uploaded by',
        createdAt: 'Uploaded',
      },
    },
    'file-loans': {
      name: 'File loan |||| File lending register',
      fields: {
        id: 'No.',
        householdId: 'Household',
        'household.name': 'Household',
        borrower: 'Borrower',
        purpose: 'Purpose',
        loanDays: 'Loan period (days)',
        lentById: 'Lent by',
        'lentBy.displayName': 'Lent by',
        lentAt: 'Lent at',
        dueAt: 'Due',
        status: 'Status',
        overdueAt: 'Overdue since',
        returnedAt: 'Returned at',
        receivedById: 'Received by',
        'receivedBy.displayName': 'Received by',
      },
    },
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
      },
    },
    estates: {
      name: 'Estate |||| Estates',
      fields: {
        name: 'Name',
        nameEn: 'English name',
        address: 'Address',
      },
    },
    buildings: {
      name: 'Building |||| Buildings',
      fields: {
        q: 'Search',
        estateId: 'Estate',
        code: 'Code',
        name: 'Name',
        floors: 'Floors',
      },
    },
    units: {
      name: 'Unit |||| Units',
      fields: {
        q: 'Unit number',
        buildingId: 'Building',
        number: 'Unit number',
        floor: 'Floor',
        areaSqm: 'Area (m²)',
        status: 'Status',
      },
    },
  },
  estate: {
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
    },
    household: {
      tabs: {
        overview: 'Overview',
        members: 'Members',
        contacts: 'Contacts',
        proxies: 'Proxies',
        documents: 'Documents',
        loans: 'File lending',
        cases: 'Cases',
      },
      sections: {
        identity: 'Identity',
        unit: 'Unit',
        other: 'Other',
      },
      cases_placeholder:
        'Complaints, repairs and fees of this household will appear here.',
      unit_hint: 'Type a unit number, e.g. 1-0302',
      building_filter_hint: 'Narrows the unit list',
      inactive: 'Inactive',
    },
    members: {
      edit: 'Edit member',
      empty: 'No members registered.',
      add: 'Add member',
    },
    contacts: {
      edit: 'Edit contact',
      empty: 'No contacts registered.',
      add: 'Add contact',
      mark_verified: 'Confirm current',
      verified: 'Contact details confirmed as current',
      never_verified: 'Never verified',
      stale: 'Not verified for over a year',
      phone_or_email: 'Give a phone number or an email',
    },
    proxies: {
      edit: 'Edit proxy',
      empty: 'No proxies registered.',
      add: 'Add proxy',
      expired: 'Expired',
    },
    documents: {
      empty: 'No documents in this file yet.',
      upload_title: 'Add a document to the file',
      upload: 'Upload',
      uploaded: 'Document uploaded',
      download: 'Download',
      accepted: 'PDF, PNG or JPEG, up to %{max} MB',
      too_large: 'The file is larger than %{max} MB',
      wrong_type: 'Only PDF, PNG or JPEG files are accepted',
      download_failed: 'The document could not be downloaded',
    },
    loans: {
      empty: 'This file has never been lent.',
      lend: 'Lend the file',
      lend_title: 'Lend the household file',
      lent: 'File loan registered',
      mark_returned: 'Mark returned',
      return_title: 'File returned?',
      return_content:
        'Confirm that %{borrower} has handed back the file of %{household}.',
      returned: 'File marked as returned',
      loan_days_hint: '1 to 30 days; 3 if left empty',
      confidential:
        'Household files are confidential: every loan is registered with who took the file, when, and when it came back.',
    },
    staff: {
      admin_only: 'Only administrators can create or change staff accounts.',
      password_hint: 'At least 8 characters',
      new_password: 'New password',
      new_password_hint: 'Leave empty to keep the current password',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      intro: 'Find a household by name, phone or unit number.',
      search: 'Find a household',
      households: 'Active households',
      open_loans: 'Files lent out',
      overdue_loans: 'Overdue file loans',
      overdue_title: 'Overdue file loans',
      no_overdue: 'No overdue file loans.',
    },
  },
};

const en: TranslationMessages = { ...englishMessages, ...enApp };

export default en;
