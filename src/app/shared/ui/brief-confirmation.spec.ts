import { TestBed } from '@angular/core/testing';

import { BriefConfirmation } from './brief-confirmation';

describe('BriefConfirmation', () => {
  beforeEach(() => jasmine.clock().install());
  afterEach(() => jasmine.clock().uninstall());

  it('shows the outcome, then goes away by itself; a new action starts the time again', () => {
    const confirmation = TestBed.runInInjectionContext(() => new BriefConfirmation(1000));
    confirmation.show(true, 'Copied the booking id');
    expect(confirmation.done()).toBeTrue();
    expect(confirmation.announcement()).toBe('Copied the booking id');
    jasmine.clock().tick(900);
    confirmation.show(false, 'Could not copy.');
    jasmine.clock().tick(900);
    expect(confirmation.done()).toBeFalse();
    expect(confirmation.announcement()).toBe('Could not copy.');
    jasmine.clock().tick(200);
    expect(confirmation.announcement()).toBe('');
  });
});
