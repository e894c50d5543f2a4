// models/manifest.json: what each generated model was built from (a hash of
// its inputs), with which library versions, when, and how well it did.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** One model's entry in the manifest. */
export const ModelEntrySchema = z.object({
  file: z.string().min(1),
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  trainedAt: z.iso.datetime(),
  trainMs: z.number().min(0),
  libraries: z.record(z.string(), z.string()),
  metrics: z.record(z.string(), z.unknown()),
});
export type ModelEntry = z.infer<typeof ModelEntrySchema>;

const ManifestSchema = z.object({ models: z.record(z.string(), ModelEntrySchema) });
type Manifest = z.infer<typeof ManifestSchema>;

const manifestPath = (modelsDir: string) => join(modelsDir, 'manifest.json');

/** Reads the manifest; a missing or unreadable one is an empty manifest (everything is then stale). */
export async function readManifest(modelsDir: string): Promise<Manifest> {
  try {
    return ManifestSchema.parse(JSON.parse(await readFile(manifestPath(modelsDir), 'utf8')));
  } catch {
    return { models: {} };
  }
}

/** Writes a JSON file atomically (temp file + rename). */
export async function writeJsonAtomically(file: string, data: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(data));
  await rename(tmp, file);
}

/** Saves a model file and then its manifest entry (so a crash never leaves a manifest pointing at a missing model). */
export async function saveModel(modelsDir: string, name: string, model: unknown, entry: ModelEntry): Promise<void> {
  await mkdir(modelsDir, { recursive: true });
  await writeJsonAtomically(join(modelsDir, entry.file), model);
  const manifest = await readManifest(modelsDir);
  manifest.models[name] = ModelEntrySchema.parse(entry);
  await writeJsonAtomically(manifestPath(modelsDir), manifest);
}

/** The saved model's JSON when the manifest's entry matches `inputsHash`, else undefined (stale or missing). */
export async function loadFreshModel(modelsDir: string, name: string, inputsHash: string): Promise<unknown> {
  const saved = await loadSavedModel(modelsDir, name);
  return saved?.inputsHash === inputsHash ? saved.json : undefined;
}

/** The saved model's JSON and the hash of the inputs it was built from, fresh or not (undefined when missing). */
export async function loadSavedModel(
  modelsDir: string,
  name: string,
): Promise<{ json: unknown; inputsHash: string } | undefined> {
  const entry = (await readManifest(modelsDir)).models[name];
  if (!entry) return undefined;
  try {
    return { json: JSON.parse(await readFile(join(modelsDir, entry.file), 'utf8')), inputsHash: entry.inputsHash };
  } catch {
    return undefined;
  }
}
