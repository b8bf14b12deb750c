#!/usr/bin/env python3
"""Draws the resident app's icons (a white signpost on NHS blue) as PNGs with the standard library alone:
public/assets/icons/icon-192.png, icon-512.png, icon-maskable-512.png (its drawing inside the 80% safe zone), favicon.png."""
import struct, zlib, pathlib

BLUE, WHITE = (0, 94, 184), (255, 255, 255)

def draw(size, scale):
    c = size / 2
    def inside(x, y):
        u, v = (x - c) / (size * scale) + 0.5, (y - c) / (size * scale) + 0.5  # 0..1 in the drawing's box
        if 0.46 <= u <= 0.54 and 0.18 <= v <= 0.90: return True            # the post
        if 0.22 <= u <= 0.70 and 0.24 <= v <= 0.38 and u - 0.70 <= (0.07 - abs(v - 0.31)) * 1.2: return True   # sign to the right
        if 0.78 >= u >= 0.30 and 0.46 <= v <= 0.60 and 0.30 - u <= (0.07 - abs(v - 0.53)) * 1.2 - 0.0: return True  # sign to the left
        if 0.70 < u <= 0.80 and 0.24 <= v <= 0.38 and (u - 0.70) <= (0.07 - abs(v - 0.31)) * 1.4: return True
        if 0.20 <= u < 0.30 and 0.46 <= v <= 0.60 and (0.30 - u) <= (0.07 - abs(v - 0.53)) * 1.4: return True
        return False
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row += bytes(WHITE if inside(x + 0.5, y + 0.5) else BLUE)
        rows.append(bytes(row))
    return b''.join(rows)

def png(size, scale):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(draw(size, scale), 9)) + chunk(b'IEND', b''))

out = pathlib.Path(__file__).resolve().parent.parent / 'public' / 'assets' / 'icons'
out.mkdir(parents=True, exist_ok=True)
for name, size, scale in [('icon-192.png', 192, 1.0), ('icon-512.png', 512, 1.0), ('icon-maskable-512.png', 512, 0.7), ('favicon.png', 48, 1.0)]:
    (out / name).write_bytes(png(size, scale))
    print(out / name)
