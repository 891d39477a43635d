import layerImports from './layer-imports.js';
import { noSqlSplicing, pragmaOnlyLiteral, prepareOnlyInStore } from './sql-rules.js';

/** Newsdesk's own lint rules, loaded by test/eslint.config.js as the `newsdesk` plugin. */
export default {
  meta: { name: 'eslint-plugin-newsdesk' },
  rules: {
    'layer-imports': layerImports,
    'no-sql-splicing': noSqlSplicing,
    'prepare-only-in-store': prepareOnlyInStore,
    'pragma-only-literal': pragmaOnlyLiteral,
  },
};
