import { TestBed } from '@angular/core/testing';

import { AlertQuiet } from '../../../core/alerts/alert-quiet';
import { WallboardMode } from './wallboard-mode';

describe('WallboardMode', () => {
  let mode: WallboardMode;
  let root: HTMLElement;
  let fullscreenElement: Element | null;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [WallboardMode] });
    mode = TestBed.inject(WallboardMode);
    root = document.documentElement;
    fullscreenElement = null;
    spyOnProperty(document, 'fullscreenElement', 'get').and.callFake(() => fullscreenElement);
    spyOn(document, 'exitFullscreen').and.callFake(async () => {
      fullscreenElement = null;
    });
  });

  it('goes full screen when the browser allows it', async () => {
    spyOn(root, 'requestFullscreen').and.callFake(async () => {
      fullscreenElement = root;
    });
    await mode.enter();
    expect(mode.active()).toBeTrue();
    expect(mode.fullscreen()).toBeTrue();
    expect(mode.refused()).toBeFalse();
    expect(TestBed.inject(AlertQuiet).active()).withContext('toasts held back').toBeTrue();
    expect(document.body.classList).withContext('no toast shows').toContain('wallboard-quiet');

    await mode.exit();
    expect(mode.active()).toBeFalse();
    expect(TestBed.inject(AlertQuiet).active()).withContext('toasts back').toBeFalse();
    expect(document.body.classList).not.toContain('wallboard-quiet');
    expect(document.exitFullscreen).toHaveBeenCalled();
  });

  it('still fills the window when the browser refuses full screen', async () => {
    spyOn(root, 'requestFullscreen').and.rejectWith(new TypeError('Permissions check failed'));
    await mode.enter();
    expect(mode.active()).toBeTrue();
    expect(mode.fullscreen()).toBeFalse();
    expect(mode.refused()).toBeTrue();

    await mode.toggle();
    expect(mode.active()).toBeFalse();
    expect(document.exitFullscreen).not.toHaveBeenCalled();
  });

  it('ends when the browser leaves full screen by its own key', async () => {
    spyOn(root, 'requestFullscreen').and.callFake(async () => {
      fullscreenElement = root;
    });
    await mode.enter();
    fullscreenElement = null;
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(mode.active()).toBeFalse();
  });

  it('leaves full screen when the dashboard closes', async () => {
    spyOn(root, 'requestFullscreen').and.callFake(async () => {
      fullscreenElement = root;
    });
    await mode.enter();
    TestBed.resetTestingModule();
    expect(document.exitFullscreen).toHaveBeenCalled();
  });
});
