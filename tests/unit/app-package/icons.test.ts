import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../../scripts/draw-icons';

const read = (name: string) =>
  PNG.sync.read(readFileSync(new URL(`../../../appPackage/${name}`, import.meta.url)));

function pixels(png: PNG): { red: number; green: number; blue: number; alpha: number }[] {
  const result = [];
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [red, green, blue, alpha] = png.data.subarray(offset, offset + 4);
    result.push({ red: red!, green: green!, blue: blue!, alpha: alpha! });
  }
  return result;
}

describe('the app icons', () => {
  it('the colour icon is 192 by 192, opaque, with a white mark on the accent colour', () => {
    const color = read('color.png');
    assert.equal(color.width, 192);
    assert.equal(color.height, 192);
    const all = pixels(color);
    assert.ok(all.every((pixel) => pixel.alpha === 255));
    assert.ok(all.some((pixel) => pixel.red === 255 && pixel.green === 255 && pixel.blue === 255));
    assert.deepEqual(all[0], { red: 0x1b, green: 0x3a, blue: 0x6b, alpha: 255 });
  });

  it('the outline icon is 32 by 32 and has only white and transparent pixels', () => {
    const outline = read('outline.png');
    assert.equal(outline.width, 32);
    assert.equal(outline.height, 32);
    const all = pixels(outline);
    for (const pixel of all) {
      const white = pixel.red === 255 && pixel.green === 255 && pixel.blue === 255;
      assert.ok(white || pixel.alpha === 0, `a ${JSON.stringify(pixel)} pixel is neither`);
    }
    assert.ok(
      all.some((pixel) => pixel.alpha === 255),
      'the mark is drawn',
    );
    assert.ok(
      all.filter((pixel) => pixel.alpha === 0).length > all.length / 3,
      'the background is clear',
    );
  });

  it('the committed icons are the ones the generator draws', () => {
    assert.deepEqual(read('color.png').data, drawColorIcon().data);
    assert.deepEqual(read('outline.png').data, drawOutlineIcon().data);
  });
});
