#!/usr/bin/env node
// Draws the application icon (a white "N" on a red rounded square) into build/icon.png (1024 px,
// which electron-builder turns into the .ico and .icns it needs) and build/icon.svg, from one set
// of shapes. A designer's icon can replace both files; this script is only the placeholder's source.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const buildFolder = fileURLToPath(new URL('../../build', import.meta.url));
const size = 1024;
const background = [179, 38, 30];
const foreground = [255, 255, 255];

// In a 1024 × 1024 box. The N: two stems and the diagonal joining the top of the left stem to the
// bottom of the right one.
const square = { x: 64, y: 64, width: 896, height: 896, radius: 192 };
const stemWidth = 150;
const letter = { left: 262, right: 762, top: 262, bottom: 762 };
const polygons = [
  rectangle(letter.left, letter.top, stemWidth, letter.bottom - letter.top),
  rectangle(letter.right - stemWidth, letter.top, stemWidth, letter.bottom - letter.top),
  [
    [letter.left, letter.top],
    [letter.left + stemWidth, letter.top],
    [letter.right, letter.bottom],
    [letter.right - stemWidth, letter.bottom],
  ],
];

function rectangle(x, y, width, height) {
  return [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
}

function insideRoundedSquare(x, y) {
  const { x: left, y: top, width, height, radius } = square;
  if (x < left || y < top || x > left + width || y > top + height) return false;
  const cornerX = Math.min(Math.max(x, left + radius), left + width - radius);
  const cornerY = Math.min(Math.max(y, top + radius), top + height - radius);
  return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= radius ** 2;
}

function insidePolygon(x, y, points) {
  let inside = false;
  for (let index = 0, previous = points.length - 1; index < points.length; previous = index++) {
    const [xi, yi] = points[index];
    const [xj, yj] = points[previous];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function renderPng() {
  const samplesPerAxis = 4;
  const rowLength = size * 4 + 1;
  const pixels = Buffer.alloc(rowLength * size);
  for (let y = 0; y < size; y += 1) {
    pixels[y * rowLength] = 0;
    for (let x = 0; x < size; x += 1) {
      let squareCoverage = 0;
      let letterCoverage = 0;
      for (let sampleY = 0; sampleY < samplesPerAxis; sampleY += 1) {
        for (let sampleX = 0; sampleX < samplesPerAxis; sampleX += 1) {
          const pointX = x + (sampleX + 0.5) / samplesPerAxis;
          const pointY = y + (sampleY + 0.5) / samplesPerAxis;
          if (!insideRoundedSquare(pointX, pointY)) continue;
          squareCoverage += 1;
          if (polygons.some((polygon) => insidePolygon(pointX, pointY, polygon))) letterCoverage += 1;
        }
      }
      const samples = samplesPerAxis * samplesPerAxis;
      const letterShare = squareCoverage === 0 ? 0 : letterCoverage / squareCoverage;
      const offset = y * rowLength + 1 + x * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        pixels[offset + channel] = Math.round(background[channel] * (1 - letterShare) + foreground[channel] * letterShare);
      }
      pixels[offset + 3] = Math.round((255 * squareCoverage) / samples);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function renderSvg() {
  const color = (rgb) => `rgb(${rgb.join(',')})`;
  const shapes = polygons.map((points) => `  <polygon points="${points.map((point) => point.join(',')).join(' ')}" fill="${color(foreground)}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `  <rect x="${square.x}" y="${square.y}" width="${square.width}" height="${square.height}" rx="${square.radius}" fill="${color(background)}"/>`,
    ...shapes,
    '</svg>',
    '',
  ].join('\n');
}

writeFileSync(path.join(buildFolder, 'icon.png'), renderPng());
writeFileSync(path.join(buildFolder, 'icon.svg'), renderSvg());
console.log(`generate-icon: wrote build/icon.png (${size} px) and build/icon.svg`);
