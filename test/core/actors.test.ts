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

const unnamed: Actor = {
  id: 'unnamed',
  name: 'Examplestani security official (unnamed)',
  aliases: ['Examplestani security officials'],
  kind: 'person',
};
const minister: Actor = { id: 'minister', name: 'Rustam Qadiri', aliases: [], kind: 'person' };

describe('actor mentions', () => {
  it('reads a person by surname after the full name, but never the last word of a description of someone unnamed', () => {
    const people = (text: string) =>
      new ActorModel([unnamed, minister]).find(text, tokenize(fold(text))).map((m) => [m.actorId, m.via]);
    expect(people('Examplestani security officials spoke first. Later, local officials said the road was shut.')).toEqual([
      ['unnamed', 'name'],
    ]);
    expect(people('Rustam Qadiri spoke first. Later, Qadiri said the road was shut.')).toEqual([
      ['minister', 'name'],
      ['minister', 'surname'],
    ]);
  });

  it('finds a name after "the" though a shorter descriptor opens at the article ("the mission" of "the mission in Examplestan")', () => {
    const mission: Actor = {
      id: 'mission',
      name: 'Assistance Mission in Examplestan',
      aliases: ['mission in Examplestan'],
      kind: 'organisation',
      descriptors: ['the mission'],
    };
    const at = (text: string) =>
      new ActorModel([mission]).find(text, tokenize(fold(text))).map((m) => [m.actorId, m.via, m.start]);
    expect(at('The mission in Examplestan said it had received credible reports.')).toEqual([['mission', 'name', 0]]);
    // The descriptor alone still names nobody before the mission is named.
    expect(at('The mission said it had received credible reports.')).toEqual([]);
  });

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
