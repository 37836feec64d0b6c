/**
 * Speaker resolution (src/core/speakers.ts) on short texts written for these tests: each rule, and
 * the case where it must give no speaker rather than a wrong one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { scoreSet } from '../../scripts/eval-set';
import type { Pack } from '../../src/core/pack-schema';
import { ActorModel } from '../../src/core/actors';
import { findQuotes } from '../../src/core/quotes';
import { resolveSpeakers, UNLISTED_PREFIX } from '../../src/core/speakers';
import { fold, tokenize } from '../../src/core/text';

const engine = loadEngine();
const model = new ActorModel([...engine.index.actors.values()]);

/** The speaker name of each quote of `text` (reported claims too, with `reported`), in order ('-' for none). */
function speakers(text: string, reported = false): string[] {
  const quotes = findQuotes(text);
  const resolved = resolveSpeakers(text, quotes, model.find(text, tokenize(fold(text))), model.byId);
  return quotes.filter((q) => reported || q.kind !== 'reported').map((q) => resolved.get(q)?.name ?? '-');
}

describe('speakers', () => {
  it('never reads "he" as a person the article has called "she", nor the reverse', () => {
    const text =
      'Special envoy Roza Otunbayeva briefed the council. "Engagement is not endorsement," she said. ' +
      '"The groups are financed from abroad," he said.';
    expect(speakers(text)).toEqual(['Roza Otunbayeva', '-']);
    // Its mirror: a "she" after a person called "he".
    const mirror =
      'Envoy Munir Akram spoke next. "The group has six thousand men," he said. "We will keep the mission open," she said.';
    expect(speakers(mirror)).toEqual(['Munir Akram', '-']);
    // The same pronoun again is the same person.
    expect(speakers('Envoy Munir Akram spoke next. "The group is large," he said. "It is growing," he said.')).toEqual([
      'Munir Akram',
      'Munir Akram',
    ]);
  });

  it('reads "it" as the institution its own sentence opens with, by the words it is named with', () => {
    const introduced = 'The Taliban Ministry of National Defence said on Saturday that "the border posts are ours".\n\n';
    const before =
      'Foreign Office spokeswoman Mumtaz Zahra Baloch said Pakistan "believes in dialogue". The ministry gave no details.\n\n';
    const opening =
      'The Ministry of National Defence said its forces had struck positions beyond what it called the "imaginary line".';
    const mod = 'Ministry of National Defence of Afghanistan (Taliban government)';
    expect(speakers(`${introduced}${before}${opening}`)).toEqual([mod, 'Mumtaz Zahra Baloch', mod]);
    // Named so only there, it is nobody the article introduced: no speaker, not the ministry "the Ministry" last
    // referred to (Pakistan's), also when the sentence opens the article.
    expect(speakers(`${before}${opening}`)).toEqual(['Mumtaz Zahra Baloch', '-']);
    expect(speakers(opening)).toEqual(['-']);
    // With no such opening, "it" is still the institution the sentence names.
    expect(speakers(`${before}The Foreign Office said it had nothing to add to what it called "a settled matter".`)).toEqual([
      'Mumtaz Zahra Baloch',
      'Ministry of Foreign Affairs of Pakistan',
    ]);
  });

  it("reads a country's military as the institution that speaks for it, and nothing else named by country alone", () => {
    const ispr = 'Inter-Services Public Relations';
    expect(speakers('Pakistan’s military said the strikes "hit only militant hideouts".')).toEqual([ispr]);
    expect(speakers('The Pakistani army said the strikes "hit only militant hideouts".')).toEqual([ispr]);
    // The pack holds no Afghan military; an Afghan official or government may be the Republic's or the Taliban's.
    expect(speakers('The Afghan military said the strikes "hit only civilians".')).toEqual(['-']);
    expect(speakers('Afghan officials said the strikes "hit only civilians".')).toEqual(['-']);
  });

  it('reads an institution named as the pack does not name it as the one the article spoke of ("the Ministry of National Defence")', () => {
    const later = ' Later on Monday, the Ministry of National Defence said its forces had "answered the firing".';
    const ministry = 'Ministry of National Defence of Afghanistan (Taliban government)';
    // The ministry itself named before, or its spokesman (whose affiliation names it short): the ministry, not him.
    expect(speakers('The Taliban defence ministry condemned the strikes.' + later)).toEqual([ministry]);
    expect(speakers('Enayatullah Khwarazmi spoke first.' + later)).toEqual([ministry]);
    // Nobody introduced: which country's ministry is not known.
    expect(speakers('The strikes were condemned.' + later)).toEqual(['-']);
  });

  it('reads a title written with a period as part of the attribution ("Adm. Mike Mullen, chairman …, said")', () => {
    expect(
      speakers('"The link is there, and it has to be broken," Adm. Mike Mullen, chairman of the Joint Chiefs, said.'),
    ).toEqual(['Mike Mullen']);
    expect(speakers('"Our posts were hit first," Brig. Ahmed Khan, a sector commander, told reporters.')).toEqual(['Ahmed Khan']);
  });

  it('finds the name before two descriptions set off by commas, and no name where none stands before them', () => {
    expect(
      speakers(
        '"We are sure of it," Haseeb Sediqi, spokesman for the security directorate, the Afghan intelligence agency, told reporters.',
      ),
    ).toEqual(['Haseeb Sediqi']);
    // Places listed with commas before the cue name nobody.
    expect(speakers('"We will answer," Kabul, Kandahar and Herat officials said.')).not.toContain('Kabul');
  });

  it('takes a pack surname for the actor the article names in full anywhere, even later, and only for one', () => {
    const later =
      'Mujahid said that Pakistani jets had bombed homes in Khost. The chief spokesman, Zabihullah Mujahid, spoke again on Friday.';
    expect(speakers(later, true)).toEqual(['Zabihullah Mujahid']);
    // Never named in full: a lone surname is nobody the pack holds.
    expect(speakers('Mujahid said that Pakistani jets had bombed homes in Khost.', true)).not.toContain('Zabihullah Mujahid');
  });

  it("gives a government for its officials and authorities, as the pack's aliases name them", () => {
    expect(
      speakers('Pakistani authorities claim that the Pakistani Taliban organise attacks from across the border.', true),
    ).toEqual(['Government of Pakistan']);
    expect(speakers('Taliban officials said that no foreign fighters were living in Kunar or Nuristan.', true)).toEqual([
      'Taliban government (Islamic Emirate of Afghanistan)',
    ]);
  });

  it('gives the person, not the office, when a phrase names both', () => {
    expect(
      speakers('Pakistan’s Foreign Office spokeswoman, Mumtaz Zahra Baloch, said the border "stays closed for now".'),
    ).toEqual(['Mumtaz Zahra Baloch']);
  });

  it('names a person the pack does not hold, and finds them again by surname', () => {
    const text =
      'Pentagon spokesman Carl Hobbes said the review was routine. "Nothing has been decided on the money," he said.\n\n' +
      '"The certification was simply not made this year," Mr Hobbes said.';
    expect(speakers(text)).toEqual(['Carl Hobbes', 'Carl Hobbes']);
    const quotes = findQuotes(text);
    const first = resolveSpeakers(text, quotes, model.find(text, tokenize(fold(text))), model.byId)
      .values()
      .next().value;
    expect(first?.actorId.startsWith(UNLISTED_PREFIX)).toBe(true);
  });

  it('resolves "he" to the last person quoted, not to an earlier pack actor', () => {
    const text =
      'Zabihullah Mujahid spoke first. Later, envoy Tomas Verlaine said the talks were over. "We are done for this round," he said.';
    expect(speakers(text)).toEqual(['Tomas Verlaine']);
  });

  it('resolves "she" to a person introduced by title after the last speaker, though the pack does not hold her', () => {
    const text =
      '"The gate will open on Monday," said Kirby.\n\n' +
      'Researcher Lina Marchetti of the Quetta Policy Forum doubted it would happen. "Nobody at the crossing believes that," she said.';
    expect(speakers(text)).toEqual(['John Kirby', 'Lina Marchetti']);
  });

  it('resolves "the ministry" to the latest ministry the article introduced', () => {
    const text =
      'Pakistan’s Foreign Office protested on Monday. The Taliban defence ministry answered on Tuesday.\n\n' +
      'The ministry said "the strikes will be answered at a time of our choosing".';
    expect(speakers(text)).toEqual(['Ministry of National Defence of Afghanistan (Taliban government)']);
  });

  it('gives "the ministry" nobody when no ministry was introduced', () => {
    expect(speakers('The ministry said "the strikes will be answered at a time of our choosing".')).toEqual(['-']);
  });

  it('resolves "the spokesman" to the latest actor with that role, and leaves "its spokesman" alone', () => {
    const intro = 'Foreign Office spokesman Mohammad Faisal read out a statement in Islamabad.\n\n';
    expect(speakers(intro + '"Partners do not threaten each other," the spokesman said.')).toEqual(['Mohammad Faisal']);
    expect(speakers(intro + 'Delhi hit back: its foreign ministry spokesman said "the charge is absurd".')).toEqual(['-']);
  });

  it('gives "the statement" the speaker who issued it in the paragraph before', () => {
    const text =
      'In a statement, the ISPR said the troops had "returned fire in self-defence" near the crossing.\n\n' +
      '"Our posts were targeted without any provocation," the statement said.';
    expect(speakers(text)).toEqual(['Inter-Services Public Relations', 'Inter-Services Public Relations']);
  });

  it('continues the previous speaker for a quote with no attribution, in the same or the next paragraph', () => {
    const text =
      '"The talks are over for now," Khawaja Asif told a television channel. "They would sign nothing."\n\n' +
      '"Verbal promises are not enough between states."';
    expect(speakers(text)).toEqual(['Khawaja Muhammad Asif', 'Khawaja Muhammad Asif', 'Khawaja Muhammad Asif']);
  });

  it('does not continue the previous speaker when someone else is named in between', () => {
    const text =
      '"The talks are over for now," Khawaja Asif told a television channel.\n\n' +
      'Zabihullah Mujahid gave a different account on Saturday.\n\n' +
      '"We came in good faith and left in good faith."';
    expect(speakers(text)).toEqual(['Khawaja Muhammad Asif', '-']);
  });

  it('reads "the X of the Y" and "the Y’s X" as an institution of Y, not as Y', () => {
    expect(speakers('The Ministry of National Defence of the Islamic Emirate said its forces struck "several points".')).toEqual([
      'Ministry of National Defence of Afghanistan (Taliban government)',
    ]);
    expect(speakers('The Islamic Emirate’s health ministry said "the clinics are full".')).toEqual(['-']);
  });
});

