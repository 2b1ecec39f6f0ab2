/**
 * The OpenAPI 3.1 document of the HTTP API, served at `GET /api/openapi.json`. The schemas
 * describe the JSON contracts of src/types.ts (the same JSON as `ndr --json`).
 */
import { EXPLAIN_MAX_BYTES, HEADERS_MAX_BYTES, PARSE_MAX_BYTES, PARSE_MAX_FILES } from './limits.js';
import { REASON_IDS, OWNERS, RECORD_KINDS } from '../kb/reasons.js';

const str = { type: 'string' } as const;
const strArray = { type: 'array', items: str } as const;
const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });
const mib = (n: number): string => `${n / (1024 * 1024)} MiB`;

const textBody = (what: string, maxBytes: number): object => ({
  required: true,
  description: `${what} At most ${mib(maxBytes)}.`,
  content: {
    'text/plain': { schema: str, example: '550 5.7.124 Sender not in allowed-senders list' },
    'application/json': {
      schema: { type: 'object', required: ['input'], properties: { input: str }, additionalProperties: true },
    },
  },
});

const errors = {
  '400': { $ref: '#/components/responses/BadInput' },
  '413': { $ref: '#/components/responses/TooLarge' },
  '415': { $ref: '#/components/responses/UnsupportedMediaType' },
} as const;

