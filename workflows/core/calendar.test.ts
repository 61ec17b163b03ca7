import { DEFAULT_CALENDAR, endOfBusinessDay, parseDuration, resolveDue, type BusinessCalendar } from './calendar';

// Times are China Standard Time (UTC+8), the calendar's default.
const cst = (local: string) => Date.parse(`${local}+08:00`);
const iso = (t: number) => new Date(t + 8 * 3600_000).toISOString().replace('Z', '+08:00').slice(0, 16);

const cal: BusinessCalendar = {
  ...DEFAULT_CALENDAR,
  holidays: ['2026-10-01', '2026-10-02'],
  extraWorkdays: ['2026-10-10'],
};

describe('business calendar', () => {
  it('CMP-2 "the same day" is the end of that business day', () => {
    expect(iso(endOfBusinessDay(cst('2026-11-23T10:15'), cal))).toBe('2026-11-23T17:30');
  });

  it('after hours or on a weekend, "the same day" is the end of the next business day', () => {
    expect(iso(endOfBusinessDay(cst('2026-11-23T18:00'), cal))).toBe('2026-11-24T17:30');
    expect(iso(endOfBusinessDay(cst('2026-11-21T11:00'), cal))).toBe('2026-11-23T17:30'); // Saturday
  });

  it('skips public holidays and works on adjusted working days (调休)', () => {
    expect(iso(endOfBusinessDay(cst('2026-09-30T19:00'), cal))).toBe('2026-10-05T17:30'); // 1-2 Oct holidays, 3-4 weekend
    expect(iso(endOfBusinessDay(cst('2026-10-10T09:00'), cal))).toBe('2026-10-10T17:30'); // a Saturday that is a workday
  });

  it('counts business days and business hours', () => {
    // Friday 10:00 + 2 business days = Tuesday 10:00
    expect(iso(resolveDue(cst('2026-11-20T10:00'), { after: 'P2D', business: true }, cal))).toBe('2026-11-24T10:00');
    // 16:30 + 4 working hours = next day 11:30 (1 hour today, 3 tomorrow from 08:30)
    expect(iso(resolveDue(cst('2026-11-23T16:30'), { after: 'PT4H', business: true }, cal))).toBe('2026-11-24T11:30');
    // before opening: counting starts at 08:30
    expect(iso(resolveDue(cst('2026-11-23T07:00'), { after: 'PT1H', business: true }, cal))).toBe('2026-11-23T09:30');
  });

  it('counts calendar time when asked to, weekends included', () => {
    expect(iso(resolveDue(cst('2026-11-20T10:00'), { after: 'P2D' }, cal))).toBe('2026-11-22T10:00');
    expect(resolveDue(1000, { after: 'PT1.5S' }, cal)).toBe(2500);
  });

  it('reads ISO 8601 durations and refuses anything else', () => {
    expect(parseDuration('P10D')).toEqual({ days: 10, ms: 0 });
    expect(parseDuration('PT1H30M')).toEqual({ days: 0, ms: 90 * 60_000 });
    for (const bad of ['1h', 'P', 'PT', 'P1W', '']) expect(() => parseDuration(bad)).toThrow(/ISO 8601/);
  });

  it('REP-5 a leak repair\'s return visit counts from the leak test, not from when its task opened', () => {
    const opened = cst('2026-11-27T16:00'); // Friday: the engineer records the test two days late
    const due = { after: 'P3D', from: new Date(cst('2026-11-25T09:00')).toISOString() };
    expect(iso(resolveDue(opened, due, cal))).toBe('2026-11-28T09:00');
    expect(iso(resolveDue(opened, { ...due, business: true }, cal))).toBe('2026-11-30T09:00');
  });
});
