/** Which way a figure moved against an earlier moment, as shown beside it. */
export interface Trend {
  /** Shown: "▲ 3 vs 1 h ago". */
  text: string;
  /** Read out: "up 3 on an hour ago". */
  said: string;
  direction: 'up' | 'down' | 'same';
  /** Whether the move is good or bad news, or neither (more active chats). */
  tone: 'better' | 'worse' | 'neutral';
}

/** What a rise of a figure means: more breaches are worse, more resolved chats better. */
export type RiseMeans = Trend['tone'];

/** The earlier moment a figure is compared with, as shown ("1 h ago") and as read out. */
export interface Against {
  shown: string;
  said: string;
}

/** An hour before the figures. */
export const AN_HOUR_AGO: Against = { shown: '1 h ago', said: 'an hour ago' };
/** The same time the day before. */
export const YESTERDAY: Against = { shown: 'yesterday', said: 'the same time yesterday' };

/** The change of a figure against its value `then`; null when the earlier value is not known. */
export function trendOf(
  value: number,
  then: number | undefined,
  against: Against,
  rise: RiseMeans = 'neutral',
): Trend | null {
  if (then === undefined || !Number.isFinite(then)) {
    return null;
  }
  const change = value - then;
  if (change === 0) {
    return {
      text: `= ${against.shown}`,
      said: `the same as ${against.said}`,
      direction: 'same',
      tone: 'neutral',
    };
  }
  const up = change > 0;
  return {
    text: `${up ? '▲' : '▼'} ${Math.abs(change)} vs ${against.shown}`,
    said: `${up ? 'up' : 'down'} ${Math.abs(change)} on ${against.said}`,
    direction: up ? 'up' : 'down',
    tone: up || rise === 'neutral' ? rise : rise === 'better' ? 'worse' : 'better',
  };
}
