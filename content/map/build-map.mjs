// Builds the kiosk's world-map geometry, world-110m.bin and world-50m.bin, from Natural Earth country
// outlines (npm world-atlas, public domain). Each country is cut at the antimeridian, projected with
// Equal Earth (R = 1, y pointing down), triangulated with earcut and written in the little-endian
// format described in docs/formats/map.md, which the C++ loader (content/map_asset.cpp) reads.
// The kiosk build never runs this: the .bin files are committed. Regenerate with
//   cd content/map && npm ci && node build-map.mjs

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import earcut, { deviation } from 'earcut';
import isoCountries from 'i18n-iso-countries';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ATLAS_DIR = path.join(HERE, 'node_modules', 'world-atlas');
const MAGIC = Buffer.from([0x44, 0x4b, 0x4d, 0x41, 0x50, 0x00, 0x00, 0x01]); // "DKMAP\0\0\1"
const FORMAT_VERSION = 1;
const FLAG_ANTARCTICA = 1;
const MAX_POINTS_PER_COUNTRY = 65535; // ImGui's 16-bit draw indices (PrimReserve)

// --- Projection: must match content/projection.cpp exactly. ---------------------------------------

const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
const M = Math.sqrt(3) / 2;

// Equal Earth (Šavrič, Patterson, Jenny 2018), R = 1, y grows southwards (screen convention).
function projectEqualEarth(latDeg, lonDeg) {
  const lambda = (lonDeg * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((latDeg * Math.PI) / 180));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x, -y];
}

// --- Country codes ------------------------------------------------------------------------------

// Natural Earth features that world-atlas leaves without an ISO numeric id. See docs/formats/map.md.
const CODE_BY_NAME = {
  'Kosovo': 'XK',          // user-assigned code, used by the EU and most software for Kosovo
  'N. Cyprus': 'CY',       // merged into Cyprus: ISO 3166 and the UN know only Cyprus
  'Somaliland': 'SO',      // merged into Somalia, likewise
  'Siachen Glacier': '',   // disputed between India and Pakistan: no code, taken by neither
  'Indian Ocean Ter.': null, // split by island below: Christmas Island (CX), Cocos (Keeling) Islands (CC)
};

function codeOf(feature) {
  const name = feature.properties.name;
  if (feature.id !== undefined) {
    const code = isoCountries.numericToAlpha2(feature.id);
    if (!code) throw new Error(`unknown ISO numeric id ${feature.id} (${name})`);
    return code;
  }
  if (!(name in CODE_BY_NAME)) throw new Error(`feature "${name}" has no id and no rule in CODE_BY_NAME`);
  return CODE_BY_NAME[name];
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

// Groups features by code; features sharing a code are dissolved with topojson.merge so that no
// internal border (Cyprus / N. Cyprus) survives. Returns [{code, name, polygons}].
function countriesOf(topology) {
  const geometries = topology.objects.countries.geometries;
  const groups = new Map(); // code -> [{geometry, name}]
  const add = (code, geometry, name) => {
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push({ geometry, name });
  };
  for (const g of geometries) {
    const feature = topojson.feature(topology, g);
    const code = codeOf(feature);
    if (code === null) {
      // Indian Ocean Ter.: Christmas Island lies at 105.6 E, the Cocos Islands at 96.8 E.
      for (const polygon of polygonsOf(feature.geometry)) {
        const split = polygon[0][0][0] > 100 ? 'CX' : 'CC';
        add(split, { type: 'Polygon', coordinates: polygon }, feature.properties.name);
      }
      continue;
    }
    add(code, g, feature.properties.name);
  }
  const out = [];
  for (const [code, members] of groups) {
    if (code === '' && members.length > 1) throw new Error('several code-less features; give them rules');
    let geometry;
    if (members.every((m) => m.geometry.arcs !== undefined)) {
      geometry = members.length === 1 ? topojson.feature(topology, members[0].geometry).geometry
                                      : topojson.merge(topology, members.map((m) => m.geometry));
    } else if (members.every((m) => m.geometry.coordinates !== undefined)) {
      geometry = { type: 'MultiPolygon', coordinates: members.map((m) => m.geometry.coordinates) };
    } else {
      throw new Error(`${code}: both a split feature and an ISO-numbered one`);
    }
    const name = code ? isoCountries.getName(code, 'en') ?? members[0].name : members[0].name;
    out.push({ code, name, polygons: polygonsOf(geometry) });
  }
  out.sort((a, b) => (a.code === b.code ? a.name.localeCompare(b.name) : a.code < b.code ? -1 : 1));
  return out;
}

// --- Antimeridian and poles ---------------------------------------------------------------------

const wrapDelta = (d) => (d > 180 ? d - 360 : d < -180 ? d + 360 : d);

// Drops the closing duplicate and consecutive duplicates: stored rings are implicitly closed.
function openRing(ring) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  const first = out[0], last = out[out.length - 1];
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

// Sutherland–Hodgman against the half-plane lon <= limit (keepBelow) or lon >= limit.
function clipAtLongitude(ring, limit, keepBelow) {
  const inside = (p) => (keepBelow ? p[0] <= limit : p[0] >= limit);
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[(i + ring.length - 1) % ring.length], b = ring[i];
    const aIn = inside(a), bIn = inside(b);
    if (aIn !== bIn) {
      const t = (limit - a[0]) / (b[0] - a[0]);
      out.push([limit, a[1] + t * (b[1] - a[1])]);
    }
    if (bIn) out.push(b);
  }
  return out;
}

