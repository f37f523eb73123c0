import { describe, expect, expectTypeOf, it } from 'vitest';
import { contract, METHOD_NAMES as CONTRACT_METHOD_NAMES, type MethodName } from '../../shared/contract';
import { ipcChannel, isMenuCommand, METHOD_NAMES, PROGRESS_CHANNEL, type MethodNameLiteral } from '../../shared/methodNames';

describe('shared/methodNames (the zod-free list the preload uses)', () => {
  it('lists exactly the contract methods, in the same order', () => {
    expect([...METHOD_NAMES]).toEqual(Object.keys(contract));
    expect([...METHOD_NAMES]).toEqual(CONTRACT_METHOD_NAMES);
  });

  it('has the same name type as the contract, both ways', () => {
    expectTypeOf<MethodNameLiteral>().toEqualTypeOf<MethodName>();
  });

  it('gives every method its own prefixed channel, distinct from the progress channel', () => {
    const channels = METHOD_NAMES.map(ipcChannel);
    expect(new Set(channels).size).toBe(METHOD_NAMES.length);
    for (const channel of channels) expect(channel).toMatch(/^caseready:[a-zA-Z]+$/);
    expect(channels).not.toContain(PROGRESS_CHANNEL);
  });

  it('recognises only known menu commands', () => {
    expect(isMenuCommand('newCase')).toBe(true);
    expect(isMenuCommand('deleteEverything')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
    expect(isMenuCommand({ toString: () => 'newCase' })).toBe(false);
  });
});
