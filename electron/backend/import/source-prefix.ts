/** A lead split into its source prefix ("(Thanhuytphcm.vn)") and the lead text after the dash. */
export interface SourcePrefixedLead {
  sourcePrefix: string;
  lead: string;
}

const sourcePrefixPattern = /^\(\s*([^()\n]{2,80}?)\s*\)\s*[-–—]\s*(\S[\s\S]*)$/u;

/**
 * Splits "(X) - lead" into "(X)" and "lead". The dash may be a hyphen, an en dash or an em dash.
 * Null when the text does not start with a source prefix.
 */
export function splitSourcePrefix(text: string): SourcePrefixedLead | null {
  const match = sourcePrefixPattern.exec(text.trim());
  if (!match) return null;
  const [, source, lead] = match;
  if (source === undefined || lead === undefined) return null;
  return { sourcePrefix: `(${source.trim()})`, lead: lead.trim() };
}
