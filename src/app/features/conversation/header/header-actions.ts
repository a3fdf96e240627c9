/** Which of the header's secondary actions show as buttons; the rest are in its menu. */
export interface InlineActions {
  /** Whether "Mark pending" / "Mark active" is a button beside the name. */
  readonly status: boolean;
  /** Whether "Reassign" is a button beside the name. */
  readonly reassign: boolean;
  /** Whether the details line spells out "Assigned to:" (narrower, only the icon says it). */
  readonly assigneeLabel: boolean;
}

/**
 * Header widths (CSS pixels) from which an action stays a button. Below them the buttons would
 * squeeze the customer's name under about 18 characters or wrap onto a second line.
 */
export const STATUS_INLINE_FROM = 640;
export const REASSIGN_INLINE_FROM = 500;
/** From this width the details line has room for "Assigned to:" beside the tags. */
export const ASSIGNEE_LABEL_FROM = 720;

/**
 * The actions shown as buttons in a header this wide. Unmeasured (0) counts as wide, so the
 * header does not flicker through its menu before its first measurement.
 */
export function headerActionsAt(width: number): InlineActions {
  const wide = width === 0 ? Infinity : width;
  return {
    status: wide >= STATUS_INLINE_FROM,
    reassign: wide >= REASSIGN_INLINE_FROM,
    assigneeLabel: wide >= ASSIGNEE_LABEL_FROM,
  };
}
