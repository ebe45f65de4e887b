/**
 * A learned model kept as data under rules/ (the claim register, the page register): loaded once,
 * validated like every data file, with its weights as a map for scoring. Measurement (grouped
 * cross-validation, threshold sweeps) runs the analysis with another model in its place.
 */
import { loadDataFile } from './data-file.js';

export interface WeightedModel {
  bias: number;
  /** Feature → weight. */
  weights: Record<string, number>;
}

export type LoadedModel<M extends WeightedModel> = M & { table: Map<string, number> };

export interface ModelSlot<M extends WeightedModel> {
  /** The model in use: a swapped-in one while `swap` runs, else the committed file's. */
  current(): LoadedModel<M>;
  /** Runs `fn` with `other` in place of the committed model, then puts the committed one back. Not for linting. */
  swap<T>(other: M, fn: () => T): T;
}

export function modelSlot<M extends WeightedModel>(relativePath: string, schema: object): ModelSlot<M> {
  let committed: LoadedModel<M> | undefined;
  let swapped: LoadedModel<M> | undefined;
  const loaded = (model: M): LoadedModel<M> => ({ ...model, table: new Map(Object.entries(model.weights)) });
  return {
    current() {
      return swapped ?? (committed ??= loaded(loadDataFile<M>(relativePath, schema)));
    },
    swap(other, fn) {
      const before = swapped;
      swapped = loaded(other);
      try {
        return fn();
      } finally {
        swapped = before;
      }
    },
  };
}
