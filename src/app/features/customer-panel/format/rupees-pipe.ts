import { Pipe, PipeTransform } from '@angular/core';

const RUPEES = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });

/** An amount in rupees as Indian readers write it: `₹1,23,456.00`. Empty for a missing amount. */
export function formatRupees(amount: number | null | undefined): string {
  return typeof amount === 'number' && Number.isFinite(amount) ? RUPEES.format(amount) : '';
}

/** `{{ fare | rupees }}`: see {@link formatRupees}. */
@Pipe({ name: 'rupees' })
export class RupeesPipe implements PipeTransform {
  transform(amount: number | null | undefined): string {
    return formatRupees(amount);
  }
}
