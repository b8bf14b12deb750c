import { describe, expect, it } from 'vitest';
import { parseImportLine, sourceFault } from './import-report';

describe('an ORUK import report', () => {
  it('splits each rejection into record, field and reason', () => {
    expect(parseImportLine('record svc-12: name: must not be empty'))
      .toEqual({ record: 'svc-12', field: 'name', reason: 'must not be empty' });
    expect(parseImportLine('record svc-9: taxonomy_terms[0]: unknown term: xyz'))
      .toEqual({ record: 'svc-9', field: 'taxonomy_terms[0]', reason: 'unknown term: xyz' });
    expect(parseImportLine('document: not an ORUK services document')).toEqual({ record: '', field: '', reason: 'document: not an ORUK services document' });
  });

  it('checks the source name as the API does', () => {
    expect(sourceFault('')).toMatch(/Enter a source name/);
    expect(sourceFault('Bristol')).toMatch(/lower case/);
    expect(sourceFault('council-feed-2')).toBeNull();
    expect(sourceFault('-x')).not.toBeNull();
  });
});
