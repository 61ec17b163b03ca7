/**
 * The messages of the figures pages' shared parts, in English: the period picker, the download bar and the
 * charts' own texts. Merged with the areas' by `i18n/en.ts`.
 */
export const figuresEn = {
  estate: {
    figure_bar: {
      from_day: 'From',
      to_day: 'To (included)',
      from_month: 'From month',
      to_month: 'To month (included)',
      presets: {
        this_month: 'This month',
        last_month: 'Last month',
        this_year: 'This year',
        last_12_months: 'Last 12 months',
      },
      pick_dates: 'Pick the first and the last day of the period.',
      pick_months: 'Pick the first and the last month.',
      to_before_from: 'The last day is before the first.',
      load_failed: 'The figures could not be loaded:',
      xlsx: 'Excel',
      pdf: 'PDF',
      download_xlsx: 'Download the figures as an Excel workbook',
      download_pdf: 'Download the monthly report as a PDF',
      as_of: 'As they stand now',
    },
    charts: {
      loading: 'Loading the figures…',
      no_data: 'Nothing to show',
      open_list: 'Click a bar to open the list behind it.',
      count: 'Number',
      rate: 'Rate',
      amount: 'Amount (CNY)',
    },
  },
};
