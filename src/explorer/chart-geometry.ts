/** The timeline chart's sizes, in pixels: the label column, a row, the axis, a mark, and the narrowest drag and bar. */

/** Width of the row labels' column. */
export const LABEL_W = 240;
/** Where a row label ends: this far left of the plot. */
export const LABEL_INSET = 12;
/** Widest a row label is drawn: the column less its inset and a margin from the chart's left edge. */
export const LABEL_ROOM = LABEL_W - LABEL_INSET - 8;
/** Most characters of a row label where its width cannot be measured (no canvas): what the column holds of most names. */
export const LABEL_CHARS = 28;
/** Height of one row. */
export const ROW_H = 34;
/** Room for the axis under the rows. */
export const AXIS_H = 28;
/** Radius of a statement's mark. */
export const MARK_R = 5.5;
/** How far above (denials) or below (assertions) a row's line a stance sits. */
export const STANCE_DY: Record<string, number> = { denies: -7, disputes: -3, qualifies: 3, asserts: 7 };
/** Narrowest drag that zooms (a shorter one is a click). */
export const MIN_BRUSH_PX = 6;
/** Narrowest bar worth drawing, in pixels: picks the bin period. */
export const MIN_BIN_PX = 4;
