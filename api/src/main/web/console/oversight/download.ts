/** How far a download or upload has got: bytes so far and, when the server said, how many in all. */
export interface Progress {
  loaded: number;
  total?: number;
}

/** "1.2 MB of 3.4 MB" or "1.2 MB so far": for a progress label that a screen reader announces. */
export function progressText(p: Progress): string {
  return p.total ? `${bytes(p.loaded)} of ${bytes(p.total)} (${Math.floor((p.loaded / p.total) * 100)}%)` : `${bytes(p.loaded)} so far`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a streamed response body to the end, counting bytes as they arrive (exports are streamed: there is usually no
 * Content-Length, so progress is bytes so far). Answers the whole body as a Blob of the response's type.
 */
export async function readWithProgress(response: Response, onProgress: (p: Progress) => void): Promise<Blob> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ loaded: blob.size, total: blob.size });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  return new Blob(chunks as BlobPart[], { type });
}

/** Counts the data lines of an export: CSV lines after the `# ...` metadata and the header, or NDJSON lines after the metadata line. */
export async function countRows(blob: Blob, format: 'csv' | 'ndjson'): Promise<number> {
  const lines = (await blob.text()).split('\n').filter((l) => l.trim() !== '');
  if (format === 'csv') return Math.max(0, lines.filter((l) => !l.startsWith('#')).length - 1);
  return lines.filter((l) => !l.startsWith('{"metadata"')).length;
}
