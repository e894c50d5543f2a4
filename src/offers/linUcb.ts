// A contextual bandit: disjoint LinUCB (Li et al., 2010) over context vectors, one ridge regression per
// arm predicting the chance the shopper buys, kept as A⁻¹ and b with Sherman–Morrison updates. The arm
// chosen maximises the optimistic chance of a purchase times the revenue it would bring after its discount,
// so a discount must earn its cost; the "no offer" arm is an arm like the others.

/** One arm a decision may pick. */
export interface Candidate {
  armId: string;
  features: Float64Array;
  /** Revenue if the shopper buys with this arm (basket minus discount), in cents. */
  valueCents: number;
}

/** A decision. */
export interface Choice {
  armId: string;
  /** The predicted chance of a purchase (without the exploration bonus). */
  predicted: number;
  bonus: number;
}

interface ArmModel {
  aInv: Float64Array;
  b: Float64Array;
  n: number;
}

/** Settings, overridable. */
export const DEFAULTS = {
  /** Exploration weight: how many standard errors of optimism. */
  alpha: 0.3,
  /** Ridge prior. */
  lambda: 1,
};

/** The policy's serialised form. */
export interface LinUcbJson {
  dimension: number;
  alpha: number;
  lambda: number;
  arms: Record<string, { aInv: number[]; b: number[]; n: number }>;
}

/** Disjoint LinUCB with a value-weighted choice. */
export class LinUcbPolicy {
  private readonly arms = new Map<string, ArmModel>();

  constructor(
    readonly dimension: number,
    readonly alpha = DEFAULTS.alpha,
    readonly lambda = DEFAULTS.lambda,
  ) {}

  /** Picks the candidate with the highest optimistic expected revenue (ties: the first). */
  choose(candidates: readonly Candidate[]): Choice {
    if (candidates.length === 0) throw new Error('LinUcbPolicy.choose needs at least one candidate');
    let best: Choice | undefined;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const { mean, sd } = this.predict(c.armId, c.features);
      const bonus = this.alpha * sd;
      const score = Math.min(1, Math.max(0, mean + bonus)) * c.valueCents;
      if (score > bestScore) {
        bestScore = score;
        best = { armId: c.armId, predicted: Math.min(1, Math.max(0, mean)), bonus };
      }
    }
    return best!;
  }

  /** The predicted purchase chance of an arm for a context, and its standard error. */
  predict(armId: string, x: Float64Array): { mean: number; sd: number } {
    const arm = this.arm(armId);
    const d = this.dimension;
    let mean = 0;
    let variance = 0;
    for (let i = 0; i < d; i++) {
      let row = 0;
      let theta = 0;
      for (let j = 0; j < d; j++) {
        row += arm.aInv[i * d + j] * x[j];
        theta += arm.aInv[i * d + j] * arm.b[j];
      }
      variance += x[i] * row;
      mean += theta * x[i];
    }
    return { mean, sd: Math.sqrt(Math.max(0, variance)) };
  }

  /** Learns one outcome: the arm shown in context x led to a purchase (1) or not (0). */
  update(armId: string, x: Float64Array, reward: number): void {
    const arm = this.arm(armId);
    const d = this.dimension;
    const u = new Float64Array(d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) u[i] += arm.aInv[i * d + j] * x[j];
    let denom = 1;
    for (let i = 0; i < d; i++) denom += x[i] * u[i];
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) arm.aInv[i * d + j] -= (u[i] * u[j]) / denom;
    for (let i = 0; i < d; i++) arm.b[i] += reward * x[i];
    arm.n++;
  }

  /** How many outcomes each arm has learned from. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.arms].map(([id, a]) => [id, a.n]));
  }

  toJSON(): LinUcbJson {
    const arms: LinUcbJson['arms'] = {};
    for (const [id, a] of this.arms) arms[id] = { aInv: [...a.aInv], b: [...a.b], n: a.n };
    return { dimension: this.dimension, alpha: this.alpha, lambda: this.lambda, arms };
  }

  static fromJSON(json: LinUcbJson): LinUcbPolicy {
    const p = new LinUcbPolicy(json.dimension, json.alpha, json.lambda);
    for (const [id, a] of Object.entries(json.arms)) {
      if (a.aInv.length !== json.dimension ** 2 || a.b.length !== json.dimension)
        throw new Error(`LinUCB arm ${id}: expected ${json.dimension} dimensions`);
      p.arms.set(id, { aInv: Float64Array.from(a.aInv), b: Float64Array.from(a.b), n: a.n });
    }
    return p;
  }

  private arm(id: string): ArmModel {
    let arm = this.arms.get(id);
    if (!arm) {
      const d = this.dimension;
      const aInv = new Float64Array(d * d);
      for (let i = 0; i < d; i++) aInv[i * d + i] = 1 / this.lambda;
      arm = { aInv, b: new Float64Array(d), n: 0 };
      this.arms.set(id, arm);
    }
    return arm;
  }
}
