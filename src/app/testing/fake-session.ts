import { signal } from '@angular/core';
import { Executive } from '../../contract';
import { Session } from '../core/auth/session';

/** A signed-in executive for specs. */
export const TEST_EXECUTIVE: Executive = {
  executive_id: 'e1',
  name: 'Asha Verma',
  email: 'asha@oneway.local',
  role: 'executive',
  status: 'online',
};

/** Provides a `Session` whose executive the spec controls. */
export function provideFakeSession(executive = signal<Executive | null>(TEST_EXECUTIVE)) {
  return {
    provide: Session,
    useValue: {
      executive,
      token: signal('test-token'),
      isSignedIn: signal(true),
      role: signal(executive()?.role ?? null),
      beforeEnd: () => () => undefined,
    },
  };
}
