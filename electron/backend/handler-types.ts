import type { MethodName, ParsedArgsOf, ResultOf } from '../../shared/api/contract';

/** The service call behind one method: takes the validated arguments, returns the result or throws an ApiError. */
export type MethodHandler<M extends MethodName> = (args: ParsedArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;

/** Handlers for some methods of the contract: what each feature's `handlers.ts` returns. */
export type MethodHandlers = { [M in MethodName]?: MethodHandler<M> };

/** A handler for every method of the contract: what backend.ts assembles. */
export type AllMethodHandlers = { [M in MethodName]: MethodHandler<M> };
