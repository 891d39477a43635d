import { matchesAnyGlob, repositoryPath } from './repository-paths.js';
import { sqlShapeIn } from './sql-shape.js';

/**
 * SQL is composed, never concatenated, and only the store prepares statements (README, "Architecture"):
 * `sql\`…\`` turns every `${value}` into a parameter, `sqlFragment\`…\`` carries a piece of a
 * statement with its parameters, and electron/backend/store/ alone holds `.prepare(`.
 */

const sqlTags = new Set(['sql', 'sqlFragment']);

const storeOptionsSchema = [
  {
    type: 'object',
    properties: {
      root: { type: 'string' },
      allow: { type: 'array', items: { type: 'string' }, minItems: 1 },
    },
    required: ['root', 'allow'],
    additionalProperties: false,
  },
];

/** Whether the linted file is one of the `allow` globs (the store), given `root`. */
function isAllowedFile(context) {
  const [{ root, allow }] = context.options;
  const file = repositoryPath(root, context.filename);
  return file !== null && matchesAnyGlob(file, allow);
}

function propertyName(memberExpression) {
  const { property } = memberExpression;
  if (!memberExpression.computed && property.type === 'Identifier') return property.name;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  if (property.type === 'TemplateLiteral' && property.expressions.length === 0) return property.quasis[0].value.cooked;
  return null;
}

function calledMethod(callExpression) {
  return callExpression.callee.type === 'MemberExpression' ? propertyName(callExpression.callee) : null;
}

/** A spliced or unknown value, as the SQL shape sees it: a name. */
const hole = '_';

function templateText(template) {
  return template.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join(hole);
}

function isStringNode(node) {
  return (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral';
}

/** The text of one operand: a string's own text, anything computed as a hole. */
function operandText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return templateText(node);
  return hole;
}

function isConcatenation(node) {
  return node?.type === 'BinaryExpression' && node.operator === '+';
}

/** The operands of `a + b + (c + d)`, left to right. */
function concatenatedOperands(node) {
  return isConcatenation(node) ? [...concatenatedOperands(node.left), ...concatenatedOperands(node.right)] : [node];
}

/** Whether `node` is part of a larger `+` chain or `+=`, which is checked as a whole. */
function isInsideConcatenation(node) {
  const { parent } = node;
  return isConcatenation(parent) || (parent?.type === 'AssignmentExpression' && parent.operator === '+=' && parent.right === node);
}

function excerpt(shape) {
  const flat = shape.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export const noSqlSplicing = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL is written in sql`…` templates and composed from sqlFragment`…` pieces; never spliced into a string (README, "Architecture").' },
    schema: [],
    messages: {
      template: 'SQL spliced into a template string ("{{shape}}"): write it as sql`…` so that values become parameters, composing dynamic parts from sqlFragment`…` pieces (README, "Architecture").',
      otherTag: 'SQL with ${} in a {{tag}}`…` template ("{{shape}}"): only sql`…` and sqlFragment`…` may hold SQL with ${} (README, "Architecture").',
      concatenation: 'SQL built by concatenation ("{{shape}}"): write one sql`…` template, composing dynamic parts from sqlFragment`…` pieces (README, "Architecture").',
      method: 'SQL built with .{{method}}() ("{{shape}}"): compose sqlFragment`…` pieces inside one sql`…` template instead (README, "Architecture").',
    },
  },

  create(context) {
    function reportShape(node, messageId, text, data = {}) {
      const shape = sqlShapeIn(text);
      if (shape) context.report({ node, messageId, data: { ...data, shape: excerpt(shape) } });
    }

    return {
      TemplateLiteral(node) {
        if (node.expressions.length === 0 || isInsideConcatenation(node)) return;
        const { parent } = node;
        if (parent.type === 'TaggedTemplateExpression' && parent.quasi === node) {
          const tag = context.sourceCode.getText(parent.tag);
          if (!sqlTags.has(tag)) reportShape(node, 'otherTag', templateText(node), { tag });
          return;
        }
        reportShape(node, 'template', templateText(node));
      },
      BinaryExpression(node) {
        if (!isConcatenation(node) || isInsideConcatenation(node)) return;
        const operands = concatenatedOperands(node);
        if (!operands.some(isStringNode)) return;
        reportShape(node, 'concatenation', operands.map(operandText).join(''));
      },
      AssignmentExpression(node) {
        if (node.operator !== '+=') return;
        const operands = concatenatedOperands(node.right);
        if (!operands.some(isStringNode)) return;
        reportShape(node, 'concatenation', hole + operands.map(operandText).join(''));
      },
      CallExpression(node) {
        const method = calledMethod(node);
        if (method === 'join') {
          const array = node.callee.object;
          const separator = node.arguments[0] ? operandText(node.arguments[0]) : ',';
          const text = array.type === 'ArrayExpression' ? array.elements.map((element) => (element ? operandText(element) : hole)).join(separator) : hole + separator + hole;
          reportShape(node, 'method', text, { method });
        } else if (method === 'concat') {
          const operands = [node.callee.object, ...node.arguments];
          if (operands.some(isStringNode)) reportShape(node, 'method', operands.map(operandText).join(''), { method });
        }
      },
    };
  },
};

export const prepareOnlyInStore = {
  meta: {
    type: 'problem',
    docs: { description: 'Only the store (electron/backend/store/) prepares statements (README, "Architecture").' },
    schema: storeOptionsSchema,
    messages: {
      prepare: 'Only electron/backend/store/ may call .prepare(): run SQL through the store (sql`…` queries), which prepares and caches statements (README, "Architecture").',
    },
  },

  create(context) {
    if (isAllowedFile(context)) return {};
    return {
      MemberExpression(node) {
        if (propertyName(node) === 'prepare') context.report({ node: node.property, messageId: 'prepare' });
      },
    };
  },
};

export const pragmaOnlyLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'Outside the store, .pragma() takes a fixed string: no values spliced into a pragma.' },
    schema: storeOptionsSchema,
    messages: {
      pragma: 'Outside electron/backend/store/, .pragma() takes a fixed string: a pragma built at run time belongs in the store, which checks its value (README, "Architecture").',
    },
  },

  create(context) {
    if (isAllowedFile(context)) return {};
    return {
      CallExpression(node) {
        if (calledMethod(node) !== 'pragma') return;
        const [argument] = node.arguments;
        if (!argument) return;
        const isFixed = (argument.type === 'Literal' && typeof argument.value === 'string') || (argument.type === 'TemplateLiteral' && argument.expressions.length === 0);
        if (!isFixed) context.report({ node: argument, messageId: 'pragma' });
      },
    };
  },
};
