// Configuration from the environment, validated once at start-up.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Environment variables Shopkeeper reads, with the defaults that run locally. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('data'),
    SEEDS_DIR: z.string().min(1).default('seeds'),
    MODELS_DIR: z.string().min(1).default('models'),
    NLU_THRESHOLD: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(1).optional()),
    NLU_MARGIN: z.preprocess(emptyAsUndefined, z.coerce.number().min(0).max(1).optional()),
    /** Retrain the recommender in the background after this many new behaviour events; 0 = never. */
    REC_RETRAIN_AFTER_EVENTS: z.coerce.number().int().min(0).max(10_000_000).default(500),
    /** Rank FAQ answers by meaning as well as by words (the sentence encoder); off = words only. */
    FAQ_SEMANTIC: z.enum(['on', 'off']).default('on'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(262_144),
    MAX_TEXT_LENGTH: z.coerce.number().int().min(1).max(20_000).default(2000),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    MicrosoftAppId: z.preprocess(emptyAsUndefined, z.string().optional()),
    MicrosoftAppPassword: z.preprocess(emptyAsUndefined, z.string().optional()),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** Staff accounts of the agent console (JSON, see src/handoff/staffAccounts.ts); none = no handoff. */
    AGENTS_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
    HANDOFF_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(10_000).max(86_400_000).default(900_000),
    /** An agent silent this long on a claimed case gives the shopper back to the bot; 0 = never. */
    HANDOFF_IDLE_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .refine(
        (ms) => ms === 0 || (ms >= 60_000 && ms <= 86_400_000),
        'must be 0 (never) or 60000–86400000 ms',
      )
      .default(1_800_000),
    /** How often due price-drop / back-in-stock alerts and cart reminders are sent; 0 = never. */
    ALERTS_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  })
  .superRefine((c, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.NODE_ENV === 'production' && !c.MicrosoftAppId) {
      problem(
        'MicrosoftAppId',
        'is required when NODE_ENV=production: without it the bot accepts unauthenticated traffic and posts replies to any caller-given URL',
      );
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      problem(
        'MicrosoftAppPassword',
        `is required when MicrosoftAppId is set and MicrosoftAppType is ${c.MicrosoftAppType}`,
      );
    }
    if (c.MicrosoftAppType !== 'MultiTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      problem('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${c.MicrosoftAppType}`);
    }
  });

/** Validated configuration. */
export type Config = z.infer<typeof ConfigSchema>;

/** Names whose values are never printed, not even in error messages. */
const SECRETS = new Set(['MicrosoftAppPassword']);

/** Every configuration problem at once, each naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment (process.env by default); throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = env[name];
    const shown = given === undefined || SECRETS.has(name) ? '' : ` (got ${JSON.stringify(given)})`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/** The configuration as safe to log: secrets replaced. */
export function redactConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [k, SECRETS.has(k) && v !== undefined ? '***' : v]),
  );
}
