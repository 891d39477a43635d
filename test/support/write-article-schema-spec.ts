// Writes shared/schema/article-schema-spec.ts from the article's TipTap extensions:
// `npx tsx test/support/write-article-schema-spec.ts` after changing them (a unit test fails until then).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleSchemaSpecSource } from './article-schema-spec-source';

const target = fileURLToPath(new URL('../../shared/schema/article-schema-spec.ts', import.meta.url));
fs.writeFileSync(target, articleSchemaSpecSource());
process.stdout.write(`wrote ${target}\n`);
