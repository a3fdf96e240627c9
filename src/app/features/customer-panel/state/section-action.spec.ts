import { Subject, of, throwError } from 'rxjs';

import { SectionAction } from './section-action';
import { failure } from '../testing/panel-testing';

describe('SectionAction', () => {
  it('runs, then shows the result and calls onDone', () => {
    const answer = new Subject<string>();
    const onDone = jasmine.createSpy('onDone');
    const action = new SectionAction<number, string>({
      run: () => answer,
      fallbackError: 'Failed.',
      onDone,
    });
    action.run(5);
    expect(action.running()).toBeTrue();
    answer.next('sent');
    expect(action.status()).toBe('done');
    expect(action.result()).toBe('sent');
    expect(onDone).toHaveBeenCalledOnceWith('sent', 5);
  });

  it('runs once at a time', () => {
    const run = jasmine.createSpy('run').and.returnValue(new Subject<string>());
    const action = new SectionAction<number, string>({ run, fallbackError: 'Failed.' });
    action.run(1);
    action.run(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('shows the back end message and the field it refused', () => {
    const action = new SectionAction<number, string>({
      run: () =>
        failure({
          status: 422,
          code: 'nothing_due',
          backend: 'partnerEnrol',
          message: 'This partner has no dues.',
          field: 'amount',
        }),
      fallbackError: 'Failed.',
    });
    action.run(1);
    expect(action.status()).toBe('failed');
    expect(action.error()).toBe('This partner has no dues.');
    expect(action.snapshot().field).toBe('amount');
  });

  it('hides an answer that arrives after a reset', () => {
    const answer = new Subject<string>();
    const onDone = jasmine.createSpy('onDone');
    const action = new SectionAction<number, string>({
      run: () => answer,
      fallbackError: 'Failed.',
      onDone,
    });
    action.run(1);
    action.reset();
    answer.next('late');
    expect(action.status()).toBe('idle');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('can run again after a failure', () => {
    let fail = true;
    const action = new SectionAction<number, string>({
      run: () => (fail ? throwError(() => new Error('x')) : of('ok')),
      fallbackError: 'Failed.',
    });
    action.run(1);
    expect(action.error()).toBe('Failed.');
    fail = false;
    action.run(1);
    expect(action.result()).toBe('ok');
    expect(action.error()).toBeNull();
  });
});
