/**
 * The window's size and place between launches (`window-state.json` in the data folder). A saved state is only
 * trusted after validation: a size within limits, and a position that is still on one of the screens (a laptop
 * unplugged from its second monitor must not open the window out of sight).
 */
import { z } from 'zod';
import { MIN_WINDOW_SIZE } from './window-options';

export const WINDOW_STATE_FILE = 'window-state.json';

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Size = z.number().int().min(100).max(100_000);

export const WindowStateSchema = z.object({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Size,
  height: Size,
  maximized: z.boolean().default(false),
});
export type WindowState = z.output<typeof WindowStateSchema>;
export type WindowBounds = Omit<WindowState, 'maximized'>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

/** At least this much of the window's top edge must be on a screen for the saved position to be kept. */
const VISIBLE_GRIP = { width: 120, height: 40 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The saved state made to fit the screens (their work areas) now attached. */
export function fitWindowState(saved: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const largest = workAreas.reduce<Rectangle | undefined>((best, area) => (!best || area.width * area.height > best.width * best.height ? area : best), undefined);
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const width = largest ? clamp(saved.width, MIN_WINDOW_SIZE.width, Math.max(MIN_WINDOW_SIZE.width, largest.width)) : saved.width;
  const height = largest ? clamp(saved.height, MIN_WINDOW_SIZE.height, Math.max(MIN_WINDOW_SIZE.height, largest.height)) : saved.height;
  const state: WindowState = { width, height, maximized: saved.maximized };
  if (saved.x === undefined || saved.y === undefined) return state;
  const titleBar = { x: saved.x, y: saved.y, width, height: VISIBLE_GRIP.height };
  const visible = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= VISIBLE_GRIP.width && o.height >= VISIBLE_GRIP.height / 2;
  });
  return visible ? { ...state, x: saved.x, y: saved.y } : state;
}
