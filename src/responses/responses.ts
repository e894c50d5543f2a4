// Response text from Bot Framework language-generation (.lg) files in
// knowledge/responses/. botbuilder-lg lives here and nowhere else.
import { DiagnosticSeverity, Templates } from 'botbuilder-lg';

/** Each message the bot needs, with the parameters its template must take (in order). */
export type ResponseSignatures = Readonly<Record<string, readonly string[]>>;

/** A problem in a response file, with its place. */
export class ResponsesError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid response templates in ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'ResponsesError';
  }
}

/** How many (template, arguments) expansions are remembered. */
const EXPANSION_CACHE_SIZE = 2000;

/** Loaded templates: `text(name, args)` picks one variation at random and fills it in. */
export class Responses {
  /** Expanded variations by template name and arguments, least recently used first. */
  private readonly expanded = new Map<string, string[]>();

  private constructor(private readonly templates: Templates) {}

  /**
   * Parses `file` and checks that it defines every template in `signatures` with those parameters;
   * throws a ResponsesError listing every problem (with line numbers for syntax errors).
   */
  static load(file: string, signatures: ResponseSignatures): Responses {
    let templates: Templates;
    try {
      templates = Templates.parseFile(file);
    } catch (error) {
      throw new ResponsesError(file, [(error as Error).message]);
    }
    const problems = templates.allDiagnostics
      .filter((d) => d.severity === DiagnosticSeverity.Error)
      .map((d) => `line ${d.range.start.line}: ${d.message}`);
    const defined = new Map(templates.allTemplates.map((t) => [t.name, t.parameters]));
    for (const [name, parameters] of Object.entries(signatures)) {
      const has = defined.get(name);
      if (!has) problems.push(`template "${name}" is missing`);
      else if (has.join(',') !== parameters.join(','))
        problems.push(`template "${name}" must take (${parameters.join(', ')}), not (${has.join(', ')})`);
    }
    if (problems.length) throw new ResponsesError(file, problems);
    return new Responses(templates);
  }

  /**
   * One variation of template `name`, evaluated with `args` (values are inserted as text, never
   * evaluated), picked at random. The variations for the same name and arguments are remembered:
   * evaluating a template parses its expressions again each time, which costs ~0.4 ms.
   */
  text(name: string, args: Record<string, unknown> = {}): string {
    const key = `${name}\u0000${JSON.stringify(args)}`;
    let variations = this.expanded.get(key);
    if (variations)
      this.expanded.delete(key); // re-inserted below: most recently used last
    else variations = this.variations(name, args);
    this.expanded.set(key, variations);
    if (this.expanded.size > EXPANSION_CACHE_SIZE) this.expanded.delete(this.expanded.keys().next().value!);
    return variations[Math.floor(Math.random() * variations.length)];
  }

  /** Every variation of template `name` with `args` (for tests and reviews). */
  variations(name: string, args: Record<string, unknown> = {}): string[] {
    return this.templates.expandTemplate(name, args).map(String);
  }
}
