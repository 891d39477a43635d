import { articleId, z } from '../zod';
import { defineMethod } from '../define-method';
import { categoryNameSchema, categorySchema } from '../../model/category';

const categoryId = articleId;

export const categoryMethods = {
  'categories.list': defineMethod({
    summary: 'The categories (Chuyên mục), in Vietnamese alphabetical order, each with how many articles it holds.',
    args: z.strictObject({}),
    result: z.array(categorySchema),
  }),
  'categories.create': defineMethod({
    summary: 'Add a category; its slug is made from its name. A name already used (ignoring case and accents) is refused.',
    args: z.strictObject({ name: categoryNameSchema }),
    result: categorySchema,
  }),
  'categories.rename': defineMethod({
    summary: 'Rename a category (its slug follows); its articles stay in it.',
    args: z.strictObject({ id: categoryId, name: categoryNameSchema }),
    result: categorySchema,
  }),
  'categories.delete': defineMethod({
    summary: 'Delete a category that holds no article; one in use is refused, naming how many articles it holds.',
    args: z.strictObject({ id: categoryId }),
    result: z.strictObject({ deleted: z.literal(true) }),
  }),
};
