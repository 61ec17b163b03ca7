/**
 * The supervision area's messages in English (the page to start the day on, a day's front-desk records, the
 * weekly summaries): its resource's name and fields and its `estate.supervision.*` texts. Merged by `i18n/en.ts`.
 */
export const supervisionEn = {
  resources: {
    'unfinished-summaries': {
      name: 'Weekly summary of unfinished matters |||| Weekly summaries of unfinished matters',
      fields: { id: 'No.', generatedAt: 'Made', openCount: 'Open', overdueCount: 'Overdue', messages: 'E-mailed to' },
    },
  },
  estate: {
    supervision: {
      today: 'Today',
      loadFailed: 'The figures could not be loaded. Try again in a moment.',
      totals: { open: 'Open work, all processes', overdue: 'Overdue tasks', escalatedToday: 'Escalated today', openedToday: 'New cases today', receptionToday: 'Calls and visits logged today' },
      openWork: 'Open work by process and age',
      process: 'Process',
      open: 'Open',
      overdue: 'Overdue',
      openedToday: 'New today',
      byAge: 'By age',
      days: '%{range} days',
      byOwner: 'Open tasks by owner',
      overdueOf: '%{overdue} of %{open} overdue',
      escalatedToday: 'Escalated today',
      noneEscalated: 'Nothing escalated today.',
      missed: '%{deadline} missed at %{time}, level %{level}',
      figures: {
        title: 'The department this month (%{month})',
        collectionRate: 'Fee collection rate',
        complaintReturnVisits: 'Complaints: return-visit rate',
        repairReturnVisits: 'Repairs: return-visit rate',
        onTimeByTier: 'Complaints handled on time, by tier',
        onTimeOf: '%{onTime} of %{done} on time',
        satisfaction: 'Satisfaction: %{channel}',
      },
      tiers: { MAJOR: 'Major', IMPORTANT: 'Important', MINOR: 'Minor' },
      caseStatus: { OPEN: 'Open', CLOSED: 'Closed' },
      frontDesk: {
        title: 'Front-desk records of %{day}',
        cases: 'Cases opened that day (%{count})',
        entries: 'Reception log (%{count})',
        time: 'Time',
        case: 'Case',
        status: 'Status',
        linkedCase: 'Became case #%{id}',
        signedOff: 'Signed off by %{name}: %{remarks}',
        waiting: 'The CS supervisor has not signed these records off yet.',
        openReview: 'Open the review',
      },
      summaries: {
        pdf: 'PDF',
        status: { QUEUED: 'queued', SENT: 'sent', DELIVERED: 'delivered', FAILED: 'failed' },
      },
      menu: { waiting: '%{count} waiting for you' },
    },
  },
};
