/**
 * The CSS counter style of lettered points, generated from the numbering function the export uses, so the editor
 * shows exactly the printed letters (a … y, then a1 … y1 …): CSS's lower-alpha has f, j, w, z and no đ.
 */
import { vietnameseLetter } from '../../shared/format/numbering';

const POINTS_SHOWN = 23 * 4;

export const counterStyleCss = `@counter-style nb-point { system: fixed; symbols: ${Array.from(
  { length: POINTS_SHOWN },
  (_, i) => `"${vietnameseLetter(i + 1)}"`,
).join(' ')}; suffix: ""; }`;
