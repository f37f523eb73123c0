/** The building block of the contract: a method's input schema, output type and progress flag. */
import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** True when the method reports progress events while it runs. */
  readonly progress: boolean;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I, opts: { progress?: boolean } = {}): MethodSpec<I, O> => ({
    input,
    progress: opts.progress ?? false,
  });
}

export const empty = z.object({}).strict();
