// Why a product is on the list, as data; the dialogs turn it into one line of text from templates.
import type { Category } from '../../domain/schemas';

/** The one-line reason shown on a recommendation card. */
export type RecommendationReason =
  | { kind: 'viewed'; productName: string }
  | { kind: 'boughtWith'; productName: string }
  | { kind: 'similar'; productName: string }
  | { kind: 'cheaperThan'; productName: string; saving: number; currency: string }
  /** Popular in the category: in the recent window (`lately`) or over all behaviour. */
  | { kind: 'popular'; category: Category; lately: boolean }
  /** Scored by the behaviour model, but no viewed product explains it on its own. */
  | { kind: 'forYou' };
