import type { StaffRole } from '../../src/contract';

export interface DemoLogin {
  executive_id: string;
  name: string;
  email: string;
  password: string;
  role: StaffRole;
}

/** The demo accounts of the local stack, printed at start. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    executive_id: 'exec_asha',
    name: 'Asha Nair',
    email: 'asha@oneway.local',
    password: 'asha123',
    role: 'executive',
  },
  {
    executive_id: 'exec_priya',
    name: 'Priya Sharma',
    email: 'priya@oneway.local',
    password: 'priya123',
    role: 'executive',
  },
  {
    executive_id: 'exec_rahul',
    name: 'Rahul Verma',
    email: 'rahul@oneway.local',
    password: 'rahul123',
    role: 'executive',
  },
  {
    executive_id: 'exec_vikram',
    name: 'Vikram Singh',
    email: 'vikram@oneway.local',
    password: 'vikram123',
    role: 'executive',
  },
  {
    executive_id: 'sup_meera',
    name: 'Meera Iyer',
    email: 'supervisor@oneway.local',
    password: 'supervisor123',
    role: 'supervisor',
  },
];