/**
 * Builds the OpenAPI document.
 *
 * @example
 * ```ts
 * const doc = openApiDocument('0.1.0');
 * doc.openapi; // '3.1.0'
 * ```
 */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'ndrkit HTTP API',
      version,
      description:
        'Explains email delivery failures: NDR codes and replies, bounce messages, message headers. ' +
        'Every response is JSON; errors are `{"error": {"code", "message", "field"?}}` with a 4xx status for bad input.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:8025' }],
    paths: {
      '/api/explain': {
        post: {
          operationId: 'explain',
          summary: 'Explain a code, an SMTP reply or the text of an NDR',
          requestBody: textBody('A code (`5.7.124`), a reply line, or NDR text copied out of a mail client.', EXPLAIN_MAX_BYTES),
          responses: {
            '200': { description: 'The knowledge-base entries that explain the input, best first.', content: { 'application/json': { schema: ref('ExplainResult') } } },
            ...errors,
          },
        },
      },
      '/api/parse': {
        post: {
          operationId: 'parse',
          summary: 'Parse bounce messages into one delivery record per recipient',
          parameters: [{ name: 'file', in: 'query', required: false, schema: str, description: 'A name for a raw message, echoed in each record.' }],
          requestBody: {
            required: true,
            description: `One raw message (message/rfc822, text/plain or application/octet-stream), JSON {"input", "file"?}, or up to ${PARSE_MAX_FILES} messages as multipart/form-data file parts. At most ${mib(PARSE_MAX_BYTES)} per request.`,
            content: {
              'message/rfc822': { schema: { type: 'string', format: 'binary' } },
              'text/plain': { schema: str },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              'application/json': { schema: { type: 'object', required: ['input'], properties: { input: str, file: str } } },
              'multipart/form-data': {
                schema: { type: 'object', additionalProperties: { type: 'string', format: 'binary' } },
              },
            },
          },
          responses: {
            '200': { description: 'One record per recipient, for every message in the order sent.', content: { 'application/json': { schema: ref('ParseResponse') } } },
            ...errors,
          },
        },
      },
      '/api/headers': {
        post: {
          operationId: 'headers',
          summary: 'Analyse a header block: hops and delays, SPF/DKIM/DMARC, anti-spam stamps',
          requestBody: textBody('A message header block (a whole message is fine: only its headers are read).', HEADERS_MAX_BYTES),
          responses: {
            '200': { description: 'The header analysis.', content: { 'application/json': { schema: ref('HeaderAnalysis') } } },
            ...errors,
          },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness check',
          responses: {
            '200': {
              description: 'The server is up.',
              content: { 'application/json': { schema: { type: 'object', required: ['status'], properties: { status: { const: 'ok' }, version: str } } } },
            },
          },
        },
      },
    },
    components: {
      responses: {
        BadInput: { description: 'Empty, binary or malformed input.', content: { 'application/json': { schema: ref('Error') } } },
        TooLarge: { description: 'The body is over the size limit.', content: { 'application/json': { schema: ref('Error') } } },
        UnsupportedMediaType: { description: 'A Content-Type the endpoint does not read.', content: { 'application/json': { schema: ref('Error') } } },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str, field: str } },
          },
        },
        Owner: { enum: [...OWNERS] },
        ReasonId: { enum: [...REASON_IDS] },
        FoundCode: { type: 'object', required: ['enhanced', 'basic'], properties: { enhanced: str, basic: str } },
        KbFix: { type: 'object', properties: { sender: str, senderAdmin: str, recipientAdmin: str, service: str } },
        ExplainMatch: {
          type: 'object',
          required: ['id', 'source', 'codes', 'replies', 'title', 'cause', 'fix', 'owner', 'permanent', 'reason', 'references', 'score'],
          properties: {
            id: str, source: str, codes: strArray, replies: strArray, title: str, cause: str, fix: ref('KbFix'),
            owner: ref('Owner'), permanent: { type: 'boolean' }, reason: ref('ReasonId'), references: strArray, score: { type: 'number' },
          },
        },
        ExplainResult: {
          type: 'object',
          required: ['input', 'codes', 'matches', 'warnings'],
          properties: { input: str, codes: { type: 'array', items: ref('FoundCode') }, matches: { type: 'array', items: ref('ExplainMatch') }, warnings: strArray },
        },
        OriginalMessage: {
          type: 'object',
          properties: { messageId: str, from: str, to: str, subject: str, date: str },
        },
        Evidence: { type: 'object', required: ['where', 'text'], properties: { where: str, text: str } },
        DeliveryRecord: {
          type: 'object',
          required: ['file', 'recipient', 'kind', 'action', 'status', 'replyCode', 'diagnosticCode', 'reason', 'hardBounce', 'owner', 'remoteMta', 'reportingMta', 'command', 'date', 'detector', 'original', 'kbId'],
          properties: {
            file: str, message: { type: 'integer', minimum: 1 }, recipient: { type: ['string', 'null'] }, kind: { enum: [...RECORD_KINDS] }, action: str, status: str, replyCode: str,
            diagnosticCode: str, reason: ref('ReasonId'), hardBounce: { type: 'boolean' }, owner: ref('Owner'), remoteMta: str,
            reportingMta: str, command: str, date: str, detector: str, original: ref('OriginalMessage'), kbId: { type: ['string', 'null'] },
            feedbackType: str, evidence: { type: 'array', items: ref('Evidence') },
          },
        },
        NotBounceRecord: {
          type: 'object',
          required: ['file', 'recipient', 'kind'],
          properties: { file: str, message: { type: 'integer', minimum: 1 }, recipient: { type: 'null' }, kind: { const: 'not-bounce' }, warnings: strArray },
        },
        ParseResponse: {
          description: 'The same JSON as `ndr parse --json`: the records of every message in order; a message with none gives a not-bounce marker.',
          type: 'array',
          items: { oneOf: [ref('DeliveryRecord'), ref('NotBounceRecord')] },
        },
        HeaderAnalysis: {
          type: 'object',
          required: ['summary', 'hops', 'auth', 'findings', 'warnings'],
          properties: {
            summary: {},
            hops: {
              type: 'array',
              items: {
                type: 'object',
                properties: { from: str, by: str, with: str, id: str, for: str, date: str, delaySeconds: { type: ['number', 'null'] }, provider: { type: ['string', 'null'] } },
              },
            },
            totalDelaySeconds: { type: ['number', 'null'] },
            auth: { type: 'object', properties: { spf: {}, dkim: {}, dmarc: {}, arc: {}, compauth: {}, trustedFrom: {} } },
            alignment: {},
            antispam: {},
            findings: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: str, severity: str, title: str, detail: str, owner: str, fix: str, evidence: {} },
              },
            },
            warnings: strArray,
          },
        },
      },
    },
  };
}
