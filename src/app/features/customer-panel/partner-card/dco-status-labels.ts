import { DcoStatus } from '../../../../contract';

/** How each DCO status reads to an executive. */
export const DCO_STATUS_LABELS: Readonly<Record<DcoStatus, string>> = {
  active: 'Active',
  inactive: 'Inactive',
  suspended: 'Suspended',
  blocked: 'Blocked',
  onboarding: 'Onboarding',
};

/** Every DCO status, in the order the status form offers them. */
export const DCO_STATUSES: readonly DcoStatus[] = [
  'active',
  'inactive',
  'suspended',
  'blocked',
  'onboarding',
];
