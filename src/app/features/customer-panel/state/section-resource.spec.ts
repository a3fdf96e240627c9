import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { SectionResource } from './section-resource';

function apiError(message: string): ApiError {
  return new ApiError({ status: 503, code: 'server_error', backend: 'nodeAdmin', message });
}

describe('SectionResource', () => {
  it('goes from loading to ready with the fetched value', () => {
    const answer = new Subject<string>();
    const resource = new SectionResource<string, string>({
      fetch: () => answer,
      fallbackError: 'Failed.',
    });
    resource.load('a');
    expect(resource.status()).toBe('loading');
    expect(resource.value()).toBeNull();
    answer.next('value a');
    expect(resource.status()).toBe('ready');
    expect(resource.value()).toBe('value a');
    expect(resource.key()).toBe('a');
  });

  it('shows the back end message on failure and loads again on reload', () => {
    let fail = true;
    const fetch = jasmine
      .createSpy('fetch')
      .and.callFake(() => (fail ? throwError(() => apiError('Node admin is down.')) : of('ok')));
    const resource = new SectionResource<string, string>({ fetch, fallbackError: 'Failed.' });
    resource.load('a');
    expect(resource.status()).toBe('error');
    expect(resource.error()).toBe('Node admin is down.');
    fail = false;
    resource.reload();
    expect(resource.status()).toBe('ready');
    expect(resource.value()).toBe('ok');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('uses its fallback message for errors that carry none for the executive', () => {
    const resource = new SectionResource<string, string>({
      fetch: () => throwError(() => new Error('TypeError: x is undefined')),
      fallbackError: 'The rides could not be loaded. Try again.',
    });
    resource.load('a');
    expect(resource.error()).toBe('The rides could not be loaded. Try again.');
  });

  it('serves a key it already fetched from its cache until reset', () => {
    const fetch = jasmine.createSpy('fetch').and.callFake((key: string) => of(`value ${key}`));
    const resource = new SectionResource<string, string>({ fetch, fallbackError: 'Failed.' });
    resource.load('a');
    resource.load('b');
    resource.load('a');
    expect(resource.value()).toBe('value a');
    expect(fetch).toHaveBeenCalledTimes(2);
    resource.reset();
    expect(resource.status()).toBe('idle');
    resource.load('a');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does nothing when asked again for the key it is loading', () => {
    const fetch = jasmine.createSpy('fetch').and.returnValue(new Subject<string>());
    const resource = new SectionResource<string, string>({ fetch, fallbackError: 'Failed.' });
    resource.load('a');
    resource.load('a');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never lets a late answer for an earlier key land on a later one', () => {
    const answers: Record<string, Subject<string>> = { a: new Subject(), b: new Subject() };
    const resource = new SectionResource<string, string>({
      fetch: (key) => answers[key],
      fallbackError: 'Failed.',
    });
    resource.load('a');
    resource.load('b');
    answers['a'].next('value a');
    expect(resource.status()).toBe('loading');
    answers['b'].next('value b');
    expect(resource.value()).toBe('value b');
  });

  it('keeps the previous value on screen while the next key loads, when asked to', () => {
    const answers: Record<string, Subject<string>> = { a: new Subject(), b: new Subject() };
    const resource = new SectionResource<string, string>({
      fetch: (key) => answers[key],
      fallbackError: 'Failed.',
      keepPrevious: true,
    });
    resource.load('a');
    answers['a'].next('page a');
    resource.load('b');
    expect(resource.status()).toBe('loading');
    expect(resource.value()).toBe('page a');
  });

  it('keeps the value shown while it reloads', () => {
    const answer = new Subject<string>();
    let calls = 0;
    const resource = new SectionResource<string, string>({
      fetch: () => (++calls === 1 ? of('first') : answer),
      fallbackError: 'Failed.',
    });
    resource.load('a');
    resource.reload();
    expect(resource.status()).toBe('loading');
    expect(resource.value()).toBe('first');
    answer.next('second');
    expect(resource.value()).toBe('second');
  });

  it('runs onValue for fetched and cached values, to chain the next load', () => {
    const onValue = jasmine.createSpy('onValue');
    const resource = new SectionResource<string, string>({
      fetch: (key) => of(`value ${key}`),
      fallbackError: 'Failed.',
      onValue,
    });
    resource.load('a');
    resource.clear();
    resource.load('a');
    expect(onValue.calls.allArgs()).toEqual([
      ['value a', 'a'],
      ['value a', 'a'],
    ]);
  });

  it('cancels the request in flight when cleared', () => {
    const answer = new Subject<string>();
    const resource = new SectionResource<string, string>({
      fetch: () => answer,
      fallbackError: 'Failed.',
    });
    resource.load('a');
    resource.clear();
    expect(answer.observed).toBeFalse();
    expect(resource.status()).toBe('idle');
  });

  it('caches by the key it is given', () => {
    const fetch = jasmine.createSpy('fetch').and.callFake(() => of('rows'));
    const resource = new SectionResource<{ id: string; page: number }, string>({
      fetch,
      keyOf: (key) => `${key.id}|${key.page}`,
      fallbackError: 'Failed.',
    });
    resource.load({ id: 'x', page: 1 });
    resource.load({ id: 'x', page: 2 });
    resource.load({ id: 'x', page: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