/** The speaker name of every quote and reported claim of `text`, in order ('-' for none). */
const allSpeakers = (text: string) => speakers(text, true);

describe('speakers: attributions a reader resolves from the sentences before', () => {
  const ispr = 'Inter-Services Public Relations';
  const fo = 'Ministry of Foreign Affairs of Pakistan';

  it('reads a name followed by its acronym in brackets as the speaker', () => {
    expect(
      speakers(
        'In a statement, the Inter-Services Public Relations (ISPR) said the gunmen had fired "from several posts across the fence" near Zhob.',
      ),
    ).toEqual([ispr]);
  });

  it('gives "it said" the institution that spoke last, and nobody after a person or with two institutions since', () => {
    const first = 'The ISPR said militants had attacked a checkpoint near Angoor Adda.';
    expect(speakers(`${first} Two soldiers, it said, "were wounded in the exchange".`)).toEqual([ispr]);
    expect(
      speakers('Khawaja Asif said the checkpoint had been attacked. Two soldiers, it said, "were wounded in the exchange".'),
    ).toEqual(['-']);
    expect(
      speakers(
        `${first} The Foreign Office and the Taliban government traded charges. Two soldiers, it said, "were wounded in the exchange".`,
      ),
    ).toEqual(['-']);
  });

  it('gives "it" the one institution named since the last quote in the paragraph', () => {
    expect(
      allSpeakers(
        'The TTP disputed the army account. In a message to reporters it said its fighters had withdrawn from the ridge without losses.',
      ),
    ).toEqual(['Tehrik-i-Taliban Pakistan']);
  });

  it('reads "he went on" after a quote as attribution, and not "went on to"', () => {
    const text =
      'Imran Khan was asked whether the Americans would get a base. "Never," he replied.\n\n' +
      '"Our soil will not be a launchpad for anyone," he went on. "We paid too much the last time."';
    expect(speakers(text)).toEqual(['Imran Khan', 'Imran Khan', 'Imran Khan']);
    const broken = 'Imran Khan took questions. "Our soil is not for hire," he went on, "not for any price."';
    expect(speakers(broken)).toEqual(['Imran Khan']);
    const notSpeech = '"The crossing is shut." He went on to meet traders at the gate.';
    expect(speakers(notSpeech)).toEqual(['-']);
  });

  it('gives a country speaking in the present tense its state actor, but not a dated remark or a country without one', () => {
    expect(allSpeakers('Pakistan says it has lost thousands of soldiers to militants sheltering across the border.')).toEqual([
      'Government of Pakistan',
    ]);
    expect(allSpeakers('Pakistan said on Thursday that it had handed a dossier on the attackers to Kabul.')).toEqual(['-']);
    expect(allSpeakers('Afghanistan says its territory is not used against any neighbouring country.')).toEqual(['-']);
  });

  it('attributes a quote given as a name for something ("called them …") to the subject', () => {
    expect(speakers('The Islamic Emirate called the reports "baseless and malicious".')).toEqual([
      'Taliban government (Islamic Emirate of Afghanistan)',
    ]);
    expect(speakers('The envoy was called to the ministry and handed "a strong protest".')).toEqual(['-']);
  });

  it('reads "the military’s media wing" as a speaker phrase (the ISPR), and another group’s media wing as nobody known', () => {
    expect(speakers('"Four soldiers were martyred in the exchange," the military’s media wing said.')).toEqual([ispr]);
    expect(speakers('"Four soldiers were martyred in the exchange," the TTP’s media wing said.')).toEqual(['-']);
  });

  it('resolves "the ministry" to the ministry a spokesperson just named speaks for', () => {
    expect(
      speakers(
        'In a statement issued through spokesperson Mohammad Faisal, the ministry said Pakistan "had done more than its share".',
      ),
    ).toEqual([fo]);
  });

  it('names "the Foreign Office" at its first mention', () => {
    expect(speakers('The Foreign Office said the envoy had been told "in clear terms" to act.')).toEqual([fo]);
  });

  it('gives "the statement" the actor that issued a statement after the last quote, or nobody', () => {
    const before = '"The aircraft were disabled before we left," Kirby said.\n\n';
    expect(
      speakers(
        `${before}The Afghan presidential palace said in a statement that the report was false. "We hold the papers that prove it," the statement said.`,
      ),
    ).toEqual(['John Kirby', 'Office of the President of Afghanistan (Islamic Republic)']);
    expect(
      speakers(
        `${before}A publisher said in a statement that the book was accurate. "Every page was checked twice," the statement said.`,
      ),
    ).toEqual(['John Kirby', '-']);
  });

  it('gives "the statement" the institution its paragraph just named as a subject, by name, in a live blog entry too', () => {
    const before =
      '19:45 PKT — Taliban spokesman Zabihullah Mujahid says the truce began "because the other side asked for it".\n\n';
    expect(
      speakers(
        `${before}18:05 PKT — BREAKING: The Foreign Office announces a truce. "Both sides will hold their fire for two days," the statement says.`,
      ),
    ).toEqual(['Zabihullah Mujahid', 'Ministry of Foreign Affairs of Pakistan']);
    // "The ministry" describes the one that spoke before: its statement is that ministry's, not the one the pack calls "the ministry".
    const kabul = 'Ministry of Foreign Affairs of Afghanistan (Taliban government)';
    const afghan = (subject: string) =>
      '"We condemn this attack," the Taliban foreign ministry said in a statement.\n\n' +
      `${subject}, however, rejected the allegations. "Blaming a neighbour solves nothing," the statement said.`;
    expect(speakers(afghan('The ministry'))).toEqual([kabul, kabul]);
    expect(speakers(afghan('The Foreign Office'))).toEqual([kabul, 'Ministry of Foreign Affairs of Pakistan']);
  });

  it('gives "a spokesman" the institution that just spoke, and nobody after a person', () => {
    const said = 'A spokesman said the airspace "was not used by anyone". "We guard it ourselves," the spokesman said.';
    expect(speakers(`Pakistan’s Foreign Office rejected the report. ${said}`)).toEqual([fo, fo]);
    expect(speakers(`Khawaja Asif rejected the report. A spokesman said the airspace "was not used by anyone".`)).toEqual(['-']);
  });

  it('gives "its spokesperson" the institution that just spoke, and nobody after a person', () => {
    const answered = '"The Durand Line is the border, and remarks cannot change that," its spokesperson said.';
    expect(speakers(`Pakistan’s Foreign Office answered within hours. ${answered}`)).toEqual([fo]);
    expect(speakers(`Khawaja Asif answered within hours. ${answered}`)).toEqual(['-']);
    // "It" an organisation the pack does not hold: its spokesperson is nobody the article quoted before.
    expect(speakers(`The Foreign Office said "the border is settled". A rights group also weighed in. ${answered}`)).toEqual([
      fo,
      '-',
    ]);
    // A spokesperson it names is that person.
    expect(speakers('The TTP issued a statement. "The talks are over," its spokesman Muhammad Khurasani said.')).toEqual([
      'Muhammad Khurasani',
    ]);
  });

  it('gives "a ministry statement" the latest ministry, and "an official statement" nobody', () => {
    const summoned = 'The Afghan charge d’affaires was summoned to the Foreign Office on Tuesday, according to ';
    expect(speakers(`${summoned}a ministry statement, which said the attackers "came from across the border".`)).toEqual([fo]);
    expect(speakers(`${summoned}an official statement, which said the attackers "came from across the border".`)).toEqual(['-']);
  });

  it('leaves "officials said" with no organisation named unresolved', () => {
    expect(speakers('Officials said the attackers "crossed the river at night".')).toEqual(['-']);
  });

  it('does not let a later mention of a person hide an unnamed person introduced after them', () => {
    const text =
      'Khawaja Asif spoke first. A shopkeeper near the gate said he had lost a week of trade. "Nobody buys anything now," he said.\n\n' +
      'Khawaja Asif later visited the crossing.';
    expect(speakers(text)).toEqual(['-']);
  });

  it('reads "a senior official" set off after a name as that person, not someone new', () => {
    expect(
      speakers(
        'Zabihullah Mujahid, a senior Taliban official, spoke to reporters in Kabul. "Nobody uses our soil against Pakistan," he said.',
      ),
    ).toEqual(['Zabihullah Mujahid']);
  });

  it('takes the name set off after a long title with an acronym in brackets', () => {
    expect(
      speakers(
        'In Rawalpindi, the Director General of Pakistan’s Inter-Services Public Relations (ISPR), Maj Gen Babar Iftikhar, said the work "is nearly done".',
      ),
    ).toEqual(['Babar Iftikhar']);
  });

  it('gives one speaker to every quote a phrase attributes ("…," it said, adding that "…")', () => {
    const text =
      'The Foreign Office sounded calmer. "Such firing does not suit two neighbours," it said, adding that any repeat "would be taken up at the highest level".';
    expect(speakers(text)).toEqual(['Ministry of Foreign Affairs of Pakistan', 'Ministry of Foreign Affairs of Pakistan']);
  });

  it('finds a speaker whose noun is followed by where they are from and a clause about them, and names nobody for them', () => {
    const text =
      'Ishaq Dar said the crossing would reopen soon.\n\n' +
      'A shopkeeper in Landi Kotal, who has lost a month of trade, said the queues were longer than ever. "Nobody buys anything when the road is shut," he said.';
    // "he" is the shopkeeper, whom the pack does not hold: not the minister named before him.
    expect(speakers(text)).toEqual(['-']);
    const relative =
      'Ishaq Dar spoke in the Senate.\n\nA driver who waited four days at the gate said the lorries were empty now. "We sleep in the cabs," he said.';
    expect(speakers(relative)).toEqual(['-']);
  });

  it('reads a description set off before the name after a quote ("…," the army spokesman, Lt. Gen. …, told reporters)', () => {
    expect(
      speakers(
        '"These rifles came from stocks left across the border," the army spokesman, Lt. Gen. Ahmed Sharif Chaudhry, told reporters.',
      ),
    ).toEqual(['Ahmed Sharif Chaudhry']);
    expect(
      speakers('"Our airspace was violated last night," the Taliban’s chief spokesman, Zabihullah Mujahid, wrote on X.'),
    ).toEqual(['Zabihullah Mujahid']);
    // A reported clause ends before the description, which is the attribution's.
    const text = 'Pakistani jets struck homes in Khost overnight, the Taliban’s chief spokesman, Zabihullah Mujahid, said.';
    expect(findQuotes(text).find((q) => q.kind === 'reported')?.text).toBe('Pakistani jets struck homes in Khost overnight');
    expect(speakers(text, true)).toEqual(['Zabihullah Mujahid']);
  });

  it('reads a name after "after" or "before" as the subject of the clause it opens, and a sentence opening with "But"', () => {
    const text =
      'The remarks came a month after President Donald Trump accused Pakistan of sheltering militants, and days after ' +
      'External Affairs Minister Sushma Swaraj told the assembly that Pakistan had become an exporter of terrorism.';
    const reported = findQuotes(text).filter((q) => q.kind === 'reported');
    expect(reported.map((q) => q.text)).toEqual([
      'Pakistan of sheltering militants',
      'Pakistan had become an exporter of terrorism',
    ]);
    expect(speakers(text, true)).toEqual(['Donald Trump', 'Sushma Swaraj']);
    expect(
      findQuotes('But the UN monitoring team has gone further, reporting that the Afghan Taliban were giving the TTP help.')[0]
        ?.speaker?.text,
    ).toBe('the UN monitoring team');
    // "by" still names no speaker: "a speech by the minister said" is the speech's.
    expect(findQuotes('A report by the Foreign Office said the talks had failed again this week.')[0]?.speaker?.text).not.toBe(
      'the Foreign Office',
    );
  });

  it('reads "His deputy, NAME, said" as NAME, and "the presidential palace" as a speaker phrase', () => {
    expect(
      speakers('His deputy, Hamdullah Fitrat, said this month that "the fighters came from camps on the other side".'),
    ).toEqual(['Hamdullah Fitrat']);
    expect(findQuotes('In a statement, the presidential palace said: "The talks will go ahead."')[0]?.speaker?.text).toBe(
      'the presidential palace',
    );
  });

  it('reads "the Afghan side says", as reports of talks name a government, as a speaker phrase, and no other side', () => {
    const of = (sentence: string) => findQuotes(sentence).map((q) => q.speaker?.text);
    expect(of('But the Afghan side says the strikes in the east killed civilians, including young cricketers.')).toEqual([
      'the Afghan side',
    ]);
    expect(of('The Pakistani side said the talks had collapsed because Kabul refused to sign anything.')).toEqual([
      'The Pakistani side',
    ]);
    // "The other side", "either side", "neither side" and "the home side" name nobody; the people before them still speak.
    expect(of('Officials on the other side said the strikes had killed many civilians in the village.')).toEqual(['Officials']);
    expect(of('Officials on either side said the strikes had killed many civilians in the village.')).toEqual(['Officials']);
    for (const sentence of [
      'Neither side said the strikes had killed many civilians in the village that night.',
      'The other side of the border said the strikes had killed many civilians in the village.',
      'The home side said the strikes had killed many civilians in the village that night.',
    ])
      expect(of(sentence), sentence).toEqual([]);
  });

  it('attributes words a verb judges something by only through "as" ("condemned the strikes as “…”") to the subject', () => {
    expect(
      speakers('Former president Hamid Karzai, who remains in Kabul, condemned the strikes as "an assault on every Afghan".'),
    ).toEqual(['Hamid Karzai']);
    // A word quoted right after the verb is no name it gives: nobody is read as saying it.
    expect(speakers('Hamid Karzai condemned the "cowardly" attack on the school.')).toEqual(['-']);
  });

  it('reads the subject before a relative clause and "but said" ("a US official who … would not comment but said")', () => {
    const text =
      'In Washington, a US official who asked not to be named would not comment on the raid but said that "nobody in the building was a civilian".';
    expect(speakers(text)).toEqual(['US administration official (unnamed)']);
  });

  it('names the unnamed official the pack holds by the description, give or take a rank or a number, and finds them again as "the official"', () => {
    const text =
      'A senior Pakistani security official, speaking on condition of anonymity, said the list had been handed over. "We gave them every name," the official said.';
    expect(speakers(text, true)).toEqual(['Pakistani security official (unnamed)', 'Pakistani security official (unnamed)']);
    expect(speakers('Two Pakistani officials in Quetta said "the talks went nowhere".')).toEqual([
      'Pakistani government official (unnamed)',
    ]);
    // A description that says more than the pack's ("an Afghan border official") is someone else.
    expect(speakers('An Afghan border official said "the gate stays shut".')).toEqual(['-']);
  });

  it('does not carry a speaker on to a quote said by someone unnamed after it ("…," said a 30-year-old trader)', () => {
    const text =
      'Sarfraz Bugti said "the deadline stands".\n\n"I have lived here since I was a boy," said a 30-year-old trader in the market.';
    expect(speakers(text)).toEqual(['Sarfraz Bugti', '-']);
  });

  it('does not take a person spoken of inside a quote ("the death of one man") for someone new', () => {
    const text =
      'Interior Minister Chaudhry Aslam Baig spoke in Islamabad. "This was about more than the death of one man," he said.';
    expect(speakers(text)).toEqual(['Chaudhry Aslam Baig']);
  });

  it('attributes quote marks inside a bare clause that opens with a common noun ("said most of the dead were “…”")', () => {
    const text = 'Enayatullah Khwarazmi, the defence ministry spokesman, said most of the dead were “shepherds from the hills”.';
    expect(speakers(text)).toEqual(['Enayatullah Khwarazmi']);
    // Read to attribute the quote, the bare clause is no reported claim of its own: only the fragment is found.
    expect(findQuotes(text).map((q) => q.kind)).toEqual(['fragment']);
  });

  it('gives "the statement" its issuer further back when the issuer is described again in between', () => {
    const text =
      'Foreign Office spokesperson Mumtaz Zahra Baloch read out a statement. The ministry said "talks remain the only road".\n\n' +
      '"Pressure will not work," the statement went on.\n\nThe ministry said the envoy had been recalled for consultations on Monday.\n\n' +
      '“Nobody gains from closing the border,” the statement added.';
    expect(speakers(text)).toEqual([
      'Ministry of Foreign Affairs of Pakistan',
      'Ministry of Foreign Affairs of Pakistan',
      'Ministry of Foreign Affairs of Pakistan',
    ]);
  });

  it('gives "it" the institution that is the subject of the sentence before, not one named as an object', () => {
    const named =
      'The Foreign Office summoned the US envoy on Friday. In a short statement it said the raid was "a breach of our airspace".';
    expect(speakers(named)).toEqual(['Ministry of Foreign Affairs of Pakistan']);
    const object =
      'Islamabad’s note went further in blaming the Afghan Taliban. It said some commanders were "running the camps".';
    expect(speakers(object)).toEqual(['-']);
  });

  it('gives the subject a quote that a participle after a comma names something with ("…, describing it as “…”")', () => {
    expect(speakers('The ISPR confirmed the raid in a statement, describing it as "a precise strike on hideouts".')).toEqual([
      'Inter-Services Public Relations',
    ]);
    expect(speakers('Zabihullah Mujahid condemned the raid on Monday, calling it "a crime against a neighbour".')).toEqual([
      'Zabihullah Mujahid',
    ]);
    // The quote is a name given to something, not the subject's direct speech.
    expect(findQuotes('Zabihullah Mujahid condemned the raid, terming it "a crime against a neighbour".')[0]?.kind).toBe(
      'fragment',
    );
  });

  it('reads "he went on:" before a quote, and a question attributed by name after it ("“…?” Bugti asked the senators")', () => {
    expect(speakers('Imran Khan spoke to the troops.\n\nHe went on: "Our soil is not for hire."')).toEqual(['Imran Khan']);
    const asked = 'Sarfraz Bugti took questions. "Who would leave a home of forty years?" Bugti asked the senators.';
    expect(speakers(asked)).toEqual(['Sarfraz Bugti']);
  });

  it('finds a person the pack does not hold by surname after a full name with titles ("Foreign Secretary Nadia Rauf … Rauf said")', () => {
    const text = 'Foreign Secretary Nadia Rauf briefed the committee. "We were not consulted," Rauf said.';
    expect(speakers(text)).toEqual(['Nadia Rauf']);
  });

  it('attributes quotes to the author a passive sentence names right after them ("Those lines were posted … by X")', () => {
    const text =
      '“The border will stay shut until the camps are gone.\n\n“We have waited long enough.”\n\n' +
      'Those lines were written on Sunday not by a backbencher but by Interior Minister Mohsin Naqvi, in the bluntest warning by a minister yet.';
    // One quote over two paragraphs.
    expect(speakers(text)).toEqual(['Mohsin Naqvi']);
    // A quote someone is named for already, or one followed by other narration first, is not the passive sentence's.
    const other =
      '“We have waited long enough,” Kirby said.\n\nThe crossing stayed shut. Those remarks were made on Sunday by Interior Minister Mohsin Naqvi.';
    expect(speakers(other)).toEqual(['John Kirby']);
  });

  it('gives "officials said" right after a government’s remark that government’s unnamed official, and nobody after anyone else', () => {
    const text =
      '“We have the names of the bombers,” Sarfraz Bugti told reporters.\n\nOfficials said Afghan citizens had set off eleven of this year’s bombs.';
    expect(speakers(text, true)).toEqual(['Sarfraz Bugti', 'Pakistani government official (unnamed)']);
    const taliban =
      '“Nobody crosses from our side,” Zabihullah Mujahid told reporters.\n\nOfficials said Afghan citizens had set off eleven of this year’s bombs.';
    expect(speakers(taliban, true)).toEqual(['Zabihullah Mujahid', '-']);
  });

  it('gives "according to the report" the author named where the report was written of, and nobody where none was', () => {
    const text =
      'The ISPR released a report on the clash on Monday. According to the report, the attackers "came from across the line".';
    expect(speakers(text)).toEqual(['Inter-Services Public Relations']);
    const afterQuote =
      '"We saw nothing of the sort," Kirby said.\n\nThe ISPR released a report on the clash. According to the report, the attackers "came from across the line".';
    expect(speakers(afterQuote)).toEqual(['John Kirby', 'Inter-Services Public Relations']);
    // Speaking last does not make Kirby the author of a report nobody wrote of.
    const unknown =
      '"We saw nothing of the sort," Kirby said. According to the report, the attackers "came from across the line".';
    expect(speakers(unknown)).toEqual(['John Kirby', '-']);
  });

  it('gives "the army chief" a person the pack does not hold whom the article named with that title', () => {
    const text =
      'Army chief Field Marshal Nadeem Akhtar visited the wounded in Bannu.\n\nThe army chief said the attackers "will be hunted down wherever they hide".';
    expect(speakers(text)).toEqual(['Nadeem Akhtar']);
    // A title that does not fit is nobody.
    const other =
      'Army chief Field Marshal Nadeem Akhtar visited Bannu.\n\nThe police chief said the attackers "had help from inside".';
    expect(speakers(other)).toEqual(['-']);
  });

  it('reads a speaker with a reflexive before the cue, and a name given after a long object closed by "as"', () => {
    expect(speakers('Sarfraz Bugti himself told the committee on Friday that the families were "our guests".')).toEqual([
      'Sarfraz Bugti',
    ]);
    expect(
      speakers('Khawaja Asif has described the old networks, their patrons and their preachers as "a debt we still pay".'),
    ).toEqual(['Khawaja Muhammad Asif']);
  });

  it('gives a participle after ", but X verb …" the new subject, not the speaker before the comma', () => {
    const text =
      'A breakaway faction claimed the bombing, but TTP spokesman Muhammad Khurasani disowned it, saying attacks on hospitals were "not our way".';
    expect(speakers(text)).toEqual(['Muhammad Khurasani']);
  });

  it('gives a capital or a short name of a country speaking in the present tense its state actor', () => {
    expect(speakers('The US says it "will not send troops back".')).toEqual(['United States government']);
    expect(speakers('Islamabad says the camps "are still there".')).toEqual(['Government of Pakistan']);
    // A dated remark or a lede's present perfect is some office named later; a capital whose government the pack holds no state actor for is nobody.
    expect(speakers('Washington said on Monday that the talks "went well".')).toEqual(['-']);
    expect(speakers('Pakistan has rejected as "guesswork" the claim that it let drones fly.')).toEqual(['-']);
    expect(speakers('Kabul says the strikes "hit homes".')).toEqual(['-']);
    // A perfect of habit is a standing position too: "has long denied", "has consistently rejected".
    expect(speakers('Islamabad has long denied that the Taliban enjoy sanctuary on its soil.', true)).toEqual([
      'Government of Pakistan',
    ]);
    expect(speakers('Islamabad has denied that the Taliban enjoy sanctuary on its soil.', true)).toEqual(['-']);
  });

  it('reads an institution by where it sits: "The UN mission in Afghanistan said" is UNAMA, named nowhere else', () => {
    expect(
      speakers(
        'The UN mission in Afghanistan said it had received credible reports that civilians were killed in the strikes.',
        true,
      ),
    ).toEqual(['UN Assistance Mission in Afghanistan']);
  });

  it('reads a document by its author as the author\'s: "a statement by the foreign ministry said"', () => {
    expect(
      speakers('A statement by the Pakistani foreign ministry said Afghan soil was being used by the TTP to plan attacks.', true),
    ).toEqual(['Ministry of Foreign Affairs of Pakistan']);
  });

  it('reads "repeated", "posted" after a quote, a participle describing the speaker, and "he said, but “…”"', () => {
    expect(speakers('Zabihullah Mujahid spoke in Kabul. He repeated that the camps were "a story told in Islamabad".')).toEqual([
      'Zabihullah Mujahid',
    ]);
    expect(speakers('"Our posts answered the fire," deputy spokesman Hamdullah Fitrat posted on Friday night.')).toEqual([
      'Hamdullah Fitrat',
    ]);
    expect(speakers('A US official briefing reporters said the men "had been in the house for months".')).toEqual([
      'US administration official (unnamed)',
    ]);
    expect(
      speakers('Khawaja Asif spoke in Sialkot. The truce would hold for now, he said, but "the next attack ends it".'),
    ).toEqual(['Khawaja Muhammad Asif']);
  });

  it('keeps the speaker figures of the project’s own evaluation articles (fixtures/eval-extra, tune split) at their floors', async () => {
    // Reached when speaker resolution last improved (docs/quality.md, "Speakers"), rounded down, over every
    // set there together: 0.97 / 0.92 on 2026-12-05 (night), ea.json to ek.json. Speakers are scored on quotes
    // with a card, so the card thresholds of that night and the new blind sets ej.json and ek.json moved them
    // (0.98 / 0.94 over ea.json to ei.json before); "officials" stopped being read as the surname of the unnamed
    // "Pakistani security officials" the same night, one point of coverage for one of accuracy. The blind set
    // el.json joined on 2026-12-05 with coverage 0.91 over them all (measured before any change of that day); 0.92
    // again once plainly stated claims had a sure side (cards whose speaker is named gained more); 0.95 once a
    // side-unclear card needed a score of 18 (those cards were often an unnamed resident's or a report's).
    // em.json joined on 2026-12-06 at 0.98 / 0.96 together. Raise them, never lower them to make a change pass.
    const pack = JSON.parse(readFileSync('public/packs/pak-afghan-security.json', 'utf8')) as Pack;
    const r = await scoreSet(engine, pack, 'fixtures/eval-extra', 'tune');
    expect(r.speaker.accuracy).toBeGreaterThanOrEqual(0.97);
    // 0.94 from 2026-12-06 (fifth session): a direct quote that states its claim plainly now tells its side from its
    // words alone, and most quotes it added are ones whose speaker is not resolved (accuracy unchanged).
    expect(r.speaker.coverage).toBeGreaterThanOrEqual(0.94);
  });

  it('reads "a spokesman for X" as X, a denial naming what it denies ("rejected the claims as “…”"), and "the Taliban government" at its first mention', () => {
    expect(speakers('A spokesman for the Foreign Office said the envoy "will return next week".')).toEqual([
      'Ministry of Foreign Affairs of Pakistan',
    ]);
    const text = 'The Taliban’s chief spokesman, Zabihullah Mujahid, dismissed the reports as "Stories with no source".';
    expect(speakers(text)).toEqual(['Zabihullah Mujahid']);
    // The quote is the name the denial gives the reports: no direct speech.
    expect(findQuotes(text)[0]?.kind).toBe('fragment');
    expect(speakers('In Kabul, the Taliban government said its forces "answered in kind".')).toEqual([
      'Taliban government (Islamic Emirate of Afghanistan)',
    ]);
    // Where the speaker is from is not whom they speak for: "a resident of Khost" is nobody the pack holds.
    expect(speakers('A resident of Tani Bazaar Khost said the house "was new".')).toEqual(['-']);
  });

  it('reads “he” after an unnamed spokesman as that spokesman’s institution', () => {
    // "A spokesman said …. “…,” he said": the unnamed spokesman who spoke last, not the person named before him.
    const voice =
      'Afghan defence ministry spokesman Enayatullah Khwarazmi said the posts "will never be accepted".\n\n' +
      'Pakistan’s Foreign Office rejected the remarks. A spokesman said the work was on Pakistan’s side of the line. ' +
      '"Fencing it is a lawful step on our own territory," he said.';
    expect(speakers(voice, true)).toEqual([
      'Enayatullah Khwarazmi',
      'Ministry of Foreign Affairs of Pakistan',
      'Ministry of Foreign Affairs of Pakistan',
    ]);
    // With no spokesman in between, "he" is still the person named before.
    expect(speakers(voice.replace('A spokesman said the work was', 'The work was'), true)).toEqual([
      'Enayatullah Khwarazmi',
      'Enayatullah Khwarazmi',
    ]);
  });

  it('reads "a spokesman for the Afghan Ministry of Defence" whole, and a name before "spokesman for …, …" as the speaker', () => {
    // The "of" inside the ministry's name is no place the spokesman is from: the report is found, and "he" after it is
    // that unnamed spokesman (nobody the pack names), not the American named before.
    const text =
      'State Department spokesman Ned Price said the offensive broke the Taliban’s commitments. "The Taliban should halt this offensive," Price said.\n\n' +
      'A spokesman for the Afghan Ministry of Defence said commandos were preparing a counter-offensive in Kandahar. ' +
      '"The situation in some districts is difficult, but it is not out of control," he said.';
    expect(speakers(text, true)).toEqual(['Ned Price', 'Ned Price', '-', '-']);
    expect(
      speakers(
        '"He died in a hospital in Karachi. We are sure of it," Haseeb Sediqi, spokesman for the National Directorate of Security, the Afghan intelligence agency, told reporters.',
      ),
    ).toEqual(['Haseeb Sediqi']);
  });

  it('reads no person in a school, a hospital or a mosque named after a title word ("the Army Public School")', () => {
    const text =
      '"The commander was speaking to the attackers on an Afghan number," Lt Gen Asim Saleem Bajwa told a news conference.\n\n' +
      'The DG ISPR named Umar Mansoor, a commander who also claimed the 2014 attack on the Army Public School, as the organiser. ' +
      '"We have shared the evidence with the Afghan side," he said.';
    expect(speakers(text)).not.toContain('Public School');
    expect(speakers('"124 injured people were brought in," a spokesman for the Lady Reading Hospital said.')).not.toContain(
      'Lady Reading Hospital',
    );
  });

  it('gives “he” to nobody after an unnamed ambassador, delegation member, jirga member or governor who spoke since the person named', () => {
    const before = 'Foreign Office spokesman Shafqat Ali Khan said Islamabad held "credible evidence" of Indian backing.\n\n';
    for (const who of [
      'A former Indian ambassador to Afghanistan, who asked not to be named,',
      'A member of the Afghan delegation, speaking on condition of anonymity,',
      'A jirga member from Bajaur',
      'The governor of Paktika, visiting the families,',
    ])
      expect(speakers(`${before}${who} said the charge reflected frustration. "Kabul has a mind of its own," he said.`)).toEqual([
        'Shafqat Ali Khan',
        '-',
      ]);
  });

  it('sets an institution in the country a sentence opens in (“In Kabul, the foreign ministry”)', () => {
    // "In Kabul, the foreign ministry": not Pakistan's Foreign Office, named a paragraph before; the Taliban
    // government's when its own paragraph names that government, nobody when it could be either era's.
    const kabul = 'Pakistani jets struck targets in Paktika on Monday, the Foreign Office in Islamabad said.\n\n';
    const called = 'In Kabul, the foreign ministry called the strikes "a violation of Afghan sovereignty".';
    expect(speakers(kabul + called)).toEqual(['-']);
    expect(speakers(kabul + 'The Taliban government condemned the strikes. ' + called)).toEqual([
      'Ministry of Foreign Affairs of Afghanistan (Taliban government)',
    ]);
    expect(speakers(kabul + called.replace('Kabul', 'Islamabad'))).toEqual(['Ministry of Foreign Affairs of Pakistan']);
  });

  it('sets a paragraph that opens “In Kabul,” in that country, for a ministry named later in it', () => {
    // "The ministry" in the paragraph's later sentence is not Pakistan's Foreign Office, quoted just before: Kabul's
    // foreign ministry (which the pack holds for two eras, so nobody is named). Without "In Kabul," it is Pakistan's.
    const before = '"We have lodged a strong protest," the Foreign Office in Islamabad said.\n\n';
    const para =
      'In Kabul, the foreign ministry summoned the Pakistani envoy. Afghan officials said one border guard had been killed, and the ministry said the gate work broke earlier understandings on building along the frontier.';
    expect(speakers(before + para, true)).toEqual(['Ministry of Foreign Affairs of Pakistan', '-', '-']);
    expect(speakers(before + para.replace('In Kabul, the', 'The'), true).pop()).toBe('Ministry of Foreign Affairs of Pakistan');
  });

  it('reads an institution of the government its own paragraph named last (“The Taliban said … and the defence ministry condemned …”)', () => {
    const para =
      'The Taliban said the bombs fell on homes. Spokesman Zabihullah Mujahid said several people, including women and children, had been killed, and the defence ministry condemned what it called a violation of Afghan airspace and sovereignty.';
    const found = findQuotes(para).filter((q) => q.kind === 'reported');
    expect(found.map((q) => q.text)).toEqual([
      'several people, including women and children, had been killed',
      'a violation of Afghan airspace and sovereignty',
    ]);
    expect(speakers(para, true)).toEqual([
      'Zabihullah Mujahid',
      'Ministry of National Defence of Afghanistan (Taliban government)',
    ]);
    // A paragraph that names no government leaves "the defence ministry" to nobody.
    expect(
      speakers(
        para.replace('The Taliban said', 'Residents said').replace('Spokesman Zabihullah Mujahid', 'A doctor'),
        true,
      ).pop(),
    ).toBe('-');
  });

  it('gives a surname right after another given name to nobody the pack names so', () => {
    // A surname (or a one-word name) right after another given name is someone else's: "Abdul Ghani" is not
    // President Ashraf Ghani, "Amir Khan Muttaqi" is not Rana Sanaullah (Khan); a title before it keeps the person.
    expect(
      speakers(
        'President Ashraf Ghani said the border "must stay open".\n\n"Business has not recovered," said Abdul Ghani, a trader in Chaman.',
      ),
    ).toEqual(['Ashraf Ghani', 'Abdul Ghani']);
    expect(
      speakers(
        'Interior Minister Rana Sanaullah said the attackers "came from Afghanistan".\n\n' +
          '"Our soil is not used against anyone," said Amir Khan Muttaqi, the Taliban foreign minister.',
      ),
    ).toEqual(['Rana Sanaullah', 'Amir Khan Muttaqi']);
    expect(speakers('President Ashraf Ghani met traders. "The border must stay open," President Ghani said.')).toEqual([
      'Ashraf Ghani',
    ]);
  });
});
