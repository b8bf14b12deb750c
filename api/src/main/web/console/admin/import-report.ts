/** A rejected (or repaired) record of an ORUK import, split from `record <id>: <field>: <reason>`. */
export interface ImportLine {
  record: string;
  field: string;
  reason: string;
}

/**
 * Splits the importer's lines into record, field and reason for a table. A line that does not follow the pattern (a
 * document-level fault) keeps its whole text as the reason.
 */
export function parseImportLine(line: string): ImportLine {
  const match = /^record (.+?): ([^:]+): (.+)$/s.exec(line) ?? /^record (.+?): (.+)$/s.exec(line);
  if (!match) return { record: '', field: '', reason: line };
  if (match.length === 4) return { record: match[1]!, field: match[2]!, reason: match[3]! };
  return { record: match[1]!, field: '', reason: match[2]! };
}

/** A source name the import endpoint accepts (lower case, digits, hyphens; up to 60), or what is wrong with it. */
export function sourceFault(source: string): string | null {
  if (source.trim() === '') return 'Enter a source name, for example bristol';
  if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(source)) {
    return 'Source name must start with a letter or digit and use only lower case letters, digits and hyphens (up to 60)';
  }
  return null;
}
