import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format';

describe('formatDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('shows a day without a time as that day west of Greenwich too', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2022-01-23', 'en-US')).toBe('January 23, 2022');
  });

  it('shows a moment in the reader’s own time zone', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2022-01-23T03:00:00Z', 'en-US')).toBe('January 22, 2022');
  });

  it('says nothing for what is not a date', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('yesterday')).toBeNull();
  });
});
