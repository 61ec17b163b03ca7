/**
 * The outbox area's messages in English (the outbox): its resources' names and field labels
 * and its `estate.*` texts. Merged with the other areas' by `i18n/en.ts`.
 */
export const outboxEn = {
  resources: {
    messages: {
      name: 'Message |||| Messages',
      fields: {
        q: 'Search recipient or text',
        createdAt: 'Created',
        channel: 'Channel',
        recipient: 'Recipient',
        recipientName: 'Recipient',
        template: 'Template',
        language: 'Language',
        subject: 'Subject',
        body: 'Text',
        status: 'Status',
        attempts: 'Attempts',
        lastError: 'Last error',
        case: 'Case',
        caseId: 'Case',
        householdId: 'Household',
        providerId: 'Provider reference',
        trackingNumber: 'Tracking number',
        postedAt: 'Posted',
        sentAt: 'Sent',
        deliveredAt: 'Delivered',
        failedAt: 'Failed',
      },
    },
  },
  estate: {
    outbox: {
      title: 'Outbox',
      attempts: '%{smart_count} attempt |||| %{smart_count} attempts',
      retry: 'Retry',
      retried: 'Message queued again',
      open_pdf: 'Open PDF',
      record_posting: 'Record posting',
      correct_posting: 'Correct posting',
      posting: 'Posting',
      posting_recorded: 'Posting recorded',
      tracking_invalid: '6 to 40 letters, digits or dashes',
      posted_at_hint: 'Leave empty for now',
    },
  },
};
