/** Finding the pack's actors in an article (actors.ts), on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { ActorModel } from '../../src/core/actors';
import type { Actor } from '../../src/core/pack-schema';
import { fold, tokenize } from '../../src/core/text';

const office: Actor = {
  id: 'office',
  name: 'Ministry of Foreign Affairs of Examplestan',
  aliases: ['Foreign Office'],
  kind: 'government-body',
  descriptors: ['the Foreign Office', 'the ministry', 'a ministry official'],
};

const find = (text: string) => new ActorModel([office]).find(text, tokenize(fold(text)));

describe('actor mentions', () => {
  it('finds an alias written with "the" as a name, though it is also a descriptor', () => {
    expect(find('The Foreign Office said the talks would resume.').map((m) => [m.actorId, m.via])).toEqual([['office', 'name']]);
  });

  it('reads a descriptor that is no name only after the actor was named', () => {
    expect(find('The ministry said the talks would resume.')).toEqual([]);
    expect(find('The Foreign Office spoke first. The ministry said the talks would resume.').map((m) => m.via)).toEqual([
      'name',
      'descriptor',
    ]);
  });

  it('keeps a descriptor that opens with "a" as written', () => {
    expect(find('The Foreign Office spoke first. A ministry official said the talks would resume.').map((m) => m.via)).toEqual([
      'name',
      'descriptor',
    ]);
  });
});
