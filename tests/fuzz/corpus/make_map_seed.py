#!/usr/bin/env python3
# Writes corpus/map_asset/benelux.bin: Belgium, Luxembourg and the Netherlands cut out of
# content/map/world-110m.bin (docs/formats/map.md), a small valid asset for fuzz_map_asset.
import struct, sys, pathlib

root = pathlib.Path(__file__).resolve().parents[3]
data = (root / "content/map/world-110m.bin").read_bytes()
count = struct.unpack_from("<I", data, 12)[0]
pos, keep = 32, []
for _ in range(count):
    start = pos
    code = data[pos:pos + 2]
    name_len = struct.unpack_from("<H", data, pos + 4)[0]
    pos += 6 + name_len
    bbox = struct.unpack_from("<4f", data, pos)
    pos += 16
    rings = struct.unpack_from("<I", data, pos)[0]
    points = sum(struct.unpack_from(f"<{rings}I", data, pos + 4))
    pos += 4 + 4 * rings + 8 * points
    tri = struct.unpack_from("<I", data, pos)[0]
    pos += 4 + 4 * tri
    if code in (b"BE", b"LU", b"NL"):
        keep.append((bbox, data[start:pos]))
box = (min(b[0] for b, _ in keep), min(b[1] for b, _ in keep), max(b[2] for b, _ in keep), max(b[3] for b, _ in keep))
out = data[:12] + struct.pack("<I4f", len(keep), *box) + b"".join(c for _, c in keep)
(pathlib.Path(__file__).parent / "map_asset/benelux.bin").write_bytes(out)
print(len(keep), "countries,", len(out), "bytes")
