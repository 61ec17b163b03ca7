/** The inspections' messages in English (the core's inspection, walked on a tablet). Merged by `i18n/en.ts`. */
export const inspectionsEn = {
  resources: {
    inspections: {
      name: 'Inspection |||| Inspections',
      fields: { id: 'No.', title: 'Inspection', titleZh: 'Inspection', status: 'Status', defects: 'Defects', createdAt: 'Started' },
    },
  },
  estate: {
    inspections: {
      condition: { GOOD: 'Good', DEFECT: 'Defect', NOT_APPLICABLE: 'N/A' },
      status: { OPEN: 'In progress', CONFIRMED: 'Confirmed' },
      progress: '%{done} of %{total} items checked, %{defects} defects',
      note: 'What is wrong, and where',
      save_defect: 'Save defect',
      photo: 'Photo (%{smart_count})',
      saved: 'Saved',
      photo_added: 'Photo added',
      signed_off: 'Signed off by %{name}',
      sign_off_name: 'Owner’s name',
      sign_off: 'Owner signs off',
      signed: 'Signed off',
      meters: 'Meter readings',
      meter: { WATER: 'Water (m³)', ELECTRICITY: 'Electricity (kWh)', GAS: 'Gas (m³)' },
      save_meters: 'Save readings',
      confirmations: 'Confirmations',
      confirm_name: 'Name (%{party})',
      confirm: 'Confirm as %{party}',
      confirmed: 'Confirmed',
      confirmed_by: '%{party}: confirmed by %{name}',
      locked: 'A party has confirmed: the results can no longer change.',
      all_confirmed: 'Confirmed by every party.',
      next_room: 'Next room: %{room}',
      report: 'Inspection report (PDF)',
    },
  },
};