// Returns the ring as one or two rings with every longitude in [-180, 180] and no edge that jumps
// across the map, plus whether it encloses a pole.
function cutRing(ring) {
  let jumps = 0;
  const unwrapped = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (Math.abs(d) > 180) jumps++;
    unwrapped.push([unwrapped[i - 1][0] + wrapDelta(d), ring[i][1]]);
  }
  const closing = ring[0][0] - ring[ring.length - 1][0];
  if (Math.abs(closing) > 180) jumps++;
  if (jumps === 0) return { rings: [ring], polar: false };

  const net = unwrapped[unwrapped.length - 1][0] + wrapDelta(closing) - unwrapped[0][0];
  if (Math.abs(net) > 1e-9) {
    // Encircles a pole (Antarctica): close it along the pole line instead of across the map.
    if (jumps !== 1) throw new Error(`polar ring with ${jumps} antimeridian jumps`);
    let start = 0;
    for (let i = 0; i < ring.length; i++) {
      const prev = ring[(i + ring.length - 1) % ring.length];
      if (Math.abs(ring[i][0] - prev[0]) > 180) start = i;
    }
    const rotated = ring.slice(start).concat(ring.slice(0, start));
    const poleLat = rotated.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    rotated.push([rotated[rotated.length - 1][0], poleLat], [rotated[0][0], poleLat]);
    return { rings: [openRing(rotated)], polar: true };
  }

  const lons = unwrapped.map((p) => p[0]);
  const min = Math.min(...lons), max = Math.max(...lons);
  if (max - min >= 360) throw new Error('ring spans the whole globe without enclosing a pole');
  const limit = max > 180 ? 180 : -180;
  const shift = max > 180 ? -360 : 360;
  const near = clipAtLongitude(unwrapped, limit, limit > 0);
  const far = clipAtLongitude(unwrapped, limit, limit < 0).map((p) => [p[0] + shift, p[1]]);
  return { rings: [near, far].map(openRing).filter((r) => r.length >= 3), polar: false };
}

const nearPole = (ring) => ring.every((p) => Math.abs(p[1]) > 89.99);

function ringArea(points) {
  let a = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    a += (points[j][0] - points[i][0]) * (points[j][1] + points[i][1]);
  }
  return Math.abs(a / 2);
}

// Cuts one polygon (outer ring + holes) into pieces that each lie on one side of the antimeridian.
// Each piece is [outer, ...holes] in lon/lat. Rings are cut on their own: clipping against a
// half-plane commutes with subtracting holes.
function cutPolygon(polygon) {
  let polar = false;
  const sides = { west: [], east: [], whole: [] };
  for (const raw of polygon) {
    const ring = openRing(raw);
    if (ring.length < 3) continue;
    // A tiny cap around the pole (world-atlas 50m, Antarctica) is an artefact of spherical winding.
    if (nearPole(ring)) continue;
    const cut = cutRing(ring);
    polar ||= cut.polar;
    if (cut.rings.length === 1 && !cut.rings[0].some((p) => Math.abs(p[0]) === 180)) {
      sides.whole.push(cut.rings[0]);
      continue;
    }
    for (const r of cut.rings) {
      const mean = r.reduce((s, p) => s + p[0], 0) / r.length;
      (cut.polar ? sides.whole : mean < 0 ? sides.west : sides.east).push(r);
    }
  }
  // Rings untouched by the cut (holes far from it) go with the side they lie on.
  const pieces = [];
  if (sides.west.length === 0 && sides.east.length === 0) {
    pieces.push(sides.whole);
  } else {
    for (const r of sides.whole) (r[0][0] < 0 ? sides.west : sides.east).push(r);
    pieces.push(sides.west, sides.east);
  }
  // The outer ring is the largest one (after pole handling the source's order may not say so).
  const ordered = pieces
    .filter((rings) => rings.length > 0)
    .map((rings) => rings.slice().sort((a, b) => ringArea(b) - ringArea(a)));
  return { pieces: ordered, polar };
}

// --- Country geometry ----------------------------------------------------------------------------

