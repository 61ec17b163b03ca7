import type { Shape } from '../../i18n/messages';
import type { figuresEn } from './i18n.en';

/** The messages of the figures pages' shared parts in Chinese: the same keys as `i18n.en.ts`. */
export const figuresZh: Shape<typeof figuresEn> = {
  estate: {
    figure_bar: {
      from_day: '起始日期',
      to_day: '截止日期（含）',
      from_month: '起始月份',
      to_month: '截止月份（含）',
      presets: {
        this_month: '本月',
        last_month: '上月',
        this_year: '今年',
        last_12_months: '近 12 个月',
      },
      pick_dates: '请选择统计期间的第一天和最后一天。',
      pick_months: '请选择起止月份。',
      to_before_from: '截止日期早于起始日期。',
      load_failed: '无法加载统计数据：',
      xlsx: 'Excel',
      pdf: 'PDF',
      download_xlsx: '下载 Excel 统计表',
      download_pdf: '下载月度报告 PDF',
      as_of: '当前数据',
    },
    charts: {
      loading: '正在加载统计数据…',
      no_data: '没有可显示的数据',
      open_list: '点击柱条可打开对应的清单。',
      count: '数量',
      rate: '比率',
      amount: '金额（元）',
    },
  },
};
