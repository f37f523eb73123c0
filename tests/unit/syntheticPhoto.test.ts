import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { generateSyntheticJpeg } from '../../electron/services/imaging/syntheticPhoto';
import { generateTestJpeg } from '../fixtures/makePhotos';

describe('generateSyntheticJpeg', () => {
  it('is the same function the tests use (one implementation)', () => {
    expect(generateTestJpeg).toBe(generateSyntheticJpeg);
  });

  it('stores turned pixels for a sideways orientation and records the tag', async () => {
    const jpeg = await generateSyntheticJpeg({ width: 400, height: 300, orientation: 6, make: 'Apple', model: 'iPhone 13' });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.orientation]).toEqual(['jpeg', 300, 400, 6]);
  });

  it('draws the label as white text on a dark caption bar at the bottom', async () => {
    const bottomBand = async (label?: string) => {
      const jpeg = await generateSyntheticJpeg({ width: 400, height: 300, label });
      const band = await sharp(jpeg).extract({ left: 0, top: 280, width: 400, height: 20 }).greyscale().png().toBuffer();
      return (await sharp(band).stats()).channels[0]!; // stats() reads its input, so cut the band first
    };
    const captioned = await bottomBand('Broken window, 12 Oak St');
    const plain = await bottomBand();
    expect(captioned.max).toBeGreaterThan(200); // text
    expect(captioned.min).toBeLessThan(60); // bar
    expect(plain.max - plain.min).toBeLessThan(40); // flat ground colour
  });

  it.each([
    [{ width: 0, height: 100 }, /width and height/],
    [{ width: 100.5, height: 100 }, /width and height/],
    [{ width: 100, height: 20_000 }, /width and height/],
    [{ width: 100, height: 100, dateTimeOriginal: '14/03/2025' }, /dateTimeOriginal must look like/],
    [{ width: 100, height: 100, gps: { latitude: 91, longitude: 0 } }, /GPS position out of range/],
  ])('refuses bad options %j', async (options, message) => {
    await expect(generateSyntheticJpeg(options)).rejects.toThrow(message);
  });
});
