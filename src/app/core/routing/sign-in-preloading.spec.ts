import { TestBed } from '@angular/core/testing';
import { Route } from '@angular/router';
import { of } from 'rxjs';

import { PRELOAD_ON_SIGN_IN, SIGN_IN_CHUNKS_META, SignInPreloading } from './sign-in-preloading';

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

  describe('with the chunks named by the build', () => {
    let meta: HTMLMetaElement;
    const preloads = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')]
        .map((link) => link.getAttribute('href'))
        .filter((href) => href?.startsWith('chunk-TEST'));

    beforeEach(() => {
      meta = document.createElement('meta');
      meta.name = SIGN_IN_CHUNKS_META;
      meta.content = 'chunk-TEST1.js chunk-TEST2.js';
      document.head.append(meta);
    });

    afterEach(() => {
      meta.remove();
      document.head
        .querySelectorAll('link[rel="modulepreload"][href^="chunk-TEST"]')
        .forEach((link) => link.remove());
    });

    it('requests them all at once when sign-in starts, and only once', () => {
      expect(preloads()).toEqual([]);
      strategy.start();
      strategy.start();
      expect(preloads()).toEqual(['chunk-TEST1.js', 'chunk-TEST2.js']);
    });
  });
});
