// Staff accounts for the agent console, configured by the store owner in a JSON file (AGENTS_FILE):
//   { "agents": [ { "id": "sam", "name": "Sam Lee", "passwordHash": "scrypt$32768$8$1$…" } ] }
// Entries come from `npx tsx scripts/agentPassword.ts --id sam --name "Sam Lee"` (never a plain password).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hashPassword, isPasswordHash, verifyPassword } from './passwords';
import type { Agent } from './handoffService';

/** One staff account as configured. */
export const StaffAccountSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'id: 1-64 of a-z 0-9 . _ - (lower case)' }),
    name: z.string().trim().min(1).max(80),
    passwordHash: z.string().refine(isPasswordHash, { error: 'passwordHash must be an scrypt$… hash' }),
  })
  .strict();
export type StaffAccount = z.infer<typeof StaffAccountSchema>;

/** The staff accounts file. */
export const StaffFileSchema = z
  .object({ agents: z.array(StaffAccountSchema).max(1000) })
  .strict()
  .refine((f) => new Set(f.agents.map((a) => a.id)).size === f.agents.length, {
    error: 'agent ids must be unique',
  });

/** Reads and validates the staff accounts file, naming the file and field on failure. */
export function loadStaffFile(path: string): StaffAccount[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the staff accounts file ${path}: ${(error as Error).message}`);
  }
  const parsed = StaffFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid staff accounts file ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.agents;
}

/** Signs staff in by id and password. */
export class StaffDirectory {
  private readonly byId: Map<string, StaffAccount>;
  private decoy?: Promise<string>;

  constructor(accounts: readonly StaffAccount[]) {
    this.byId = new Map(accounts.map((a) => [a.id, a]));
  }

  /** Number of accounts (0: the console has no way in, and the bot does not offer a person). */
  get size(): number {
    return this.byId.size;
  }

  /** The agent for these credentials, or undefined. Unknown ids cost a hash too (no user enumeration by timing). */
  async authenticate(id: string, password: string): Promise<Agent | undefined> {
    const account = this.byId.get(id.trim().toLowerCase());
    if (!account) {
      this.decoy ??= hashPassword('decoy password');
      await verifyPassword(password, await this.decoy);
      return undefined;
    }
    return (await verifyPassword(password, account.passwordHash))
      ? { id: account.id, name: account.name }
      : undefined;
  }

  /** The agent with this id (for sessions), if the account still exists. */
  agent(id: string): Agent | undefined {
    const account = this.byId.get(id);
    return account && { id: account.id, name: account.name };
  }
}
