/** The `localStorage` key of the alert settings. */
export const ALERT_SETTINGS_KEY = 'ccc.alert-settings';

/** How the executive wants to be alerted, besides the toast that always shows. */
export interface AlertSettings {
  /** Whether a chime plays for a chat assigned or reassigned to them (on unless muted). */
  readonly sound: boolean;
  /** Whether a desktop notification shows while the console's tab is hidden. */
  readonly desktop: boolean;
}

// The chime is on until muted: a new chat is what an executive must not miss. Browsers let it play
// from the first click or key press on the page.
export const DEFAULT_ALERT_SETTINGS: AlertSettings = { sound: true, desktop: false };

/** Whether a stored value is a whole set of alert settings. */
export function isAlertSettings(value: unknown): value is AlertSettings {
  const settings = value as Partial<AlertSettings> | null;
  return (
    typeof settings === 'object' &&
    settings !== null &&
    typeof settings.sound === 'boolean' &&
    typeof settings.desktop === 'boolean'
  );
}
