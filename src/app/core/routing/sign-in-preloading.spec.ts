import { TestBed } from '@angular/core/testing';
import { Route } from '@angular/router';
import { of } from 'rxjs';

import { PRELOAD_ON_SIGN_IN, SignInPreloading } from './sign-in-preloading';

describe('SignInPreloading', () => {
  let strategy: SignInPreloading;
  const marked: Route = { path: 'chats', data: { [PRELOAD_ON_SIGN_IN]: true } };

  beforeEach(() => {
    strategy = TestBed.inject(SignInPreloading);
  });

  it('fetches a marked route only once sign-in has started', () => {
    const load = jasmine.createSpy('load').and.returnValue(of(null));
    strategy.preload(marked, load).subscribe();
    expect(load).not.toHaveBeenCalled();

    strategy.start();
    strategy.start();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches a marked route at once when sign-in has already started', () => {
    strategy.start();
    const load = jasmine.createSpy('load').and.returnValue(of(null));
    strategy.preload(marked, load).subscribe();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves unmarked routes to load when visited', () => {
    strategy.start();
    const load = jasmine.createSpy('load').and.returnValue(of(null));
    strategy.preload({ path: 'dashboard' }, load).subscribe();
    expect(load).not.toHaveBeenCalled();
  });
});
