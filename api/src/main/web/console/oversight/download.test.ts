import { describe, expect, it } from 'vitest';
import { countRows, progressText, readWithProgress, type Progress } from './download';

function streamed(parts: string[], headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      parts.forEach((p) => controller.enqueue(encoder.encode(p)));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/csv', ...headers } });
}

describe('a streamed export downloaded with progress', () => {
  it('counts bytes as each part arrives and keeps the whole body', async () => {
    const seen: Progress[] = [];
    const blob = await readWithProgress(streamed(['# rows: 2\n', 'a,b\n', '1,2\n3,4\n']), (p) => seen.push(p));
    expect(seen.map((p) => p.loaded)).toEqual([0, 10, 14, 22]);
    expect(seen.every((p) => p.total === undefined)).toBe(true);
    expect(await blob.text()).toBe('# rows: 2\na,b\n1,2\n3,4\n');
    expect(blob.type).toBe('text/csv');
    expect(await countRows(blob, 'csv')).toBe(2);
  });

  it('gives a percentage when the length is known', async () => {
    const seen: Progress[] = [];
    await readWithProgress(streamed(['{"metadata":{}}\n', '{"a":1}\n'], { 'content-length': '24' }), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ loaded: 24, total: 24 });
    expect(progressText({ loaded: 12, total: 24 })).toBe('12 bytes of 24 bytes (50%)');
    expect(progressText({ loaded: 2048 })).toBe('2.0 KB so far');
    expect(await countRows(new Blob(['{"metadata":{"rows":1}}\n{"a":1}\n']), 'ndjson')).toBe(1);
  });
});
