import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeClaimingJpeg, makeClaimingPng, makePng, pngChunk } from '@/test/fixtures/scans';
import { readImageSize } from './image-size';
import { renderImage } from './pdf-tools.test-helper';

const acTL = (): Buffer => pngChunk('acTL', Buffer.from([0, 0, 0, 200, 0, 0, 0, 0]));

describe('readImageSize', () => {
  it('reads a PNG size from IHDR, however large the claim and however small the file', () => {
    expect(readImageSize(makePng(120, 160), 'png')).toEqual({ width: 120, height: 160, animated: false });
    const bomb = makeClaimingPng(100_000, 100_000);
    expect(bomb.length).toBeLessThan(200);
    expect(readImageSize(bomb, 'png')).toEqual({ width: 100_000, height: 100_000, animated: false });
  });

  it('marks an animated PNG, its animation chunk before or after the image data', () => {
    expect(readImageSize(makeClaimingPng(10, 10, [acTL()]), 'png')?.animated).toBe(true);
    expect(readImageSize(makeClaimingPng(10, 10, [], [pngChunk('fcTL', Buffer.alloc(26))]), 'png')?.animated).toBe(true);
  });

  it('refuses a PNG whose first chunk is not IHDR, or that claims no pixels', () => {
    const png = makePng(4, 4);
    const renamed = Buffer.from(png);
    renamed.write('IHDX', 12, 'ascii');
    expect(readImageSize(renamed, 'png')).toBeNull();
    expect(readImageSize(makeClaimingPng(0, 50), 'png')).toBeNull();
    expect(readImageSize(png.subarray(0, 20), 'png')).toBeNull();
  });

  it('reads a JPEG size from its frame header, also in a real encoder’s file', async () => {
    expect(readImageSize(makeClaimingJpeg(65_535, 40_000), 'jpeg')).toEqual({ width: 65_535, height: 40_000, animated: false });
    const doc = await PDFDocument.create();
    doc.addPage([300, 200]);
    const real = renderImage(await doc.save(), 'jpeg', 40);
    const size = readImageSize(real, 'jpeg');
    expect(size?.width).toBeGreaterThan(size?.height ?? Infinity); // landscape, as rendered
    expect((await (await PDFDocument.create()).embedJpg(real)).size()).toEqual({ width: size?.width, height: size?.height });
  });

  it('refuses a JPEG a viewer and pdf-lib could size differently, or with no frame header', () => {
    // DAC (0xffcc) is on pdf-lib's list of frame markers; a decoder skips it.
    expect(readImageSize(makeClaimingJpeg(100, 100, [0xff, 0xcc, 0x00, 0x0a, 0, 1, 0, 1, 0, 1, 0, 1]), 'jpeg')).toBeNull();
    expect(readImageSize(makeClaimingJpeg(100, 100, [0xff, 0xff]), 'jpeg')).toBeNull(); // a fill byte
    expect(readImageSize(makeClaimingJpeg(100, 100, [0xff, 0xc3, 0x00, 0x0b, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]), 'jpeg')).toBeNull();
    expect(readImageSize(makeClaimingJpeg(0, 100), 'jpeg')).toBeNull();
  });
});

describe('readImageSize on any bytes', () => {
  it('never throws and never reports an empty image, whatever follows the signature', () => {
    const pngMagic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, png) => {
        const bytes = Uint8Array.from([...(png ? pngMagic : [0xff, 0xd8]), ...tail]);
        const size = readImageSize(bytes, png ? 'png' : 'jpeg');
        if (size) expect(size.width * size.height).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
