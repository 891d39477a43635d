/**
 * Whether a piece of text has the shape of SQL: a statement start or a clause, not merely an SQL
 * keyword. Prose such as "Select a file from the list" or "Update Newsdesk" is not SQL: a keyword
 * must be followed by what SQL puts there (a table name, a column and an operator, a `?` parameter).
 * Spliced expressions are passed in as `_`, which counts as a name.
 */

const determiner = String.raw`(?:a|an|the|this|that|these|those|one|some|any|all|your|my|our|its|their|his|her|which|what|each|every|no|it|them|you|me|us)\b`;
const name = String.raw`(?:"[^"\n]+"|\x60[^\x60\n]+\x60|\[[^\]\n]+\]|[\w$]+(?:\.[\w$]+)?)`;
const comparison = String.raw`(?:=|==|!=|<>|<=|>=|<|>|\bin\s*\(|\bnot\s+in\b|\blike\b|\bglob\b|\bmatch\b|\bis\s+(?:not\s+)?null\b|\bbetween\b)`;
const parameter = String.raw`(?:\?\d*|[:@$][A-Za-z_]\w*)`;

const sqlShapes = [
  // SELECT … FROM, SELECT * / DISTINCT / count(…)
  String.raw`\bselect\s+(?!${determiner})[^;]*?\bfrom\s+(?!${determiner})(?:\(|${name})`,
  String.raw`\bselect\s+(?:distinct\b|\*|count\s*\(|${name}(?:\s*\([^)]*\))?\s+as\s+\w)`,
  String.raw`\b(?:insert|replace)\s+(?:or\s+\w+\s+)?into\s+(?!${determiner})${name}`,
  String.raw`\bupdate\s+(?:or\s+\w+\s+)?(?!${determiner})${name}\s+set\b`,
  String.raw`\bdelete\s+from\s+(?!${determiner})${name}`,
  String.raw`\bcreate\s+(?:temp(?:orary)?\s+)?table\s+(?:if\s+not\s+exists\s+)?${name}\s*(?:\(|as\b)`,
  String.raw`\bcreate\s+virtual\s+table\s+(?:if\s+not\s+exists\s+)?${name}\s+using\b`,
  String.raw`\bcreate\s+(?:unique\s+)?index\s+(?:if\s+not\s+exists\s+)?${name}\s+on\b`,
  String.raw`\bcreate\s+(?:temp(?:orary)?\s+)?view\s+(?:if\s+not\s+exists\s+)?${name}\s+as\b`,
  String.raw`\bcreate\s+(?:temp(?:orary)?\s+)?trigger\s+(?:if\s+not\s+exists\s+)?${name}\s+(?:before|after|instead\s+of|insert|update|delete)\b`,
  String.raw`\bdrop\s+(?:table|index|view|trigger)\s+(?:if\s+exists\s+)?(?!${determiner})${name}`,
  String.raw`\balter\s+table\s+${name}\s+(?:add|drop|rename)\b`,
  String.raw`\bpragma\s+[\w.]+\s*(?:=|\(|;|$)`,
  String.raw`\bwith\s+(?:recursive\s+)?${name}\s*(?:\([^)]*\))?\s+as\s*\(`,
  // Clauses, as fragments of a statement are spliced: WHERE x = …, … JOIN t ON, ORDER BY x DESC, LIMIT ? OFFSET ?
  String.raw`\bwhere\s+(?:not\s+)?${name}\s*${comparison}`,
  String.raw`\bjoin\s+${name}(?:\s+(?:as\s+)?\w+)?\s+(?:on\s+${name}\s*=|using\s*\()`,
  String.raw`\border\s+by\s+${name}(?:\s+collate\s+\w+)?\s+(?:asc|desc|nulls|limit)\b`,
  String.raw`\blimit\s+(?:${parameter}|\d+|_)\s*(?:offset\b|,\s*(?:${parameter}|\d+|_)(?!\w))`,
  String.raw`\bon\s+conflict\s*(?:\(|do\b)`,
  String.raw`\bvalues\s*\(\s*${parameter}\s*[,)]`,
  // A bound parameter after a comparison or in an IN list: `AND rowid >= ?`, `IN (?, ?)`
  String.raw`(?:\band|\bor|\bwhere|,)\s+\+?${name}\s*(?:(?:=|!=|<>|<=|>=|<|>)\s*${parameter}|\bin\s*\(\s*(?:_|select\b))`,
  String.raw`${name}\s+(?:not\s+)?(?:like|glob|match)\s+${parameter}`,
  String.raw`\bin\s*\(\s*${parameter}\s*(?:,\s*${parameter}\s*)*\)`,
];

const sqlPattern = new RegExp(sqlShapes.map((shape) => `(?:${shape})`).join('|'), 'i');

/** The SQL-shaped part of `text`, or null when it reads as something else. */
export function sqlShapeIn(text) {
  const match = sqlPattern.exec(text);
  return match ? match[0] : null;
}
