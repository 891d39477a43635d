import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPathSpecifier, matchesAnyGlob, repositoryPath, resolveFile } from './repository-paths.js';

/**
 * Says what each layer MAY import, in the manner of VS Code's `code-import-patterns`: every import,
 * re-export, dynamic import, `import type`, `import('…')` type and `require('…')` of a file is
 * resolved to a repository path and must match the allowlist of the importing file's layer.
 * Packages are checked against the layer's forbidden packages (Node built-ins, electron, …).
 * The layers are listed in test/eslint.config.js; the first whose `files` match a file is its layer.
 */

const packageGroupSchema = {
  type: 'object',
  properties: {
    label: { type: 'string' },
    reason: { type: 'string' },
    names: { type: 'array', items: { type: 'string' } },
  },
  required: ['label', 'names'],
  additionalProperties: false,
};

const layerSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    files: { type: 'array', items: { type: 'string' }, minItems: 1 },
    allow: { type: 'array', items: { type: 'string' } },
    forbiddenPackages: { type: 'array', items: packageGroupSchema },
  },
  required: ['name', 'files', 'allow'],
  additionalProperties: false,
};

/** The package a bare specifier names: `@scope/name` or `name`, and `node:fs` for `node:fs/promises`. */
function packageName(specifier) {
  const segments = specifier.split('/');
  return specifier.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0];
}

function describeGlob(glob) {
  if (glob === '**') return 'anything in the repository';
  return glob.endsWith('/**') ? glob.slice(0, -2) : glob;
}

function listInWords(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a layer may import, in words: "only shared/ and renderer/ of ours, and packages except Node built-ins". */
export function describeAllowance(layer) {
  const ours = layer.allow.length === 0 ? 'nothing of ours' : `only ${listInWords(layer.allow.map(describeGlob))} of ours`;
  const forbidden = (layer.forbiddenPackages ?? []).map((group) => group.label);
  const packages = forbidden.length === 0 ? 'any package' : `packages except ${listInWords(forbidden)}`;
  return `${layer.name} may import ${ours}, and ${packages}`;
}

/** The string a module specifier node holds, or null when it is computed at run time. */
function specifierText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'TSLiteralType') return specifierText(node.literal);
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its allowlist names (README, "Architecture").' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: layerSchema },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      noLayer: '{{file}} is in no known layer. Move it into one, or give it a layer in test/eslint.config.js (newsdesk/layer-imports).',
      outsideRepository: "'{{specifier}}' resolves outside the repository ({{resolved}}). Import packages by name and our files by a path inside the repository.",
      forbiddenFile: "Layer {{layer}}: '{{specifier}}' is {{target}}, which this layer may not import. {{allowance}}.",
      forbiddenPackage: "Layer {{layer}}: '{{specifier}}' is one of the packages this layer may not import ({{group}}). {{allowance}}.",
    },
  },

  create(context) {
    const [{ root, layers }] = context.options;
    if (!path.isAbsolute(context.filename)) return {};
    const file = repositoryPath(root, context.filename);
    if (file === null || file === '') return {};
    const layer = layers.find((candidate) => matchesAnyGlob(file, candidate.files));

    if (!layer) {
      return {
        Program(node) {
          context.report({ node, loc: { line: 1, column: 0 }, messageId: 'noLayer', data: { file } });
        },
      };
    }

    const allowance = describeAllowance(layer);
    const folder = path.dirname(context.filename);

    function check(sourceNode) {
      const specifier = specifierText(sourceNode);
      if (specifier === null) return;
      if (isPathSpecifier(specifier)) {
        const withoutQuery = specifier.replace(/[?#].*$/, '');
        const absolute = withoutQuery.startsWith('file:') ? fileURLToPath(withoutQuery) : path.resolve(folder, withoutQuery);
        const target = repositoryPath(root, absolute);
        if (target === null) {
          context.report({ node: sourceNode, messageId: 'outsideRepository', data: { specifier, resolved: absolute } });
          return;
        }
        const resolved = repositoryPath(root, resolveFile(absolute)) ?? target;
        if (!matchesAnyGlob(resolved, layer.allow)) {
          context.report({ node: sourceNode, messageId: 'forbiddenFile', data: { layer: layer.name, specifier, target: resolved || 'the repository root', allowance } });
        }
        return;
      }
      const name = packageName(specifier);
      const group = (layer.forbiddenPackages ?? []).find((candidate) => matchesAnyGlob(name, candidate.names));
      if (group) {
        const described = group.reason ? `${group.label}: ${group.reason}` : group.label;
        context.report({ node: sourceNode, messageId: 'forbiddenPackage', data: { layer: layer.name, specifier, group: described, allowance } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source ?? node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node.arguments[0]);
      },
    };
  },
};
