import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { Step, StepMap, StepResult, type Mappable } from '@tiptap/pm/transform';

/** The article fields outside the body that an editor transaction can change. */
export type ArticleTextField = 'headline' | 'sapo';

const stepType = 'newsdesk.articleField';

/**
 * A change of the headline or the sapo carried by a body transaction. It leaves the document as
 * it is, but the editor's undo history keeps it with the transaction's other steps, so one undo
 * takes back a "Thay tất cả" in the headline, the sapo and the body together. The article
 * session applies it (and its inverse on undo) to the fields.
 */
export class ArticleFieldStep extends Step {
  constructor(
    readonly field: ArticleTextField,
    /** The field's text before the step. */
    readonly before: string,
    /** The field's text after it. */
    readonly after: string,
  ) {
    super();
  }

  apply(doc: ProseMirrorNode): StepResult {
    return StepResult.ok(doc);
  }

  invert(): Step {
    return new ArticleFieldStep(this.field, this.after, this.before);
  }

  map(_mapping: Mappable): Step {
    return this;
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  override toJSON(): { stepType: string; field: ArticleTextField; before: string; after: string } {
    return { stepType, field: this.field, before: this.before, after: this.after };
  }

  static override fromJSON(_schema: Schema, json: { field?: unknown; before?: unknown; after?: unknown }): ArticleFieldStep {
    if ((json.field !== 'headline' && json.field !== 'sapo') || typeof json.before !== 'string' || typeof json.after !== 'string') {
      throw new RangeError('Invalid input for ArticleFieldStep.fromJSON');
    }
    return new ArticleFieldStep(json.field, json.before, json.after);
  }
}

Step.jsonID(stepType, ArticleFieldStep);
