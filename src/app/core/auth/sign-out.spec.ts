import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Executive } from '../../../contract';
import { TEST_EXECUTIVE } from '../../testing/fake-session';
import { UnsentWork } from '../state/unsent-work';
import { NOTHING_UNSENT, UnsentSummary } from '../state/unsent-summary';
import { AuthService } from './auth-service';
import { Session } from './session';
import { AskAboutUnsent, SignOut } from './sign-out';
import { SignedInTabs } from './signed-out-data';

const UNSENT: UnsentSummary = {
  replies: 1,
  drafts: 1,
  notes: 0,
  chats: [{ chatId: 'c1', name: 'Ravi Kumar', replies: 1, drafts: 1, notes: 0 }],
};

const KEYS = ['ccc.drafts.e1', 'ccc.outbox.e1', 'ccc.read.e1'];

describe('SignOut', () => {
  let executive: ReturnType<typeof signal<Executive | null>>;
  let auth: jasmine.SpyObj<AuthService>;
  let tabs: jasmine.SpyObj<SignedInTabs>;
  let unsent: jasmine.SpyObj<UnsentWork>;

  function setUp(summary: UnsentSummary, otherTabsOpen = false): SignOut {
    executive = signal<Executive | null>(TEST_EXECUTIVE);
    auth = jasmine.createSpyObj<AuthService>('AuthService', ['signOut']);
    auth.signOut.and.callFake(async () => executive.set(null));
    tabs = jasmine.createSpyObj<SignedInTabs>('SignedInTabs', ['othersOpen', 'hold']);
    tabs.othersOpen.and.resolveTo(otherTabsOpen);
    unsent = jasmine.createSpyObj<UnsentWork>('UnsentWork', ['summary', 'keep']);
    unsent.summary.and.returnValue(summary);
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: auth },
        { provide: Session, useValue: { executive } },
        { provide: SignedInTabs, useValue: tabs },
        { provide: UnsentWork, useValue: unsent },
      ],
    });
    return TestBed.inject(SignOut);
  }

  function stored(): string[] {
    return KEYS.filter((key) => localStorage.getItem(key) !== null);
  }

  beforeEach(() => KEYS.forEach((key) => localStorage.setItem(key, '{}')));
  afterEach(() => KEYS.forEach((key) => localStorage.removeItem(key)));

  it('signs out without asking when nothing is unsent, and forgets the executive’s data', async () => {
    const ask = jasmine.createSpy<AskAboutUnsent>('ask');
    expect(await setUp(NOTHING_UNSENT).run(ask)).toBeTrue();
    expect(ask).not.toHaveBeenCalled();
    expect(auth.signOut).toHaveBeenCalled();
    expect(tabs.hold).toHaveBeenCalledWith(null);
    expect(stored()).toEqual([]);
  });

  it('keeps the drafts and outbox for the next sign-in when the executive chooses Keep', async () => {
    const ask = jasmine.createSpy<AskAboutUnsent>('ask').and.resolveTo('keep');
    expect(await setUp(UNSENT).run(ask)).toBeTrue();
    expect(ask).toHaveBeenCalledOnceWith(UNSENT);
    expect(unsent.keep).toHaveBeenCalledOnceWith('e1', UNSENT);
    expect(auth.signOut).toHaveBeenCalled();
    // Read marks are not unsent work: they go either way.
    expect(stored()).toEqual(['ccc.drafts.e1', 'ccc.outbox.e1']);
  });

  it('forgets everything unsent when the executive chooses Discard', async () => {
    expect(await setUp(UNSENT).run(async () => 'discard')).toBeTrue();
    expect(unsent.keep).not.toHaveBeenCalled();
    expect(auth.signOut).toHaveBeenCalled();
    expect(stored()).toEqual([]);
  });

  it('stays signed in with everything in place when the executive chooses Stay', async () => {
    expect(await setUp(UNSENT).run(async () => 'stay')).toBeFalse();
    expect(auth.signOut).not.toHaveBeenCalled();
    expect(unsent.keep).not.toHaveBeenCalled();
    expect(executive()).toEqual(TEST_EXECUTIVE);
    expect(stored()).toEqual(KEYS);
  });

  it('does not ask while another tab of the executive carries on with the work', async () => {
    const ask = jasmine.createSpy<AskAboutUnsent>('ask');
    expect(await setUp(UNSENT, true).run(ask)).toBeTrue();
    expect(ask).not.toHaveBeenCalled();
    expect(unsent.summary).not.toHaveBeenCalled();
    expect(stored()).toEqual(KEYS);
  });

  it('signs nobody out when the session ended while the question was open', async () => {
    const signOut = setUp(UNSENT);
    const result = await signOut.run(async () => {
      executive.set(null);
      return 'discard';
    });
    expect(result).toBeFalse();
    expect(auth.signOut).not.toHaveBeenCalled();
    expect(stored()).toEqual(KEYS);
  });

  it('keeps the work when nobody is asked', async () => {
    await setUp(UNSENT).run();
    expect(unsent.keep).toHaveBeenCalledOnceWith('e1', UNSENT);
  });
});
