import { DOCUMENT, Injectable, inject } from '@angular/core';

/** The first touches of the page that browsers accept as a reason to allow sound. */
const GESTURES = ['pointerdown', 'keydown'] as const;

/** The two notes of the alert chime, in hertz, and how long each lasts in seconds. */
const NOTES: readonly number[] = [880, 1318.5];
const NOTE_SECONDS = 0.12;
const GAP_SECONDS = 0.04;
const VOLUME = 0.18;

/**
 * A short two-note chime made with the Web Audio API, so no audio file has to be shipped. Browsers
 * only let a page play sound after the executive has interacted with it; {@link unlock} from a click
 * prepares that, and {@link unlockOnFirstGesture} does it at the executive's first click or key.
 */
@Injectable({ providedIn: 'root' })
export class AlertSound {
  private readonly document = inject(DOCUMENT);
  private context: AudioContext | null = null;
  private waitingForGesture = false;

  /**
   * Unlocks audio at the executive's first click or key press on the page (signing in counts), so
   * the chime for a new chat plays without a trip to the settings first.
   */
  unlockOnFirstGesture(): void {
    if (this.waitingForGesture) {
      return;
    }
    this.waitingForGesture = true;
    const unlock = () => {
      for (const gesture of GESTURES) {
        this.document.removeEventListener(gesture, unlock, true);
      }
      this.unlock();
    };
    for (const gesture of GESTURES) {
      this.document.addEventListener(gesture, unlock, true);
    }
  }

  /** Prepares audio from inside a click or key press, so later chimes are allowed to play. */
  unlock(): void {
    void this.audio()
      ?.resume()
      .catch(() => undefined);
  }

  /** Plays the chime; silently does nothing where the browser has no Web Audio. */
  play(): void {
    const context = this.audio();
    if (!context) {
      return;
    }
    void context
      .resume()
      .then(() => this.chime(context))
      // A page the executive has not touched yet may not play sound; the toast still shows.
      .catch(() => undefined);
  }

  private chime(context: AudioContext): void {
    let start = context.currentTime;
    for (const frequency of NOTES) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(VOLUME, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + NOTE_SECONDS);
      start += NOTE_SECONDS + GAP_SECONDS;
    }
  }

  private audio(): AudioContext | null {
    if (!this.context) {
      try {
        this.context = typeof AudioContext === 'function' ? new AudioContext() : null;
      } catch {
        this.context = null;
      }
    }
    return this.context;
  }
}
