import { BadRequestException } from '@nestjs/common';
import type { ApiErrorDetail } from '@lederloeft/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/*
 * What every request must be before a controller sees it, checked at the edge, once: JSON no
 * deeper than a person's data ever is, and text that is well-formed Unicode without NUL.
 * Deeper JSON overflowed the stack in the validation pipe (a 500 on every JSON route, login
 * included); a lone surrogate defeated unique checks on SQLite (stored as U+FFFD) and does
 * not round-trip; PostgreSQL refuses NUL in text outright. All three are a clear 400 here.
 */

/** Deeper than any body the API takes (a framework document is about six levels). */
export const MAX_JSON_DEPTH = 32;

const DEPTH_MESSAGE = `Forespørgslen er for dybt indlejret: højst ${MAX_JSON_DEPTH} niveauer.`;
const TEXT_MESSAGE =
  'Teksten indeholder et tegn, der ikke kan gemmes (et ufuldstændigt tegnpar eller et nul-tegn).';

/**
 * A 400 raised before routing (in the JSON parser or a hook); Nest hands it to the
 * exception filter as it is, which gives it the one error shape.
 */
export class RequestInputError extends BadRequestException {
  constructor(message: string, details: ApiErrorDetail[] = []) {
    super({ message, code: 'VALIDATION_FAILED', ...(details.length ? { details } : {}) });
  }
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one
// (matched on UTF-16 code units: no `u` flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text can be stored and read back as it is: well-formed UTF-16, no NUL. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

const pathOf = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * The first problem in a parsed JSON value, or null: nesting beyond MAX_JSON_DEPTH, or a
 * string or key that is not storable text. Iterative, so no input can overflow the stack.
 */
export function inspectJson(value: unknown): RequestInputError | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value: current, depth, path } = item;
    if (typeof current === 'string') {
      if (!isStorableText(current)) {
        return new RequestInputError(TEXT_MESSAGE, [
          { path: path || '(body)', message: TEXT_MESSAGE },
        ]);
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return new RequestInputError(DEPTH_MESSAGE);
    if (Array.isArray(current)) {
      current.forEach((child, i) =>
        stack.push({ value: child, depth: depth + 1, path: pathOf(path, i) }),
      );
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      const childPath = pathOf(path, key);
      if (!isStorableText(key)) {
        return new RequestInputError(TEXT_MESSAGE, [{ path: childPath, message: TEXT_MESSAGE }]);
      }
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
  return null;
}

/** The first query or route parameter that is not storable text, as an error; or null. */
export function inspectRequestStrings(request: FastifyRequest): RequestInputError | null {
  const sources: [string, unknown][] = [
    ['query', request.query],
    ['params', request.params],
  ];
  for (const [source, values] of sources) {
    if (values === null || typeof values !== 'object') continue;
    for (const [key, raw] of Object.entries(values)) {
      for (const text of [key, ...[raw].flat()]) {
        if (typeof text === 'string' && !isStorableText(text)) {
          const path = `${source}.${key}`;
          return new RequestInputError(TEXT_MESSAGE, [{ path, message: TEXT_MESSAGE }]);
        }
      }
    }
  }
  return null;
}

/**
 * Installs the checks on the Fastify instance: the JSON parser (Fastify's own, with its
 * prototype-poisoning protection, then inspectJson) replaces the default, and a
 * preValidation hook checks query strings and route parameters. Bodies that are neither
 * JSON nor a registered upload type get 415: no form posts (a form on another site could
 * otherwise sign a browser in: login CSRF), no text/plain.
 */
export function installRequestInputChecks(instance: FastifyInstance): void {
  const parseJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeContentTypeParser(['application/json', 'text/plain']);
  instance.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      parseJson(request, text, (error: Error | null, value?: unknown) => {
        if (error) {
          done(error, undefined);
          return;
        }
        const problem = inspectJson(value);
        if (problem) done(problem, undefined);
        else done(null, value);
      });
    },
  );
  instance.addHook('preValidation', async (request) => {
    const problem = inspectRequestStrings(request);
    if (problem) throw problem;
  });
}
