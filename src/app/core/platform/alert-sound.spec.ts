import { TestBed } from '@angular/core/testing';

import { AlertSound } from './alert-sound';

describe('AlertSound', () => {
  it('unlocks audio at the first click or key on the page, once', () => {
    const sound = TestBed.inject(AlertSound);
    const unlock = spyOn(sound, 'unlock');
    sound.unlockOnFirstGesture();
    sound.unlockOnFirstGesture();
    expect(unlock).not.toHaveBeenCalled();

    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(unlock).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(unlock).toHaveBeenCalledTimes(1);
  });
});
