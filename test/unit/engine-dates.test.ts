import { describe, expect, it } from 'vitest';
import { dayInText, isDateline, normalizeDate } from '../../src/engine/dates';

describe('dayInText', () => {
  it('reads the day in the forms datelines write it', () => {
    expect(dayInText('Posted 2019-04-28 08:00')).toBe('2019-04-28');
    expect(dayInText('Stand: 23.01.2022, 14:05 Uhr')).toBe('2022-01-23');
    expect(dayInText('2019年4月28日 08時00分')).toBe('2019-04-28');
    expect(dayInText('Friday, January 11, 2008By Jalilur Rehman, AFP')).toBe('2008-01-11');
    expect(dayInText('11 January 20081')).toBeNull();
    expect(dayInText('By Joe Davidson, Dec 13, 2016 at 3:45 pm')).toBe('2016-12-13');
    expect(dayInText('December 9th 2016')).toBe('2016-12-09');
    expect(dayInText('Von Anna Berg · 23. Januar 2022')).toBe('2022-01-23');
    expect(dayInText('Publié le 3 mars 2019')).toBe('2019-03-03');
    expect(dayInText('Actualizado el 3 de marzo de 2019')).toBe('2019-03-03');
    expect(dayInText('5 января 2012, 14:45')).toBe('2012-01-05');
    expect(dayInText('3 listopada 2011 r.')).toBe('2011-11-03');
    expect(dayInText('16 ΔΕΚΕΜΒΡΙΟΥ 2011')).toBe('2011-12-16');
    expect(dayInText('12. února 2012')).toBe('2012-02-12');
  });

  it('takes the first day written, and skips numbers that are no day', () => {
    expect(dayInText('Updated 12.05.2020 — first published 3 May 2020')).toBe('2020-05-12');
    expect(dayInText('Score 45.13.2020 then March 2, 2020')).toBe('2020-03-02');
    expect(dayInText('Chapter 12 of 2020 and version 3.2.1')).toBeNull();
  });

  it('leaves a slashed day alone when it could be either order (03/04/2019)', () => {
    expect(dayInText('03/04/2019')).toBeNull();
  });
});

describe('isDateline', () => {
  it('is a day written out, with a time and a weekday or a short label at most', () => {
    expect(isDateline('Sunday, 15 January 2012 13:25')).toBe(true);
    expect(isDateline('4 January 2012')).toBe(true);
    expect(isDateline('2012-01-11 16:48 |')).toBe(true);
    expect(isDateline('Stand: 23.01.2022, 14:05 Uhr')).toBe(true);
    expect(isDateline('2019年4月28日 08:00')).toBe(true);
  });

  it('is not a sentence that holds a date, nor a line without one', () => {
    expect(isDateline('Oct. 6, 1923: First football game at the Coliseum.')).toBe(false);
    expect(isDateline('The council met on 4 January 2012 to vote.')).toBe(false);
    expect(isDateline('Wednesday evening')).toBe(false);
  });
});

describe('normalizeDate', () => {
  it('keeps ISO as written, reads other dates, and a day written day first as its day', () => {
    expect(normalizeDate('2016-12-09T08:00:00+01:00')).toBe('2016-12-09T08:00:00+01:00');
    expect(normalizeDate('Tue, 17 Jan 2012 10:00:00 GMT')).toBe('2012-01-17T10:00:00.000Z');
    expect(normalizeDate('04.11.2021 - 14:45')).toBe('2021-11-04');
    expect(normalizeDate('28. Dezember 2022')).toBe('2022-12-28');
    expect(normalizeDate('soon')).toBeNull();
  });
});
