// Whether a figure's text fits on its bar segment, without measuring it in the DOM.

/** The size the charts' figures are set in: Fluent's body text (tokens.fontSizeBase300). */
export const FIGURE_FONT_PX = 14

/** Room kept clear at each end of a segment, so that a label does not touch its neighbour's. */
const END_ROOM_PX = 4

/**
 * An estimate, not a measurement: the text's length times 0.6 of the font size, about the
 * average width of a letter in the app's sans-serif (Noto Sans, Segoe UI), Latin or Cyrillic,
 * with a little room at both ends. A generous guess hides a label that would just have fitted,
 * which costs nothing: the figure is in the table and in the chart's name.
 */
export function textFits(text: string, width: number, fontPx = FIGURE_FONT_PX): boolean {
  return text.length * 0.6 * fontPx + 2 * END_ROOM_PX <= width
}
