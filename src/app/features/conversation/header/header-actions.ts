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
 * What "Assign to me" (on a chat nobody has) counts for against the widths above: its own 150 px,
 * and enough more that the name keeps 24 characters at the 1440 px console (a 700 px header),
 * where Assign and Mark pending then wait in the menu.
 */
export const ASSIGN_TO_ME_WIDTH = 260;

/**
 * The actions shown as buttons in a header this wide, with "Assign to me" beside them or not.
 * Unmeasured (0) counts as wide, so the header does not flicker through its menu before its
 * first measurement.
 */
export function headerActionsAt(width: number, assignToMe = false): InlineActions {
  const wide = width === 0 ? Infinity : width;
  const beside = wide - (assignToMe ? ASSIGN_TO_ME_WIDTH : 0);
  return {
    status: beside >= STATUS_INLINE_FROM,
    reassign: beside >= REASSIGN_INLINE_FROM,
    assigneeLabel: wide >= ASSIGNEE_LABEL_FROM,
  };
}
