/**
 * Draws the app's Teams icons into appPackage/: `color.png` (192×192, a white open book under a
 * speech bubble on deep blue) and `outline.png` (32×32, the same mark in white on transparent).
 * Run with `node --import tsx scripts/draw-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Ink = 'mark' | 'hole' | null;
type Point = readonly [number, number];

/** The deep blue behind the mark on the colour icon (also the manifest's accentColor). */
export const accentColor = '#1B3A6B';

const samplesPerAxis = 4;

/** What the mark has at (u, v) in its unit square: the white mark, a hole in it, or nothing. */
function markAt(u: number, v: number): Ink {
  const dots: Point[] = [
    [0.38, 0.14],
    [0.5, 0.14],
    [0.62, 0.14],
  ];
  if (dots.some(([x, y]) => Math.hypot(u - x, v - y) < 0.045)) return 'hole';
  if (insideRoundedRect(u, v, 0.24, 0.02, 0.76, 0.26, 0.09)) return 'mark';
  if (
    insidePolygon(u, v, [
      [0.44, 0.25],
      [0.56, 0.25],
      [0.5, 0.33],
    ])
  ) {
    return 'mark';
  }
  return onPage(u, v) ? 'mark' : null;
}

/** A page of the open book, mirrored about the spine at u = 0.5 with a gap between the pages. */
function onPage(u: number, v: number): boolean {
  const x = u < 0.5 ? u : 1 - u;
  if (x < 0.02 || x > 0.475) return false;
  const t = (x - 0.02) / 0.455;
  const top = curve(0.46, 0.36, 0.42, t);
  const bottom = curve(0.94, 0.84, 0.98, t);
  return v >= top && v <= bottom;
}

/** A quadratic Bézier height from the outer edge (t = 0) to the spine (t = 1). */
function curve(outer: number, middle: number, spine: number, t: number): number {
  return (1 - t) * (1 - t) * outer + 2 * (1 - t) * t * middle + t * t * spine;
}

function insideRoundedRect(
  u: number,
  v: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
): boolean {
  const cx = Math.min(Math.max(u, left + radius), right - radius);
  const cy = Math.min(Math.max(v, top + radius), bottom - radius);
  return Math.hypot(u - cx, v - cy) <= radius;
}

function insidePolygon(u: number, v: number, points: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > v !== yj > v && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The share of a pixel the white mark covers (holes count as uncovered), by supersampling. */
function coverage(px: number, py: number, origin: number, scale: number): number {
  let covered = 0;
  for (let sy = 0; sy < samplesPerAxis; sy++) {
    for (let sx = 0; sx < samplesPerAxis; sx++) {
      const u = (px + (sx + 0.5) / samplesPerAxis - origin) / scale;
      const v = (py + (sy + 0.5) / samplesPerAxis - origin) / scale;
      if (markAt(u, v) === 'mark') covered++;
    }
  }
  return covered / (samplesPerAxis * samplesPerAxis);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The colour icon: the white mark in the central 120 px of a 192 px deep blue square. */
export function drawColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const background = hexToRgb(accentColor);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const share = coverage(x, y, 36, 120);
      const offset = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        png.data[offset + channel] = Math.round(background[channel]! * (1 - share) + 255 * share);
      }
      png.data[offset + 3] = 255;
    }
  }
  return png;
}

/** The outline icon: the mark in white on transparent, filling 30 of 32 px. */
export function drawOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const share = coverage(x, y, 1, 30);
      const offset = (y * size + x) * 4;
      png.data[offset] = share > 0 ? 255 : 0;
      png.data[offset + 1] = share > 0 ? 255 : 0;
      png.data[offset + 2] = share > 0 ? 255 : 0;
      png.data[offset + 3] = Math.round(255 * share);
    }
  }
  return png;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = new URL('../appPackage/', import.meta.url);
  writeFileSync(new URL('color.png', folder), PNG.sync.write(drawColorIcon()));
  writeFileSync(new URL('outline.png', folder), PNG.sync.write(drawOutlineIcon()));
  console.log('Wrote appPackage/color.png and appPackage/outline.png');
}
