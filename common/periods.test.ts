import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addPeriods, addWorkingDays, comparePeriods, compareDates, daysBetween, daysInMonth, elapsedFraction,
  formatPeriod, isIsoDate, isoDateAt, isoWeekday, isPeriod, isWorkingDay, monthsOfYear, parsePeriod, periodContains,
  periodEnd, periodKind, periodLabelEn, periodLabelZh, periodOf, periodStart, subPeriods, toPeriod, workingDaysBetween,
  type WorkCalendar,
} from './periods.ts';

describe('periods parsePeriod', () => {
  const valid: [string, ReturnType<typeof parsePeriod>][] = [
    ['2023', { kind: 'year', year: 2023 }],
    ['2023-H1', { kind: 'half', year: 2023, half: 1 }],
    ['2023-H2', { kind: 'half', year: 2023, half: 2 }],
    ['2023-Q1', { kind: 'quarter', year: 2023, quarter: 1 }],
    ['2023-Q4', { kind: 'quarter', year: 2023, quarter: 4 }],
    ['2023-03', { kind: 'month', year: 2023, month: 3 }],
    ['2023-12', { kind: 'month', year: 2023, month: 12 }],
    ['2023-03-15', { kind: 'day', year: 2023, month: 3, day: 15 }],
    ['2024-02-29', { kind: 'day', year: 2024, month: 2, day: 29 }], // leap year
    ['2000-02-29', { kind: 'day', year: 2000, month: 2, day: 29 }], // divisible by 400
    ['2023-04-30', { kind: 'day', year: 2023, month: 4, day: 30 }],
  ];
  for (const [s, expected] of valid) {
    it(`parses ${s}`, () => {
      assert.deepEqual(parsePeriod(s), expected);
      assert.equal(isPeriod(s), true);
      assert.equal(formatPeriod(parsePeriod(s)!), s, 'round trip');
    });
  }

  const invalid = [
    '2023-13', '2023-00', '2023-02-30', '2023-02-29', '1900-02-29', '2023-04-31', '2023-01-32', '2023-01-00',
    '2023-Q5', '2023-Q0', '2023-H3', '2023-H0', '2023-3', '2023-03-5', '23', '0999', '20234', '2023-q1', '2023-h1',
    ' 2023', '2023 ', '2023-W01', '2023/03', '', '2023-03-15T00:00:00Z', '２０２３',
  ];
  for (const s of invalid) {
    it(`refuses ${JSON.stringify(s)}`, () => {
      assert.equal(parsePeriod(s), null);
      assert.equal(isPeriod(s), false);
      assert.throws(() => toPeriod(s), RangeError);
    });
  }

  it('isPeriod and isIsoDate refuse non-strings', () => {
    assert.equal(isPeriod(2023), false);
    assert.equal(isPeriod(null), false);
    assert.equal(isIsoDate('2023-03'), false);
    assert.equal(isIsoDate('2023-03-01'), true);
    assert.equal(periodKind('2023-H2'), 'half');
  });
});

