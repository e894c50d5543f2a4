// Prints a staff account entry for AGENTS_FILE with an scrypt hash of the password read from stdin
// (never from the command line, where it would land in the shell history):
//   npx tsx scripts/agentPassword.ts --id sam --name "Sam Lee"      (type the password, then Enter)
//   printf '%s' "$PASSWORD" | npx tsx scripts/agentPassword.ts --id sam --name "Sam Lee"
import { parseArgs } from 'node:util';
import { hashPassword } from '../src/handoff/passwords';
import { StaffAccountSchema } from '../src/handoff/staffAccounts';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && String(chunk).includes('\n')) break;
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { id: { type: 'string' }, name: { type: 'string' } } });
  const password = await readPassword();
  if (password.length < 12) throw new Error('Use a password of at least 12 characters.');
  const entry = StaffAccountSchema.parse({
    id: values.id ?? 'agent',
    name: values.name ?? values.id ?? 'Agent',
    passwordHash: await hashPassword(password),
  });
  process.stdout.write(`${JSON.stringify(entry)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