function buildCountry(country) {
  const rings = []; // projected, float32-rounded [[x, y], ...]
  const triangles = [];
  let pointCount = 0, polar = false, worstDeviation = 0;
  for (const polygon of country.polygons) {
    const cut = cutPolygon(polygon);
    polar ||= cut.polar;
    for (const piece of cut.pieces) {
      const projected = piece.map((ring) =>
        ring.map(([lon, lat]) => projectEqualEarth(lat, lon).map(Math.fround)));
      const flat = [], holes = [];
      for (const ring of projected) {
        if (flat.length > 0) holes.push(flat.length / 2);
        for (const p of ring) flat.push(p[0], p[1]);
      }
      const local = earcut(flat, holes);
      worstDeviation = Math.max(worstDeviation, deviation(flat, holes, 2, local));
      for (const i of local) triangles.push(pointCount + i);
      for (const ring of projected) rings.push(ring);
      pointCount += flat.length / 2;
    }
  }
  if (pointCount > MAX_POINTS_PER_COUNTRY) {
    throw new Error(`${country.code || country.name}: ${pointCount} points, over ${MAX_POINTS_PER_COUNTRY}`);
  }
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const [x, y] of ring) {
    bbox[0] = Math.min(bbox[0], x); bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x); bbox[3] = Math.max(bbox[3], y);
  }
  // Only Antarctica may enclose a pole; anything else means the source data changed shape.
  const antarctica = country.code === 'AQ';
  if (polar && !antarctica) throw new Error(`${country.name}: encloses a pole but is not Antarctica`);
  return { ...country, rings, triangles, pointCount, bbox, flags: antarctica ? FLAG_ANTARCTICA : 0,
           worstDeviation };
}

// Longest triangle edge in x, as a fraction of the map width: the antimeridian check.
function widestEdge(c, mapWidth) {
  const pts = c.rings.flat();
  let widest = 0;
  for (let t = 0; t < c.triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = pts[c.triangles[t + k]], b = pts[c.triangles[t + (k + 1) % 3]];
      widest = Math.max(widest, Math.abs(a[0] - b[0]) / mapWidth);
    }
  }
  return widest;
}

// --- Writing -------------------------------------------------------------------------------------

class Writer {
  constructor() { this.chunks = []; }
  bytes(b) { this.chunks.push(Buffer.from(b)); }
  u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v); this.chunks.push(b); }
  u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.chunks.push(b); }
  f32(v) {
    if (!Number.isFinite(v)) throw new Error(`non-finite coordinate ${v}`);
    const b = Buffer.alloc(4); b.writeFloatLE(v); this.chunks.push(b);
  }
  buffer() { return Buffer.concat(this.chunks); }
}

function encode(countries) {
  const w = new Writer();
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of countries) {
    bbox[0] = Math.min(bbox[0], c.bbox[0]); bbox[1] = Math.min(bbox[1], c.bbox[1]);
    bbox[2] = Math.max(bbox[2], c.bbox[2]); bbox[3] = Math.max(bbox[3], c.bbox[3]);
  }
  w.bytes(MAGIC);
  w.u32(FORMAT_VERSION);
  w.u32(countries.length);
  bbox.forEach((v) => w.f32(v));
  for (const c of countries) {
    w.bytes(c.code ? Buffer.from(c.code, 'ascii') : Buffer.from([0, 0]));
    w.u16(c.flags);
    const name = Buffer.from(c.name, 'utf8');
    w.u16(name.length);
    w.bytes(name);
    c.bbox.forEach((v) => w.f32(v));
    w.u32(c.rings.length);
    for (const ring of c.rings) w.u32(ring.length);
    for (const ring of c.rings) for (const [x, y] of ring) { w.f32(x); w.f32(y); }
    w.u32(c.triangles.length);
    for (const i of c.triangles) w.u32(i);
  }
  return w.buffer();
}

function build(lod) {
  const topology = JSON.parse(fs.readFileSync(path.join(ATLAS_DIR, `countries-${lod}.json`), 'utf8'));
  const countries = countriesOf(topology).map(buildCountry);
  for (const c of countries) {
    if (c.code && !/^[A-Z]{2}$/.test(c.code)) throw new Error(`bad code "${c.code}"`);
  }
  const mapWidth = 2 * projectEqualEarth(0, 180)[0];
  for (const c of countries) {
    if (c.flags & FLAG_ANTARCTICA) continue; // its pole line legitimately spans the map
    const widest = widestEdge(c, mapWidth);
    if (widest > 0.5) {
      throw new Error(`${c.name}: a triangle edge spans ${(widest * 100).toFixed(0)}% of the map`);
    }
  }
  const bytes = encode(countries);
  const file = path.join(HERE, `world-${lod}.bin`);
  fs.writeFileSync(file, bytes);

  const points = countries.reduce((s, c) => s + c.pointCount, 0);
  const triangles = countries.reduce((s, c) => s + c.triangles.length / 3, 0);
  const largest = countries.reduce((a, b) => (b.pointCount > a.pointCount ? b : a));
  const worst = countries.reduce((a, b) => (b.worstDeviation > a.worstDeviation ? b : a));
  const uncoded = countries.filter((c) => !c.code).map((c) => c.name);
  console.log(`world-${lod}.bin: ${countries.length} countries, ${points} points, ` +
              `${triangles} triangles, ${bytes.length} bytes`);
  console.log(`  largest: ${largest.code} ${largest.name} (${largest.pointCount} points); ` +
              `worst earcut deviation: ${worst.code} ${worst.worstDeviation.toExponential(2)}; ` +
              `without code: ${uncoded.join(', ') || 'none'}`);
}

build('110m');
build('50m');
