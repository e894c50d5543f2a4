// Why a product is on the list, as data; the dialogs turn it into one line of text from templates.
import type { Category } from '../../domain/schemas';

/** The one-line reason shown on a recommendation card. */
export type RecommendationReason =
  | { kind: 'viewed'; productName: string }
  | { kind: 'boughtWith'; productName: string }
  | { kind: 'similar'; productName: string }
  | { kind: 'cheaperThan'; productName: string; saving: number; currency: string }
  | { kind: 'popular'; category: Category }
  | { kind: 'forYou' };
