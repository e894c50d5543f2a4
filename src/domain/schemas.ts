// The shop's domain, as zod schemas: the single source of the domain types.
// Seed files, the embedded store and every service parse with these.
import { z } from 'zod';

/** Product categories the demo store sells. */
export const CATEGORIES = [
  'jackets',
  'boots',
  'tents',
  'backpacks',
  'sleeping-bags',
  'stoves',
  'lights',
  'base-layers',
  'trousers',
  'accessories',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

const id = (pattern: RegExp, what: string) => z.string().regex(pattern, `must look like ${what}`);
export const ProductIdSchema = id(/^[A-Z]{3}-\d{4}$/, 'ABC-0001');
export const CustomerIdSchema = id(/^C\d{4}$/, 'C0001');
/** The store's order-number format: five or six digits. */
export const OrderNumberSchema = id(/^\d{5,6}$/, '10234');
const isoDate = z.iso.datetime({ offset: true });

/** Attributes shoppers ask about; every unit is in the field name. */
export const ProductAttributesSchema = z
  .object({
    weightGrams: z.number().positive(),
    material: z.string().min(1),
    waterproof: z.boolean(),
    waterproofRatingMm: z.number().int().positive(),
    breathabilityGm2: z.number().int().positive(),
    insulation: z.enum(['down', 'synthetic', 'fleece', 'none']),
    fillPower: z.number().int().positive(),
    temperatureRatingC: z.number(),
    capacityLiters: z.number().positive(),
    persons: z.number().int().positive(),
    seasons: z.number().int().min(1).max(4),
    packedSizeCm: z.string().min(1),
    lumens: z.number().int().positive(),
    batteryLifeHours: z.number().positive(),
    fuelType: z.enum(['canister', 'liquid', 'wood', 'alcohol', 'multi-fuel']),
    boilTimeMinutes: z.number().positive(),
    ankleHeight: z.enum(['low', 'mid', 'high']),
    fit: z.enum(['slim', 'regular', 'relaxed']),
    gender: z.enum(['men', 'women', 'unisex']),
  })
  .partial()
  .strict();
export type ProductAttributes = z.infer<typeof ProductAttributesSchema>;

/** One purchasable colour/size combination with its own stock. */
export const VariantSchema = z
  .object({
    sku: z.string().regex(/^[A-Z0-9-]{1,32}$/),
    color: z.string().min(1),
    size: z.string().min(1),
    stock: z.number().int().min(0),
  })
  .strict();
export type Variant = z.infer<typeof VariantSchema>;

export const ProductSchema = z
  .object({
    id: ProductIdSchema,
    name: z.string().min(3).max(80),
    brand: z.string().min(2),
    category: CategorySchema,
    price: z.number().positive().multipleOf(0.01),
    currency: z.literal('USD'),
    description: z.string().min(40),
    attributes: ProductAttributesSchema,
    variants: z.array(VariantSchema).min(1),
    rating: z.number().min(0).max(5),
    reviewCount: z.number().int().min(0),
    tags: z.array(z.string().min(1)),
    createdAt: isoDate,
  })
  .strict();
export type Product = z.infer<typeof ProductSchema>;

export const CustomerSchema = z
  .object({
    id: CustomerIdSchema,
    name: z.string().min(2),
    email: z.email(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
    joinedAt: isoDate,
    marketingOptIn: z.boolean(),
    preferredSizes: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Customer = z.infer<typeof CustomerSchema>;

/** A behaviour event: the raw material of profiles, recommendations and analytics. */
export const BehaviourEventSchema = z
  .object({
    customerId: CustomerIdSchema,
    type: z.enum(['view', 'add_to_cart', 'remove_from_cart', 'purchase', 'rating']),
    productId: ProductIdSchema,
    at: isoDate,
    quantity: z.number().int().positive().optional(),
    rating: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .refine((e) => e.type !== 'rating' || e.rating !== undefined, { message: 'a rating event needs a rating' });
export type BehaviourEvent = z.infer<typeof BehaviourEventSchema>;

export const OrderLineSchema = z
  .object({
    productId: ProductIdSchema,
    sku: z.string().min(1),
    quantity: z.number().int().positive(),
    unitPrice: z.number().positive(),
  })
  .strict();

export const OrderSchema = z
  .object({
    id: OrderNumberSchema,
    customerId: CustomerIdSchema,
    status: z.enum(['awaiting_payment', 'processing', 'shipped', 'delivered', 'cancelled', 'returned']),
    lines: z.array(OrderLineSchema).min(1),
    shippingCost: z.number().min(0),
    total: z.number().positive(),
    currency: z.literal('USD'),
    shippingCountry: z.string().regex(/^[A-Z]{2}$/),
    placedAt: isoDate,
    shippedAt: isoDate.optional(),
    deliveredAt: isoDate.optional(),
  })
  .strict();
export type Order = z.infer<typeof OrderSchema>;

/** A merchant-defined offer; its rules are enforced by the offer engine. */
export const OfferSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{3,40}$/),
    title: z.string().min(3),
    description: z.string().min(10),
    kind: z.enum(['percent', 'fixed', 'free_shipping', 'bundle']),
    value: z.number().min(0),
    rules: z
      .object({
        categories: z.array(CategorySchema).optional(),
        minCartValue: z.number().min(0).optional(),
        firstOrderOnly: z.boolean().optional(),
        segments: z.array(z.string()).optional(),
        bundleProductIds: z.array(ProductIdSchema).optional(),
      })
      .strict(),
    startsAt: isoDate,
    endsAt: isoDate,
    budget: z.number().positive(),
    perCustomerLimit: z.number().int().positive(),
    stackable: z.boolean(),
  })
  .strict()
  .refine((o) => o.kind !== 'percent' || (o.value > 0 && o.value <= 90), {
    message: 'a percent offer needs a value in (0, 90]',
    path: ['value'],
  })
  .refine((o) => o.startsAt < o.endsAt, { message: 'endsAt must be after startsAt', path: ['endsAt'] });
export type Offer = z.infer<typeof OfferSchema>;

/** The seed files and the schema of each one's records. */
export const SEED_FILES = {
  products: ProductSchema,
  customers: CustomerSchema,
  events: BehaviourEventSchema,
  orders: OrderSchema,
  offers: OfferSchema,
} as const;
export type SeedName = keyof typeof SEED_FILES;

/** Chat behaviour event types (the seed `BehaviourEvent` types are the store's history: view ≈ product_view, purchase ≈ order). */
export const SHOPPER_EVENT_TYPES = [
  'product_view',
  'search',
  'add_to_cart',
  'remove_from_cart',
  'checkout_step',
  'order',
  'rec_shown',
  'rec_clicked',
  'offer_shown',
  'offer_accepted',
  'offer_redeemed',
  'return_requested',
  'feedback',
] as const;

/** A behaviour event recorded by the bot: who (channel shopper, conversation), what, and where it came from. */
export const ShopperEventSchema = z
  .object({
    at: isoDate,
    type: z.enum(SHOPPER_EVENT_TYPES),
    shopper: z.object({ channelId: z.string().min(1), userId: z.string().min(1) }).strict(),
    conversationId: z.string().min(1),
    /** What led to it: `message`, `card`, a recommender's name, … */
    source: z.string().min(1),
    productId: ProductIdSchema.optional(),
    productIds: z.array(ProductIdSchema).optional(),
    sku: z.string().optional(),
    quantity: z.number().int().optional(),
    query: z.string().optional(),
    step: z.string().optional(),
    orderNumber: OrderNumberSchema.optional(),
    valueCents: z.number().int().optional(),
    /** The offer of an offer_* event. */
    offerId: z.string().optional(),
  })
  .strict();
export type ShopperEvent = z.infer<typeof ShopperEventSchema>;
