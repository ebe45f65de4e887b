/**
 * The training both registers share: logistic regression over sparse binary features by
 * stochastic gradient descent, L2-regularised, the two classes weighted to count equally.
 * Deterministic (a seeded Park–Miller shuffle, weights rounded to four places), so that a committed
 * model can be checked against the data it claims to come from.
 */

export interface TrainingRow {
  features: readonly string[];
  label: 0 | 1;
  /** Multiplies every feature's value: 1 / √(distinct words) for a page, so length is not certainty. */
  scale?: number;
  /** How much the row counts against the others (a labelled page against a corpus source). */
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function trainLogisticRegression(rows: readonly TrainingRow[], { epochs, learningRate, l2, seed }: TrainingOptions): { bias: number; weights: Record<string, number> } {
  const positives = rows.filter((r) => r.label === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const weights = new Map<string, number>();
  let bias = 0;
  const random = seeded(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label, scale = 1, weight = 1 } = rows[index]!;
      let z = bias;
      for (const f of features) z += (weights.get(f) ?? 0) * scale;
      const gradient = (1 / (1 + Math.exp(-z)) - label) * classWeight[label]! * weight;
      bias -= learningRate * gradient;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - learningRate * (gradient * scale + l2 * w));
      }
    }
  }
  const table: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (round(w) !== 0) table[f] = round(w);
  }
  return { bias: round(bias), weights: table };
}
