import { TestBed } from '@angular/core/testing';
import { defer, firstValueFrom, of } from 'rxjs';

import { ApiError } from './api-error';
import { MalformedResponse, RESPONSE_CONTRACT, ResponseValidator } from './response-validator';

describe('ResponseValidator', () => {
  let validator: ResponseValidator;
  let dropped: MalformedResponse[];

  beforeEach(() => {
    validator = TestBed.inject(ResponseValidator);
    dropped = [];
    validator.dropped.subscribe((drop) => dropped.push(drop));
  });

  it('lets a response that fits the contract through as it is', () => {
    const body = { chat_id: 'chat-1', notes: [] };
    let value: unknown;
    of(body)
      .pipe(validator.validate('pySmartChat', 'fetchNotes'))
      .subscribe((v) => (value = v));
    expect(value).toBe(body);
    expect(dropped).toEqual([]);
  });

  it('fails the call with bad_response and reports a response that breaks the contract', () => {
    let error: unknown;
    of({ chat_id: 'chat-1', notes: [{ note_id: 1 }] })
      .pipe(validator.validate('pySmartChat', 'fetchNotes'))
      .subscribe({ error: (e: unknown) => (error = e) });
    expect(error).toEqual(jasmine.any(ApiError));
    expect((error as ApiError).code).toBe('bad_response');
    expect((error as ApiError).message).toContain('Reload the page');
    expect(dropped).toEqual([
      {
        backend: 'pySmartChat',
        endpoint: 'fetchNotes',
        reason: 'fetchNotes.notes[0].note_id: expected string, got number',
      },
    ]);
  });

  it('refuses a date that is not a date and a negative count', () => {
    const note = {
      note_id: 'n-1',
      chat_id: 'chat-1',
      content: 'Called back',
      author_id: 'exec-1',
      author_name: 'Asha',
      created_at: 'not a date',
    };
    of({ chat_id: 'chat-1', notes: [note] })
      .pipe(validator.validate('pySmartChat', 'fetchNotes'))
      .subscribe({ error: () => undefined });
    expect(dropped[0].reason).toBe(
      'fetchNotes.notes[0].created_at: expected an ISO-8601 timestamp, got "not a date"',
    );
  });

  describe('with the contract loaded on first use, as in the running console', () => {
    beforeEach(() => {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({
        providers: [
          { provide: RESPONSE_CONTRACT, useValue: defer(() => import('../../../contract')) },
        ],
      });
      validator = TestBed.inject(ResponseValidator);
      dropped = [];
      validator.dropped.subscribe((drop) => dropped.push(drop));
    });

    it('checks the response once the schemas have arrived', async () => {
      const body = { chat_id: 'chat-1', notes: [] };
      expect(
        await firstValueFrom(of(body).pipe(validator.validate('pySmartChat', 'fetchNotes'))),
      ).toBe(body);
      await expectAsync(
        firstValueFrom(
          of({ chat_id: 7, notes: [] }).pipe(validator.validate('pySmartChat', 'fetchNotes')),
        ),
      ).toBeRejectedWith(jasmine.any(ApiError));
      expect(dropped.map((drop) => drop.endpoint)).toEqual(['fetchNotes']);
    });
  });
});
