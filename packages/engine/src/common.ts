// The most frequent English words (and txt-speak forms of them). A pattern piece made only of
// these would fire on almost every text, so the compiler never picks one as a trigger.
export const COMMON_WORDS = new Set(
  (
    'a about above after again against all also am an and any are aint as at be because been before being below ' +
    'between both but by came can cant come could couldnt d day did didnt do does doesnt doing done dont down during each ' +
    'even ever every few first for from further get gets getting go goes going gone gonna good got gotta had hadnt has ' +
    'hasnt have havent having he hed hell hes her here hers herself him himself his how i id if ill im in into is isnt it ' +
    'its itself ive just know last like ll lot m made make man many may me might more most much must my myself need never ' +
    'new no nor not now of off oh ok old on once one only or other our ours ourselves out over own people put r re really ' +
    'right s said same say says see she shed shes should shouldnt so some still such t take than that thats the their ' +
    'theirs them themselves then there theres these they theyd theyll theyre theyve thing things think this those though ' +
    'through time to too two u under until up upon ur us use used very want wanna was wasnt way we well were werent what ' +
    'whats when where which while who whom why will with wont would wouldnt y ya yeah yes yet you youd youll your youre ' +
    'yours yourself yourselves youve b n 2 4 im rn tho lol like bc cuz cos coz da de di la le el af new home take church ' +
    'around again back today tomorrow tonight yesterday week year years always another anyone anything someone something ' +
    'everyone everything nothing nobody let lets give gave tell told call called feel felt keep kept look looked seem ' +
    'seemed went left find found ask asked try tried work worked part place case point group number fact hand high ' +
    'small large long great little big next early young important public bad same able best better sure free full ' +
    'real life live night house world school state family three four five six seven eight nine ten mr mrs'
  ).split(' '),
);
