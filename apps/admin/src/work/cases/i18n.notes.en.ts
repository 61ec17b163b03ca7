/**
 * The messages of case notes, quick replies and the notes' timeline entries, in English. Merged with the
 * areas' by `i18n/en.ts`; `./i18n.notes.zh` has the same keys.
 */
export const notesEn = {
  estate: {
    notes: {
      title: 'Notes and attachments',
      label: 'Internal note',
      placeholder: 'Staff only: never sent to the resident',
      take_photo: 'Take a photo',
      add_file: 'Photo or PDF',
      remove_file: 'Remove %{name}',
      save: 'Save note',
      saved: 'Note saved.',
      none: 'No notes yet.',
      too_many: 'At most %{max} files with one note.',
      empty: 'Write a note or attach a file.',
      staff_only: 'Staff only',
      files: '%{smart_count} file |||| %{smart_count} files',
    },
    quick_replies: {
      button: 'Quick replies',
      none: 'No quick replies here.',
      load_failed: 'The quick replies could not be loaded.',
      inserted: 'Inserted: edit it before you send.',
    },
    timeline: {
      notes: {
        NOTE_ADDED: '%{actor} added a note',
        ATTACHMENT_ADDED: '%{actor} added a file: %{name}',
      },
    },
  },
};
