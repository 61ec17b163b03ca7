/** The handover list's messages in English: the import of the developer's list, the move-in notices, the appointments. */
export const handoverEn = {
  resources: {
    'handover-notices': {
      name: 'Move-in notice |||| Move-in notices',
      fields: {
        q: 'Search buyer, phone or unit',
        unit: 'Unit',
        buyerName: 'Buyer',
        idNumber: 'ID number',
        phone: 'Mobile',
        booked: 'Appointment booked',
        appointmentFrom: 'Handover appointment',
      },
    },
  },
  estate: {
    handover: {
      import_title: "Import the developer's handover list",
      import_help:
        'A CSV file with the header "unit,buyer name,id number,phone" and one line per unit; the unit is written <building code>/<unit number>. The whole list is checked first: one bad line imports nothing and is named by its line number. Each buyer gets the move-in notice by SMS and letter, with the documents to bring.',
      estate: 'Estate',
      choose_file: 'Choose the CSV file',
      import: 'Import',
      imported: '%{count} move-in notices sent',
      refused: 'Nothing was imported. Correct these lines and import the file again:',
      not_booked: 'Not booked yet',
      book: 'Book',
      move: 'Move the appointment',
      booked: 'Appointment booked; the buyer is told by SMS',
      time: 'Time',
      minutes: 'Minutes',
      notice: 'Notice sent',
      sms: 'SMS',
      letter: 'Letter',
    },
  },
};
