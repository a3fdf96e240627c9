import { DEMO_LOGINS, type DemoLogin } from '../../server/seed/demo-staff';

function demo(executiveId: string): DemoLogin {
  const login = DEMO_LOGINS.find((candidate) => candidate.executive_id === executiveId);
  if (!login) {
    throw new Error(`The stack seeds no demo login ${executiveId}.`);
  }
  return login;
}

/** The demo staff of the local stack, as the tests sign in with them. */
export const ASHA = demo('exec_asha');
export const PRIYA = demo('exec_priya');
export const RAHUL = demo('exec_rahul');
export const VIKRAM = demo('exec_vikram');
export const SUPERVISOR = demo('sup_meera');

export type { DemoLogin };