describe('periods periodStart / periodEnd', () => {
  const cases: [string, string, string][] = [
    ['2023', '2023-01-01', '2023-12-31'],
    ['2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-Q2', '2023-04-01', '2023-06-30'],
    ['2023-Q3', '2023-07-01', '2023-09-30'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'], // century, not leap
    ['2023-11', '2023-11-01', '2023-11-30'],
    ['2023-03-15', '2023-03-15', '2023-03-15'],
  ];
  for (const [p, start, end] of cases) {
    it(`${p} runs ${start} to ${end}`, () => {
      assert.equal(periodStart(p), start);
      assert.equal(periodEnd(p), end);
    });
  }
  it('daysInMonth knows February', () => {
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
  });
});

describe('periods addPeriods', () => {
  const cases: [string, number, string][] = [
    ['2023', 1, '2024'],
    ['2023', -3, '2020'],
    ['2023-H1', 1, '2023-H2'],
    ['2023-H2', 1, '2024-H1'],
    ['2023-H1', -1, '2022-H2'],
    ['2023-H1', 5, '2025-H2'],
    ['2023-Q4', 1, '2024-Q1'],
    ['2023-Q1', -1, '2022-Q4'],
    ['2023-Q2', -6, '2021-Q4'],
    ['2023-Q3', 0, '2023-Q3'],
    ['2023-11', 3, '2024-02'],
    ['2023-01', -1, '2022-12'],
    ['2023-03', -15, '2021-12'],
    ['2023-03', 24, '2025-03'],
    ['2023-12', 1, '2024-01'],
    ['2023-03-15', 17, '2023-04-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-01-01', -1, '2022-12-31'],
    ['2023-01-01', 365, '2024-01-01'],
  ];
  for (const [p, n, expected] of cases) {
    it(`${p} + ${n} = ${expected}`, () => assert.equal(addPeriods(p, n), expected));
  }
  it('refuses fractional steps and years beyond four digits', () => {
    assert.throws(() => addPeriods('2023-03', 1.5), RangeError);
    assert.throws(() => addPeriods('9999-12', 1), RangeError);
    assert.throws(() => addPeriods('1000-Q1', -1), RangeError);
  });
});

describe('periods comparePeriods / periodContains / periodOf', () => {
  it('sorts mixed kinds by start, containing period first', () => {
    const shuffled = ['2023-02', '2023-01-02', '2023-Q1', '2022-12', '2023', '2023-01', '2023-H1', '2023-01-01', '2023-Q2'];
    assert.deepEqual([...shuffled].sort(comparePeriods), [
      '2022-12', '2023', '2023-H1', '2023-Q1', '2023-01', '2023-01-01', '2023-01-02', '2023-02', '2023-Q2',
    ]);
  });
  const order: [string, string, number][] = [
    ['2023-03', '2023-04', -1], ['2023-04', '2023-03', 1], ['2023-03', '2023-03', 0],
    ['2022-Q4', '2023-Q1', -1], ['2023', '2022', 1], ['2023-12-31', '2024-01-01', -1],
  ];
  for (const [a, b, sign] of order) {
    it(`compares ${a} ${sign < 0 ? '<' : sign > 0 ? '>' : '='} ${b}`, () => assert.equal(Math.sign(comparePeriods(a, b)), sign));
  }

  const contains: [string, string, boolean][] = [
    ['2023', '2023-03-15', true], ['2023', '2023-Q4', true], ['2023', '2023', true], ['2023-H1', '2023-Q2', true],
    ['2023-H1', '2023-Q3', false], ['2023-Q1', '2023-03', true], ['2023-Q1', '2023-04', false], ['2023-03', '2023-Q1', false],
    ['2023-03', '2023-03-31', true], ['2023-03', '2023-04-01', false], ['2023', '2024-01', false], ['2023-03-15', '2023-03', false],
  ];
  for (const [outer, inner, expected] of contains) {
    it(`${outer} ${expected ? 'contains' : 'does not contain'} ${inner}`, () => assert.equal(periodContains(outer, inner), expected));
  }

  const of: [string, Parameters<typeof periodOf>[1], string][] = [
    ['2023-05-20', 'year', '2023'], ['2023-05-20', 'half', '2023-H1'], ['2023-07-01', 'half', '2023-H2'],
    ['2023-06-30', 'quarter', '2023-Q2'], ['2023-07-01', 'quarter', '2023-Q3'], ['2023-12-31', 'quarter', '2023-Q4'],
    ['2023-05-20', 'month', '2023-05'], ['2023-05-20', 'day', '2023-05-20'],
  ];
  for (const [date, kind, expected] of of) {
    it(`periodOf(${date}, ${kind}) = ${expected}`, () => assert.equal(periodOf(date, kind), expected));
  }
  it('periodOf refuses a non-date', () => assert.throws(() => periodOf('2023-05', 'year'), RangeError));

  it('lists months of a year and sub-periods', () => {
    const months = monthsOfYear(2023);
    assert.equal(months.length, 12);
    assert.equal(months[0], '2023-01');
    assert.equal(months[11], '2023-12');
    assert.deepEqual(subPeriods('2023-H2', 'quarter'), ['2023-Q3', '2023-Q4']);
    assert.deepEqual(subPeriods('2023-Q2', 'month'), ['2023-04', '2023-05', '2023-06']);
    assert.equal(subPeriods('2024', 'day').length, 366);
    assert.deepEqual(subPeriods('2023', 'year'), ['2023']);
    assert.throws(() => subPeriods('2023-03', 'quarter'), RangeError);
  });
});

describe('periods day arithmetic', () => {
  const between: [string, string, number][] = [
    ['2023-03-01', '2023-03-15', 14], ['2023-03-15', '2023-03-01', -14], ['2023-01-01', '2023-12-31', 364],
    ['2024-01-01', '2024-12-31', 365], ['2023-02-28', '2023-03-01', 1], ['2024-02-28', '2024-03-01', 2],
    ['1999-12-31', '2000-01-01', 1], ['2023-03-15', '2023-03-15', 0],
  ];
  for (const [a, b, n] of between) {
    it(`daysBetween(${a}, ${b}) = ${n}`, () => {
      assert.equal(daysBetween(a, b), n);
      assert.equal(addDays(a, n), b);
      assert.equal(Math.sign(compareDates(b, a)), Math.sign(n));
    });
  }
  // 2023-03-15 was a Wednesday; 1970-01-01 a Thursday; 2000-01-01 a Saturday.
  const weekdays: [string, number][] = [['2023-03-15', 3], ['1970-01-01', 4], ['2000-01-01', 6], ['2023-10-01', 7], ['2023-10-02', 1], ['1969-12-31', 3]];
  for (const [d, w] of weekdays) it(`${d} is ISO weekday ${w}`, () => assert.equal(isoWeekday(d), w));

  it('refuses malformed dates', () => {
    assert.throws(() => daysBetween('2023-02-30', '2023-03-01'), RangeError);
    assert.throws(() => addDays('2023-03', 1), RangeError);
    assert.throws(() => addDays('2023-03-01', 0.5), RangeError);
  });

  it('isoDateAt applies the Beijing offset, not the machine zone', () => {
    // 2023-03-14T16:00:00Z is 00:00 on 15 March in Beijing.
    const t = Date.UTC(2023, 2, 14, 16, 0, 0);
    assert.equal(isoDateAt(t), '2023-03-15');
    assert.equal(isoDateAt(t - 1), '2023-03-14');
    assert.equal(isoDateAt(t, 0), '2023-03-14');
  });
});

describe('periods elapsedFraction (inclusive days)', () => {
  const cases: [string, string, string, number][] = [
    ['2023-01-01', '2023-12-31', '2022-12-31', 0], // before start
    ['2023-01-01', '2023-12-31', '2023-01-01', 1 / 365], // first day counts
    ['2023-01-01', '2023-12-31', '2023-03-31', 90 / 365], // Q1 = 31+28+31
    ['2023-01-01', '2023-12-31', '2023-07-02', 183 / 365],
    ['2023-01-01', '2023-12-31', '2023-12-31', 1], // due day
    ['2023-01-01', '2023-12-31', '2024-05-01', 1], // clamped
    ['2023-03-01', '2023-03-10', '2023-03-05', 5 / 10],
    ['2023-03-01', '2023-03-01', '2023-03-01', 1], // one-day span
    ['2023-03-01', '2023-03-01', '2023-02-28', 0],
  ];
  for (const [s, e, t, f] of cases) {
    it(`[${s}, ${e}] at ${t} = ${f.toFixed(4)}`, () => assert.equal(elapsedFraction(s, e, t), f));
  }
  it('refuses an end before the start', () => assert.throws(() => elapsedFraction('2023-03-02', '2023-03-01', '2023-03-01'), RangeError));
});

describe('periods working days (调休)', () => {
  // 2023 National Day: 29 Sep – 6 Oct off (Fri–Fri); Sat 7 Oct and Sun 8 Oct worked instead.
  const cal: WorkCalendar = {
    holidays: new Set(['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06']),
    makeupWorkdays: new Set(['2023-10-07', '2023-10-08']),
  };
  const working: [string, boolean][] = [
    ['2023-09-27', true], // Wed
    ['2023-09-29', false], // Fri, holiday
    ['2023-10-02', false], // Mon, holiday
    ['2023-10-07', true], // Sat, make-up
    ['2023-10-08', true], // Sun, make-up
    ['2023-10-14', false], // ordinary Sat
    ['2023-10-09', true], // Mon
  ];
  for (const [d, w] of working) it(`${d} is ${w ? '' : 'not '}a working day`, () => assert.equal(isWorkingDay(d, cal), w));

  const add: [string, number, string][] = [
    ['2023-09-28', 1, '2023-10-07'], // Thu → skip 8 holidays → make-up Sat
    ['2023-09-28', 3, '2023-10-09'], // Sat 7, Sun 8, Mon 9
    ['2023-10-07', -1, '2023-09-28'],
    ['2023-10-09', -3, '2023-09-28'],
    ['2023-10-13', 1, '2023-10-16'], // ordinary Fri → Mon
    ['2023-10-14', 0, '2023-10-14'], // n = 0 keeps a non-working day
    ['2023-10-16', 5, '2023-10-23'],
  ];
  for (const [d, n, expected] of add) {
    it(`addWorkingDays(${d}, ${n}) = ${expected}`, () => {
      assert.equal(addWorkingDays(d, n, cal), expected);
      assert.equal(workingDaysBetween(d, expected, cal), n);
    });
  }

  const between: [string, string, number][] = [
    // (Mon 25 Sep, Mon 9 Oct]: Tue 26, Wed 27, Thu 28, make-up Sat 7, Sun 8, Mon 9 = 6.
    ['2023-09-25', '2023-10-09', 6],
    ['2023-10-13', '2023-10-16', 1], // (Fri, Mon] = Mon
    ['2023-10-13', '2023-10-15', 0], // weekend only
    ['2023-10-16', '2023-10-13', -1],
    ['2023-10-16', '2023-10-16', 0],
  ];
  for (const [a, b, n] of between) {
    it(`workingDaysBetween(${a}, ${b}) = ${n}`, () => assert.equal(workingDaysBetween(a, b, cal), n));
  }

  it('without a calendar only weekends are off', () => {
    assert.equal(isWorkingDay('2023-10-02'), true);
    assert.equal(addWorkingDays('2023-09-28', 1), '2023-09-29');
    assert.equal(workingDaysBetween('2023-01-01', '2023-12-31'), 260);
  });

  it('refuses a calendar with no working days instead of looping forever', () => {
    const allOff: WorkCalendar = { holidays: { has: () => true } as unknown as ReadonlySet<string>, makeupWorkdays: new Set() };
    assert.throws(() => addWorkingDays('2023-01-01', 1, allOff), RangeError);
  });
});

describe('periods labels', () => {
  const cases: [string, string, string][] = [
    ['2023', '2023年', '2023'],
    ['2023-H1', '2023年上半年', 'H1 2023'],
    ['2023-H2', '2023年下半年', 'H2 2023'],
    ['2023-Q1', '2023年第一季度', 'Q1 2023'],
    ['2023-Q2', '2023年第二季度', 'Q2 2023'],
    ['2023-Q3', '2023年第三季度', 'Q3 2023'],
    ['2023-Q4', '2023年第四季度', 'Q4 2023'],
    ['2023-03', '2023年3月', 'March 2023'],
    ['2023-12', '2023年12月', 'December 2023'],
    ['2023-03-15', '2023年3月15日', '15 March 2023'],
    ['2023-10-01', '2023年10月1日', '1 October 2023'],
  ];
  for (const [p, zh, en] of cases) {
    it(`${p} reads ${zh} / ${en}`, () => {
      assert.equal(periodLabelZh(p), zh);
      assert.equal(periodLabelEn(p), en);
    });
  }
  it('refuses to label garbage', () => assert.throws(() => periodLabelZh('2023-13'), RangeError));
});
