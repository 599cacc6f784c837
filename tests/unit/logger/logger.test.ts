import assert from 'node:assert/strict';
import { createLogger } from '../../../src/logger';

/** Captures what the service's logger writes, line by line. */
function capture(): { lines: Record<string, unknown>[]; restore(): void } {
  const lines: Record<string, unknown>[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  }) as typeof process.stdout.write;
  return { lines, restore: () => (process.stdout.write = original) };
}

describe('the service log', () => {
  it('keeps an error’s type, message and code, never a database error’s quoted row', () => {
    const output = capture();
    try {
      const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
        code: '23505',
        detail: 'Failing row contains (r1, a colleague’s reply about the case)',
      });
      createLogger('info').error({ err: error }, 'store write failed');
    } finally {
      output.restore();
    }
    const [line] = output.lines;
    const err = line?.err as Record<string, unknown>;
    assert.equal(err.type, 'Error');
    assert.equal(err.code, '23505');
    assert.match(String(err.message), /duplicate key/);
    assert.doesNotMatch(JSON.stringify(line), /colleague’s reply/);
  });

  it('keeps the message, code and status of something thrown that is not an Error', () => {
    const output = capture();
    try {
      const connectorError = Object.assign(new Error('Conversation blocked.'), {
        code: 'ConversationBlockedByUser',
        statusCode: 403,
        request: { body: 'a colleague’s reply about the case' },
      });
      createLogger('info').error(
        { err: { errors: [connectorError], message: 'Failed to perform the required operation.' } },
        'bot turn failed',
      );
    } finally {
      output.restore();
    }
    const err = output.lines[0]?.err as Record<string, unknown>;
    assert.equal(err.type, 'object');
    assert.equal(err.message, 'Failed to perform the required operation.');
    const [inner] = err.errors as Record<string, unknown>[];
    assert.equal(inner?.code, 'ConversationBlockedByUser');
    assert.equal(inner?.statusCode, 403);
    assert.doesNotMatch(JSON.stringify(output.lines), /colleague’s reply/);
  });

  it('redacts message text and credentials passed as fields', () => {
    const output = capture();
    try {
      createLogger('info').info(
        { text: 'what an officer wrote', authorization: 'Bearer abc', tenantId: 't1' },
        'activity',
      );
    } finally {
      output.restore();
    }
    const [line] = output.lines;
    assert.equal(line?.text, '[redacted]');
    assert.equal(line?.authorization, '[redacted]');
    assert.equal(line?.tenantId, 't1');
  });
});
