import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { MEDIA_CACHE_CAPACITY, MediaStore, inertBlob } from './media-store';

describe('MediaStore', () => {
  let fetchMediaFile: jasmine.Spy;
  let store: MediaStore;

  beforeEach(() => {
    fetchMediaFile = jasmine
      .createSpy('fetchMediaFile')
      .and.callFake(() => of(new Blob(['bytes'], { type: 'image/jpeg' })));
    TestBed.configureTestingModule({
      providers: [{ provide: PySmartChatApi, useValue: { fetchMediaFile } }],
    });
    store = TestBed.inject(MediaStore);
  });

  it('knows nothing of a media id it was not asked for', () => {
    expect(store.media('m1')).toBeNull();
    expect(fetchMediaFile).not.toHaveBeenCalled();
  });

  it('downloads a media file once however many messages show it', () => {
    store.acquire('m1');
    store.acquire('m1');
    store.release('m1');
    store.acquire('m1');

    expect(fetchMediaFile).toHaveBeenCalledOnceWith('m1');
    const state = store.media('m1');
    expect(state?.status).toBe('ready');
    expect(state?.status === 'ready' && state.url.startsWith('blob:')).toBeTrue();
  });

  it('is loading until the download answers', () => {
    const response = new Subject<Blob>();
    fetchMediaFile.and.returnValue(response);

    store.acquire('m1');
    expect(store.media('m1')).toEqual({ status: 'loading' });

    response.next(new Blob(['x']));
    response.complete();
    expect(store.media('m1')?.status).toBe('ready');
  });

  it('keeps the reason of a failed download and downloads again on retry', () => {
    fetchMediaFile.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 503,
            code: 'unavailable',
            backend: 'pySmartChat',
            message: 'The chat service is down. Try again in a minute.',
          }),
      ),
    );
    store.acquire('m1');
    expect(store.media('m1')).toEqual({
      status: 'error',
      message: 'The chat service is down. Try again in a minute.',
    });

    fetchMediaFile.and.returnValue(of(new Blob(['x'])));
    store.retry('m1');

    expect(fetchMediaFile).toHaveBeenCalledTimes(2);
    expect(store.media('m1')?.status).toBe('ready');
  });

  it('explains a failure that is not an API error', () => {
    fetchMediaFile.and.returnValue(throwError(() => new Error('boom')));
    store.acquire('m1');
    const state = store.media('m1');
    expect(state?.status === 'error' && state.message).toContain('retry');
  });

  it('does not download again on retry when nothing failed', () => {
    store.acquire('m1');
    store.retry('m1');
    expect(fetchMediaFile).toHaveBeenCalledTimes(1);
  });

  it('evicts the least recently used unused file and revokes its URL', () => {
    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
    for (let i = 0; i < MEDIA_CACHE_CAPACITY; i++) {
      store.acquire(`m${i}`);
      store.release(`m${i}`);
    }
    const first = store.media('m0');
    const oldestUrl = first?.status === 'ready' ? first.url : '';
    // Showing m0 again makes m1 the least recently used.
    store.acquire('m0');
    store.release('m0');

    store.acquire('extra');

    expect(store.media('m1')).toBeNull();
    expect(store.media('m0')?.status).toBe('ready');
    expect(store.media('extra')?.status).toBe('ready');
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(revoke).not.toHaveBeenCalledWith(oldestUrl);
  });

  it('never evicts a file still on screen', () => {
    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
    for (let i = 0; i <= MEDIA_CACHE_CAPACITY; i++) {
      store.acquire(`m${i}`);
    }
    expect(revoke).not.toHaveBeenCalled();
    expect(store.media('m0')?.status).toBe('ready');

    store.release('m0');

    expect(store.media('m0')).toBeNull();
    expect(revoke).toHaveBeenCalledTimes(1);
  });

  it('downloads an evicted file again when it comes back on screen', () => {
    for (let i = 0; i <= MEDIA_CACHE_CAPACITY; i++) {
      store.acquire(`m${i}`);
      store.release(`m${i}`);
    }
    expect(store.media('m0')).toBeNull();

    store.acquire('m0');

    expect(fetchMediaFile.calls.allArgs().filter(([id]) => id === 'm0').length).toBe(2);
    expect(store.media('m0')?.status).toBe('ready');
  });

  it('revokes every URL it created when the application is destroyed', () => {
    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
    store.acquire('m1');
    store.acquire('m2');

    TestBed.resetTestingModule();

    expect(revoke).toHaveBeenCalledTimes(2);
  });

  describe('inertBlob', () => {
    it('keeps photos, voice notes, videos and PDFs as they are', () => {
      for (const type of ['image/jpeg', 'audio/ogg', 'video/mp4', 'application/pdf']) {
        const blob = new Blob(['x'], { type });
        expect(inertBlob(blob)).toBe(blob);
      }
    });

    it('turns HTML, SVG and script files into opaque bytes', () => {
      for (const type of [
        'text/html',
        'image/svg+xml',
        'application/xhtml+xml',
        'text/javascript',
        '',
      ]) {
        expect(inertBlob(new Blob(['<script>x()</script>'], { type })).type).toBe(
          'application/octet-stream',
        );
      }
    });
  });
});
