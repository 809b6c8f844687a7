/**
 * Age in completed years on a reference date (for eligibility: the date the proposal was
 * received). Someone born on 29 February completes a year on 1 March in a common year.
 */
import { isIsoDate } from './isoDate';

/**
 * Completed years between a birth date and a date, both ISO; `NaN` when either is invalid or
 * the date is before the birth date.
 * @example ageOn('1964-06-06', '2023-06-05') // 58 (59 the next day)
 */
export function ageOn(birthDate: string, on: string): number {
  if (!isIsoDate(birthDate) || !isIsoDate(on) || on < birthDate) return NaN;
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
