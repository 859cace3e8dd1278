// Txt spellings pupils use for ordinary words. Every pattern word also matches its txt forms, so
// rules are written once in plain English ("i want to die tonight") and still meet "i wnna die
// 2nite". Folding, leet digits, repeated letters and apostrophes are read elsewhere; these are the
// spellings no character rule produces.
import { englishRank } from './english.js';

// The commonest function words (you: u, to: 2, are: r) are left out: rules already write their
// short forms where they matter, and as alternatives they would make every pair of words around
// them a costly trigger (see rarity.ts), so the fast path would key on the rarer word alone.
const TABLE: Record<string, string> = {
  with: 'wiv wid wif',
  without: 'wivout witout widout',
  enough: 'enuf enuff',
  anymore: 'nemore anymor',
  dont: 'dnt',
  doesnt: 'dsnt dosnt',
  cant: 'cnt carnt',
  wanna: 'wana wnna wna',
  gonna: 'gna gunna gona',
  yourself: 'urself urslf yaself',
  myself: 'myslf meself mself miself myslef',
  someone: 'some1 sum1 sumone',
  everyone: 'every1 evry1 evryone',
  anyone: 'any1 ne1',
  nothing: 'nuthin nthn',
  something: 'sumthin smth sth',
  later: 'l8r l8er lata',
  hate: 'h8 hayt',
  tonight: '2nite tonite 2night tnight',
  tomorrow: 'tmrw tmr 2moro 2morro 2morrow tomoz tmoz',
  today: '2day tday',
  because: 'cos coz bc cuz bcos becoz bcoz',
  people: 'ppl',
  please: 'pls plz',
  really: 'rly rlly realy',
  know: 'kno knw',
  think: 'thnk tink',
  before: 'b4',
  love: 'luv',
  kill: 'kil',
  die: 'dy',
  again: 'agen agn',
  better: 'beta betta',
  how: 'hw',
  never: 'nevr neva',
  ever: 'eva',
  forever: '4eva 4ever',
  everything: 'evrythin evrything',
  school: 'skool skl',
  phone: 'fone',
  dead: 'ded',
  suicide: 'suicde sucide suiside suicid',
  suicidal: 'suicidel suisidal sucidal',
  depressed: 'depresed',
  depression: 'depresion',
  anorexia: 'anorexa',
  overdose: 'ovadose overdoes',
  paracetamol: 'paracetemol parecetamol',
  // Phonetic spellings of the words a young child, or a pupil with dyslexia or new to English,
  // tells harm with ("my uncel toches me and sed its a secrit", "sizzors"). Session 18 (blind-22).
  touch: 'tuch toch tutch',
  touches: 'toches tuches tutches tuchs',
  touched: 'tuched toched tutched tucht',
  touching: 'tuching toching tutching',
  uncle: 'uncel unkle uncal unkel',
  said: 'sed sayd',
  secret: 'secrit seecret sekret secrut',
  scissors: 'sizzors sissors scisors sizzers sissers sizors',
  knife: 'nife knif',
  hurt: 'hert',
  hurts: 'herts',
  punch: 'punsh',
  private: 'privit privat',
  friend: 'frend freind',
  scared: 'scard skared scaird',
  bruise: 'bruse brooze',
  bruises: 'bruzes brooses bruses',
  naked: 'nakid naykid nekkid',
  picture: 'picher pikture pictur',
  pictures: 'pichers piktures picturs',
  photo: 'foto',
  photos: 'fotos',
  stranger: 'strainger stranjer',
  address: 'adress addres',
  bullying: 'bulliing bullyin',
  bullied: 'bullyed',
  lonely: 'lonley lonly',
  worried: 'woried wurried',
  hungry: 'hungery hungrey',
  nobody: 'noboddy nobuddy',
  boyfriend: 'boyfrend',
  smack: 'smak',
  police: 'polise pleece',
  telling: 'teling',
  stupid: 'stoopid stupud',
  ugly: 'ugley',
  kiss: 'kis',
  kissed: 'kist kised',
  punched: 'punshed punsht',
  kicked: 'kickt kiked',
  scary: 'scarey',
  frightened: 'frightend fritened',
  killed: 'kild killd',
  laugh: 'larf laff',
  laughing: 'larfing laffing',
  drunk: 'drunck',
  girlfriend: 'girlfrend',
  cousin: 'cuzin cousen',
  camera: 'camra',
  online: 'onlin',
};

const VARIANTS = new Map(Object.entries(TABLE).map(([word, forms]) => [word, forms.split(' ')]));

/** Shortest word whose doubled letter is also tried single (stabbed: stabed, not of: off). */
const MIN_SINGLED = 6;

/**
 * The txt forms of one pattern word (not the word itself): listed spellings, a dropped g
 * (hurting: hurtin), a past tense without its e (pushed: pushd), and a doubled letter written
 * single (stabbed: stabed).
 */
export function txtSpellings(word: string): string[] {
  const listed = VARIANTS.get(word) ?? [];
  // Derived forms that are English words of their own (thing: thin, dinner: diner) are left out.
  const derived: string[] = [];
  if (word.length >= 6 && word.endsWith('ing')) derived.push(word.slice(0, -1));
  // A past tense with its e dropped (pushed: pushd, smashed: smashd).
  if (word.length >= 6 && word.endsWith('ed')) derived.push(`${word.slice(0, -2)}d`);
  if (word.length >= MIN_SINGLED) {
    for (let i = 1; i < word.length; i++) {
      if (word[i] === word[i - 1] && /[a-z]/.test(word[i]!))
        derived.push(word.slice(0, i) + word.slice(i + 1));
    }
  }
  const english = englishRank();
  const out = new Set([...listed, ...derived.filter((d) => !english.has(d))]);
  out.delete(word);
  return [...out];
}
