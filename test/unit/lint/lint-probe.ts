import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repositoryRoot, overrideConfigFile: 'test/eslint.config.js' });

/**
 * The messages of the given rules when `code` is linted as if it were the file at `filePath`
 * (relative to the repository; the file need not exist). A probe proves that a rule refuses what it should.
 */
export async function probeMessages(filePath: string, code: string, ruleIds: readonly string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const unexpected = (result?.messages ?? []).filter((message) => message.fatal || message.ruleId === null);
  if (unexpected.length > 0) throw new Error(`The probe ${filePath} did not lint: ${unexpected.map((message) => message.message).join('; ')}`);
  return (result?.messages ?? []).filter((message) => ruleIds.includes(message.ruleId ?? '')).map((message) => message.message);
}
