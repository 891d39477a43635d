import { sql, type Queries } from '../store/sql';

/** The FTS5 tables of the search index (migrations 0020 and 0140). */
export type SearchIndexTable = 'articles_fts' | 'articles_head_fts';

/**
 * How many b-trees ("segments") an FTS5 index is made of, read from its structure record (row 10
 * of `<table>_data`: a 4-byte cookie, an optional 4-byte version-2 marker, then the number of
 * levels and of segments as varints). Every write adds a segment until merges join them; a search
 * reads every segment, and looking an article up costs a seek per term in each. Null when the
 * record cannot be read (then callers assume the index is fragmented).
 */
export function indexSegments(queries: Queries, table: SearchIndexTable): number | null {
  const record = queries.get<{ block: Uint8Array | null }>(
    table === 'articles_fts' ? sql`SELECT block FROM articles_fts_data WHERE id = 10` : sql`SELECT block FROM articles_head_fts_data WHERE id = 10`,
  )?.block;
  if (!record || record.length < 6) return null;
  let offset = 4;
  if (record[4] === 0xff && record[5] === 0x00 && record[6] === 0x00 && record[7] === 0x01) offset += 4;
  const varint = (): number | null => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = record[offset++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    return null;
  };
  return varint() === null ? null : varint();
}

/** Pages one merge step writes at most: ~10 ms of CPU, so that a write waits at most that long. */
export const mergeStepPages = 200;

/** More segments than this after merging the small ones: join them all, in steps (after a bulk import). */
export const healthySegments = 4;

/**
 * One step of keeping an index in few segments, for idle time; true when it did some work (call it
 * again later), false when there is nothing to merge. Segments of the same level are joined two by
 * two (`usermerge` 2; FTS5's own merge on write waits for 4): after a save that is a few small
 * segments, well under a millisecond. When more than `healthySegments` remain (a bulk import
 * writes one index in many segments) every segment is joined into one, `mergeStepPages` pages at a
 * time: for 100,000 articles about 450 steps of ~10 ms.
 */
export function mergeIndexStep(queries: Queries, table: SearchIndexTable): boolean {
  // A bigint, bound as an INTEGER: FTS5 refuses a REAL (how a JavaScript number is bound).
  const command = (name: 'merge' | 'usermerge', value: bigint) =>
    queries.run(
      table === 'articles_fts'
        ? sql`INSERT INTO articles_fts (articles_fts, rank) VALUES (${name}, ${value})`
        : sql`INSERT INTO articles_head_fts (articles_head_fts, rank) VALUES (${name}, ${value})`,
    );
  const merge = (pages: number) => {
    const before = queries.get<{ changes: number }>(sql`SELECT total_changes() AS changes`)!.changes;
    command('merge', BigInt(pages));
    // FTS5 documents that a merge which did some work changes at least two rows.
    return queries.get<{ changes: number }>(sql`SELECT total_changes() AS changes`)!.changes - before >= 2;
  };
  // One segment (or none): nothing to merge, and nothing is written (an idle step at every start must not touch the file).
  const segmentsBefore = indexSegments(queries, table);
  if (segmentsBefore !== null && segmentsBefore <= 1) return false;
  const usermerge = queries.get<{ v: unknown }>(
    table === 'articles_fts' ? sql`SELECT v FROM articles_fts_config WHERE k = 'usermerge'` : sql`SELECT v FROM articles_head_fts_config WHERE k = 'usermerge'`,
  );
  if (usermerge?.v !== 2) command('usermerge', 2n);
  if (merge(mergeStepPages)) return true;
  const segments = indexSegments(queries, table);
  // A negative count first puts every segment on one level, then merges like a positive one.
  return segments !== null && segments > healthySegments && merge(-mergeStepPages);
}
