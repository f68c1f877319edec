import { CLOSED_SESSION, FULL_SESSION, OPEN_SESSION } from '../testing/catalogue-fixtures';
import {
  formatAmount,
  formatDate,
  formatNumber,
  formatPeriod,
  formatPrice,
  parseDecimal,
  sessionState,
} from './offer-format';

describe('offer formats', () => {
  it('writes prices the Danish way: thousands with a dot, "kr." after', () => {
    expect(formatPrice(12500, 'da')).toBe('12.500 kr.');
    expect(formatPrice(12500.5, 'da')).toBe('12.500,50 kr.');
    expect(formatPrice(0, 'da')).toBe('0 kr.');
    expect(formatPrice(12500, 'en')).toBe('DKK 12,500');
    expect(formatAmount(4750.5, 'da')).toBe('4.750,50');
    expect(formatAmount(4750, 'da')).toBe('4.750');
  });

  it('writes numbers and dates as a Danish spreadsheet does', () => {
    expect(formatNumber(7.5, 'da')).toBe('7,5');
    expect(formatNumber(7.5, 'en')).toBe('7.5');
    expect(formatDate('2027-03-05')).toBe('05-03-2027');
    expect(formatPeriod({ startDate: '2027-03-05', endDate: '2027-03-06' })).toBe(
      '05-03-2027 – 06-03-2027',
    );
    expect(formatPeriod({ startDate: '2027-03-05', endDate: '2027-03-05' })).toBe('05-03-2027');
  });

  it('reads amounts typed with a decimal comma, a decimal point or thousands dots', () => {
    expect(parseDecimal('12.500,50')).toBe(12500.5);
    expect(parseDecimal('12.500')).toBe(12500);
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal('7.5')).toBe(7.5);
    expect(parseDecimal(' 4 750 kr. ')).toBe(4750);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('mange')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });

  it('tells open, full and closed sessions apart', () => {
    expect(sessionState(OPEN_SESSION)).toBe('open');
    expect(sessionState(FULL_SESSION)).toBe('full');
    expect(sessionState(CLOSED_SESSION)).toBe('closed');
  });
});
