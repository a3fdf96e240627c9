import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { WhatsappTemplate } from '../../../../contract';
import { TemplatesStore } from './templates-store';

function template(name: string): WhatsappTemplate {
  return {
    template_id: `t-${name}`,
    name,
    stakeholder: 'customer',
    category: 'utility',
    language: 'en',
    body: 'Hi',
    variables: [],
  };
}

describe('TemplatesStore', () => {
  let api: jasmine.SpyObj<PySmartChatApi>;
  let store: TemplatesStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', ['fetchTemplates']);
    TestBed.configureTestingModule({ providers: [{ provide: PySmartChatApi, useValue: api }] });
    store = TestBed.inject(TemplatesStore);
  });

  it('fetches per stakeholder once, sorted by name', () => {
    api.fetchTemplates.and.returnValue(
      of({ stakeholder: 'customer', templates: [template('b'), template('a')] }),
    );
    store.load('customer');
    store.load('customer');
    expect(api.fetchTemplates).toHaveBeenCalledOnceWith('customer');
    expect(store.templatesOf('customer').templates.map((t) => t.name)).toEqual(['a', 'b']);
    expect(store.templatesOf('driver').loaded).toBeFalse();
  });

  it('keeps the error for the executive and fetches again on force', () => {
    api.fetchTemplates.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 500,
            code: 'server_error',
            backend: 'pySmartChat',
            message: 'Busy.',
          }),
      ),
    );
    store.load('driver');
    expect(store.templatesOf('driver').error).toBe('Busy.');
    api.fetchTemplates.and.returnValue(of({ stakeholder: 'driver', templates: [template('x')] }));
    store.load('driver', true);
    expect(store.templatesOf('driver').templates.length).toBe(1);
    expect(store.templatesOf('driver').error).toBeNull();
  });
});
